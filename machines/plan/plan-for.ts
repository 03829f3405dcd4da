/**
 * The plan of a result (issue 17): the route, variant and regime the machine found, with the
 * jurisdiction, the kind of body and the value from the answers, as the runner's input.
 */
import type { Answers } from '../answers'
import type { IsoDate } from '../dates'
import type { Result } from '../result'
import { plan } from './plan'
import type { AuthorityType, Jurisdiction, Plan, PlanInput, PlanOptions, Target } from './types'

export type PlanRequest = {
  answers: Answers
  pinned?: Record<string, IsoDate>
  options?: PlanOptions
  target?: Target
  today: IsoDate
}

/** The runner input for a result, or undefined while the result has no route. */
export function planInputFor(
  result: Pick<Result, 'route' | 'variant' | 'regime'>,
  request: PlanRequest,
): PlanInput | undefined {
  if (!result.route) return undefined
  const { answers } = request
  const value = answers['contract-value']
  const thresholdClass = answers['threshold-class']
  return {
    route: result.route,
    variant: result.variant,
    regime: result.regime,
    jurisdiction: (answers.jurisdiction ?? 'england') as Jurisdiction,
    authorityType: (answers['authority-type'] ?? 'other-public-body') as AuthorityType,
    ...(thresholdClass === 'central' || thresholdClass === 'sub-central' ? { thresholdClass } : {}),
    ...(typeof value === 'number' ? { value } : {}),
    today: request.today,
    ...(request.options ? { options: request.options } : {}),
    ...(request.target ? { target: request.target } : {}),
    pinned: request.pinned ?? {},
  }
}

/** The ordered steps for a result (section 2's PlanStep), or undefined while it has no route. */
export function planFor(
  result: Pick<Result, 'route' | 'variant' | 'regime'>,
  request: PlanRequest,
): Plan | undefined {
  const input = planInputFor(result, request)
  return input ? plan(input, request.today) : undefined
}
