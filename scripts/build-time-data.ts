import { resolve } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { type Plugin, runnerImport } from 'vite'

/**
 * In the build, replaces each listed module (vite.config.ts) with the values of its exports,
 * as plain data. machines/content/route-summaries.ts reads every route's name from its
 * content file, which would put every route's text in the app's first download of the
 * decision logic; built this way, the app gets the names alone and each route's text stays
 * in its own chunk (see machines/content/route-loaders.ts). In the same way
 * machines/content/answer-reasons.ts gives a result link the answers' reasons without the
 * question pages' hints. Each module stays ordinary TypeScript for tsc, the tests and the
 * runner. e2e/route-chunks.spec.ts checks the effect on the built app.
 */
export function buildTimeData(files: string[]): Plugin {
  const ids = new Set(files.map((file) => resolve(file)))
  return {
    name: 'route-finder-build-time-data',
    apply: 'build',
    async load(id) {
      if (!ids.has(id)) return null
      const { code, dependencies } = await dataModule(id)
      for (const file of dependencies) this.addWatchFile(file)
      return code
    },
  }
}

/** The module's exports as `export const name = <JSON>`; fails on anything JSON cannot hold. */
export async function dataModule(file: string): Promise<{ code: string; dependencies: string[] }> {
  const { module, dependencies } = await runnerImport<Record<string, unknown>>(resolve(file), {
    logLevel: 'error',
  })
  const lines = Object.entries(module).map(([name, value]) => {
    const json = JSON.stringify(value)
    if (json === undefined || !isDeepStrictEqual(JSON.parse(json), value))
      throw new Error(`${file}: the export ${name} is not plain data, so it cannot be built in`)
    return `export const ${name} = ${json}`
  })
  if (lines.length === 0) throw new Error(`${file} exports nothing`)
  return { code: `${lines.join('\n')}\n`, dependencies }
}
