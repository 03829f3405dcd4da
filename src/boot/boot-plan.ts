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

/** One round of downloads: its files, all at once, and whether it waits for a paint first. */
export interface LoadStep {
  files: string[]
  afterPaint: boolean
}

/**
 * The downloads in order. Every other page loads the app once it has painted, so the app
 * never holds back the page's own first paint. A result link loads the early result at
 * once, since the early result is the page's largest paint, then the app with the result
 * page after the early result has painted.
 */
export function loadSteps(plan: BootPlan, pathname: string): LoadStep[] {
  const { result } = plan
  const onResult = result && (pathname === result.path || pathname === `${result.path}/`)
  return onResult
    ? [
        { files: result.early, afterPaint: false },
        { files: [...plan.app, ...result.page], afterPaint: true },
      ]
    : [{ files: plan.app, afterPaint: true }]
}
