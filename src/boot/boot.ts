import { afterFirstPaint } from './after-first-paint'
import { type BootPlan, loadSteps } from './boot-plan'
import { holdEarlySubmit } from './hold-early-submit'

/**
 * What a page's boot module does (see README.md beside this file): holds a form sent
 * too early, and imports the app's files once the page has painted, all of a step's
 * files at once, each step after the page has painted what the one before drew.
 */
export function boot(
  doc: Document,
  pathname: string,
  plan: BootPlan,
  load: (files: string[]) => Promise<unknown>,
): void {
  holdEarlySubmit(doc)
  const run = ([files, ...rest]: string[][]) => {
    if (!files) return
    afterFirstPaint(() => {
      // A failed step does not stop the next: the app explains what it cannot show.
      const next = () => run(rest)
      load(files).then(next, next)
    })
  }
  run(loadSteps(plan, pathname))
}
