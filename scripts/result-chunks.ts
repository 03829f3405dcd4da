import type { Plugin } from 'vite'

/**
 * How the client build groups the modules a result link loads. Left to itself, Rolldown
 * makes a chunk for every set of entries and lazy modules that share some code: with a
 * chunk per route, a result link fetched about thirty files of 1–2 KB in two rounds after
 * the boot module (the early result's nineteen, then its route's ten), more files than a
 * browser opens connections at a time, each batch a round trip on a phone's connection.
 * Five groups, found from the module graph rather than listed by name (src/boot/README.md,
 * items 5 and 7):
 *
 * - `app-shared`: what both the early result and the app's start import, with Vite's
 *   preload helper. The start page loads every one of them anyway, so grouping them costs
 *   it nothing.
 * - `decision`: what both the early result (or route content) and a question page import:
 *   the decision logic and the table of sources, for the same reason.
 * - `route-loading`: the rest of what the early result needs to find the route and ask for
 *   its content (the route loaders), so that it asks before `result-shared` has arrived.
 * - `result-shared`: the rest of what the early result imports to paint, and what route
 *   content shares (the common sentences, references and duties). The early result loads
 *   it in one file; a route's own chunk then needs nothing more, so its content is one file.
 * - `changes-shared`: the contract-changes journey's own words (`machines/content/
 *   modification/`), which its routes share and the result page's alternatives use. Never
 *   before the early result's paint on any other route: a changes route's chunk fetches
 *   it beside itself, and the app's result page with its own files.
 *
 * A module the start page imports is never put in a later group: the start page's budget
 * (≤ 120 KB gzip) holds because it does not load the result's code; nor is a module a
 * question page imports put in `result-shared`, whose route text a question page never needs.
 */
export function resultChunks(): Plugin {
  let graph: Graph | undefined
  return {
    name: 'route-finder-result-chunks',
    apply: (config) => !config.build?.ssr,
    buildEnd() {
      const ids = [...this.getModuleIds()]
      const find = (suffix: string) => ids.find((id) => id.replaceAll('\\', '/').endsWith(suffix))
      const main = find('/src/main.tsx')
      const questionPage = find('/src/app/pages/question-page.tsx')
      const early = find('/src/boot/early-result-start.ts')
      const paint = find('/src/boot/early-result.ts')
      const loaders = find('/machines/content/route-loaders.ts')
      if (!main || !questionPage || !early || !paint || !loaders) {
        this.warn(
          'result chunks: an entry or the route loaders are missing; chunks left as they are',
        )
        return
      }
      const info = (id: string) => this.getModuleInfo(id)
      const routes = [...(info(loaders)?.dynamicallyImportedIds ?? [])]
      const content = closure(routes, info)
      // A route's content stays apart even where another route's imports it (grant's
      // figures in community asset transfer), and so does a module that imports one:
      // only the reached route's text is loaded.
      const routeSet = new Set(routes)
      const importsARoute = [...content].filter(
        (id) => !routeSet.has(id) && [...closure([id], info)].some((m) => routeSet.has(m)),
      )
      graph = {
        start: closure([main], info),
        question: closure([questionPage], info),
        early: closure([early], info),
        paint: closure([paint], info),
        content,
        own: new Set([early, ...routes, ...importsARoute]),
      }
    },
    outputOptions(options) {
      return {
        ...options,
        codeSplitting: {
          groups: [
            {
              name: (id) => (graph ? groupOf(graph, id) : null),
              debugName: 'result chunks',
              // Every module is placed by groupOf: a start-page module pulled into
              // `result-shared` as a dependency would put the group on the start page.
              includeDependenciesRecursively: false,
            },
          ],
        },
      }
    },
  }
}

type Graph = {
  /** The app's entry with its static imports: what every page loads. */
  start: Set<string>
  /** A question page's module with its static imports. */
  question: Set<string>
  /** The early result's entry with its static imports: what finds the route. */
  early: Set<string>
  /** What the early result imports once it knows the route: what paints it. */
  paint: Set<string>
  /** Every route's content module with its static imports. */
  content: Set<string>
  /** Modules left to Rolldown's own chunks: the early result's entry and each route's content. */
  own: Set<string>
}

function groupOf(graph: Graph, id: string): string | null {
  if (graph.own.has(id)) return null
  // Of the build's virtual modules, only the preload helper is grouped: a file of its own,
  // it was one more request before a result link's paint. The answers' reason files
  // (scripts/answer-reason-files.ts) each stay apart.
  if (id.startsWith('\0') && !id.includes('vite/preload-helper')) return null
  const early = graph.early.has(id) || graph.paint.has(id)
  if (graph.start.has(id)) return early ? 'app-shared' : null
  if (graph.question.has(id)) return early || graph.content.has(id) ? 'decision' : null
  if (graph.early.has(id)) return 'route-loading'
  if (graph.paint.has(id)) return 'result-shared'
  if (graph.content.has(id)) return isChangesContent(id) ? 'changes-shared' : 'result-shared'
  return null
}

/**
 * The contract-changes journey's own words. In `result-shared` they were about a third of
 * what every result link downloaded before its first paint; apart, only a changes route's
 * chunk fetches them before the paint (beside itself, in the same round).
 */
function isChangesContent(id: string): boolean {
  return id.replaceAll('\\', '/').includes('/machines/content/modification/')
}

type ModuleInfo = { importedIds: readonly string[] } | null

/** The static imports of `roots`, with the roots. */
function closure(roots: string[], info: (id: string) => ModuleInfo): Set<string> {
  const seen = new Set<string>()
  const stack = [...roots]
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    if (seen.has(id)) continue
    seen.add(id)
    stack.push(...(info(id)?.importedIds ?? []))
  }
  return seen
}
