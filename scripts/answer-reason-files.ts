import { resolve } from 'node:path'
import { type Plugin, runnerImport } from 'vite'

const TABLE = 'machines/content/answer-reasons.ts'
const QUESTIONS = 'machines/questions.ts'
const LOADER = 'machines/content/load-answer-reasons.ts'
/** A question's file: a virtual module, made from the table's entry for that question. */
const FILE_PREFIX = '\0reasons-'

/**
 * In the build, gives each choice question's reasons (the `answerReasons` table) a file of
 * its own, and replaces machines/content/load-answer-reasons.ts with an `import()` of each.
 * The early result shows the reasons of a few questions; the whole table was half of
 * `result-shared`, 10 of the 40 KB gzip a result link downloaded before its first paint
 * (src/boot/README.md, step 5). A number question's reason is worked out from the figure,
 * so it has no file. The result page imports the whole table, after the paint.
 * e2e/route-chunks.spec.ts checks the effect.
 */
export function answerReasonFiles(): Plugin {
  let table: Promise<{ reasons: Record<string, unknown>; dependencies: string[] }> | undefined
  const tableOf = () => {
    table ??= Promise.all([
      runnerImport<{ answerReasons: Record<string, unknown> }>(resolve(TABLE), {
        logLevel: 'error',
      }),
      runnerImport<{ isChoiceQuestion: (id: string) => boolean }>(resolve(QUESTIONS), {
        logLevel: 'error',
      }),
    ]).then(([{ module, dependencies }, questions]) => ({
      reasons: Object.fromEntries(
        Object.entries(module.answerReasons).filter(([id]) =>
          questions.module.isChoiceQuestion(id),
        ),
      ),
      dependencies,
    }))
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
      if (entry === undefined) throw new Error(`${TABLE} has no choice question ${question}`)
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
    'export function loadAnswerReasons(question) {',
    '  return files[question]().then((file) => file.reasons)',
    '}',
    '',
  ].join('\n')
}
