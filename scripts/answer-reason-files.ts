import { resolve } from 'node:path'
import { type Plugin, runnerImport } from 'vite'

const TABLE = 'machines/content/answer-reasons.ts'
const LOADER = 'machines/content/answer-reason-file.ts'
/** A question's file: a virtual module, made from the table's entry for that question. */
const FILE_PREFIX = '\0reasons-'

/**
 * In the build, gives each question's reasons (the `answerReasons` table) a file of its own,
 * and replaces machines/content/answer-reason-file.ts with an `import()` of each. The early
 * result shows the reasons of two or three questions; the whole table was half of what a
 * result link downloaded before its first paint (src/boot/README.md, step 5). The result
 * page imports the whole table, after the paint. e2e/route-chunks.spec.ts checks the effect.
 */
export function answerReasonFiles(): Plugin {
  let table: Promise<{ reasons: Record<string, unknown>; dependencies: string[] }> | undefined
  const tableOf = () => {
    table ??= runnerImport<{ answerReasons: Record<string, unknown> }>(resolve(TABLE), {
      logLevel: 'error',
    }).then(({ module, dependencies }) => ({ reasons: module.answerReasons, dependencies }))
    return table
  }
  return {
    name: 'route-finder-answer-reason-files',
    apply: 'build',
    buildStart() {
      table = undefined
    },
    resolveId(source) {
      return source.startsWith(FILE_PREFIX) ? source : null
    },
    async load(id) {
      if (id === resolve(LOADER)) {
        const { reasons, dependencies } = await tableOf()
        for (const file of dependencies) this.addWatchFile(file)
        return loaderModule(Object.keys(reasons))
      }
      if (!id.startsWith(FILE_PREFIX)) return null
      const question = id.slice(FILE_PREFIX.length)
      const entry = (await tableOf()).reasons[question]
      if (entry === undefined) throw new Error(`${TABLE} has no reasons for ${question}`)
      return `export const reasons = ${JSON.stringify(entry)}\n`
    },
  }
}

/** The loader's code in the build: one `import()` per question, each its own chunk. */
export function loaderModule(questions: string[]): string {
  const files = questions.map(
    (question) =>
      `  ${JSON.stringify(question)}: () => import(${JSON.stringify(FILE_PREFIX + question)}),`,
  )
  return [
    'const files = {',
    ...files,
    '}',
    'export function answerReasonFile(question) {',
    '  return files[question]().then((file) => file.reasons)',
    '}',
    '',
  ].join('\n')
}
