import { afterFirstPaint } from './after-first-paint'
import { type BootPlan, type LoadStep, loadSteps } from './boot-plan'
import { holdEarlySubmit } from './hold-early-submit'

/**
 * What a page's boot module does (see README.md beside this file): holds a form sent
 * too early, and imports the page's files in steps (loadSteps), all of a step's files at
 * once, each step once the one before has finished and, where it says so, the page has
 * painted.
 */
export function boot(
  doc: Document,
  pathname: string,
  plan: BootPlan,
  load: (files: string[]) => Promise<unknown>,
): void {
  holdEarlySubmit(doc)
  const run = ([step, ...rest]: LoadStep[]) => {
    if (!step) return
    const start = () => {
      // A failed step does not stop the next: the app explains what it cannot show.
      const next = () => run(rest)
      load(step.files).then(next, next)
    }
    if (step.afterPaint) afterFirstPaint(start)
    else start()
  }
  run(loadSteps(plan, pathname))
}
