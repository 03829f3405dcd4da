/**
 * What a page's boot module loads, written by scripts/prerender-pages.mjs into the boot
 * script's data attributes (file paths under the site root, space-separated): the app's
 * entry with its own imports, and, in the shell served for every other address, the
 * early result and the result page for a result link.
 */
export interface BootPlan {
  /** The app's entry and everything it imports statically. */
  app: string[]
  /** Only in the shell: what a result link loads. */
  result?: { path: string; early: string[]; page: string[] }
}

const files = (list: string | undefined) => (list ?? '').split(' ').filter(Boolean)

/** Reads the plan from the boot script's `dataset`. */
export function readBootPlan(data: Record<string, string | undefined>): BootPlan {
  const app = files(data.app)
  const early = files(data.early)
  if (data.resultPath === undefined || early.length === 0) return { app }
  return { app, result: { path: data.resultPath, early, page: files(data.resultPage) } }
}

/**
 * The downloads in order: each step starts once the page has painted after the one
 * before. A result link paints the early result first, then loads the app with the result
 * page; every other page loads the app at once.
 */
export function loadSteps(plan: BootPlan, pathname: string): string[][] {
  const { result } = plan
  const onResult = result && (pathname === result.path || pathname === `${result.path}/`)
  return onResult ? [result.early, [...plan.app, ...result.page]] : [plan.app]
}
