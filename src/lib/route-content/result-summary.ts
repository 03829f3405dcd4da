import { plainWords } from '@machines/content/plan-link'
import type { Result } from '@machines/result'
import { type RouteFact, routeFacts } from './route-facts'

/** How many next steps the summary card shows; the rest are in "Next steps". */
export const FIRST_STEPS = 3

export type ResultSummary = {
  /** The route facts, then the answer that settled the route. */
  facts: RouteFact[]
  firstSteps: string[]
  /** All the next steps, for the link to the rest. */
  stepCount: number
}

/**
 * What the summary card at the top of a result says: the route, the one-line reason and the
 * first things to do. Shared by the result page and the early result painted before the app.
 * The reason is the last answer's: the one that ended the path on this route (the last of
 * the result's rationale; `settlingReason` in machines/rationale.ts).
 */
export function resultSummary(
  result: Pick<Result, 'route' | 'variant' | 'regime' | 'nextSteps'>,
  reason: string | undefined,
): ResultSummary {
  return {
    facts: [...routeFacts(result), ...(reason ? [{ label: 'Reason', value: reason }] : [])],
    // Words only: the card's plan links are its "Next dates", and the early result has no plan.
    firstSteps: result.nextSteps.slice(0, FIRST_STEPS).map(plainWords),
    stepCount: result.nextSteps.length,
  }
}

/** The id of the "Next steps" heading, which the card links to. */
export const NEXT_STEPS_ID = 'next-steps'

/** The words of the card's link to the rest of the steps, or none when it shows them all. */
export function moreStepsLink(summary: ResultSummary): string | undefined {
  return summary.stepCount > summary.firstSteps.length
    ? `All ${summary.stepCount} next steps`
    : undefined
}
