import type { Answers } from './answers'
import { routeCatalogue } from './content/route-catalogue'
import { decide, type EvaluateOptions } from './decide'
import type { Result } from './result'
import { resultOf } from './result-of'

// Where the options are declared now; kept here for the modules that import them from here.
export type { EvaluateOptions } from './decide'

/**
 * Replays the answers through the decision machine and builds the Result, with every
 * route's content at hand: for the runner and the tests. The app loads only the reached
 * route's content instead (src/lib/route-content/use-result.ts), so it never imports this.
 */
export function evaluate(answers: Answers, options: EvaluateOptions): Result {
  const decision = decide(answers, options)
  return resultOf(decision, decision.route ? routeCatalogue[decision.route] : undefined)
}
