/**
 * The shape of a plan draft (issue 17): the dates the person pinned, the date they work back
 * from and the plan options, as the record draft keeps them. Pure and small: the draft store
 * loads with the start page, so the step library is not read here; a record file's plan is
 * checked against it when the file is opened.
 */
import type { IsoDate } from '@machines/dates'
import { isCivilDate } from '@machines/plan/civil-date'
import type { PlanOptions, Target } from '@machines/plan/types'

export type PlanDraft = {
  pinned: Record<string, IsoDate>
  target?: Target
  options?: PlanOptions
}

/** Which result a plan draft belongs to: a plan is only ever shown for its own route. */
export type PlanRoute = { route: string | null; variant: string | null; regime: string }
export const planRouteKey = (r: PlanRoute) => `${r.route ?? ''}|${r.variant ?? ''}|${r.regime}`

/** A plan with nothing set. Shared, so a selector returns the same object every time. */
export const EMPTY_PLAN: PlanDraft = Object.freeze({ pinned: Object.freeze({}) }) as PlanDraft

/** Step ids are short ids such as `pa.tender-notice` or `pa.standstill#end`. */
const MAX_STEP_ID = 100
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
const isStepId = (v: unknown): v is string =>
  typeof v === 'string' && v.length > 0 && v.length <= MAX_STEP_ID

/** True for a plan draft as the store keeps it (a stored copy may have been changed by hand). */
export function isPlanDraft(value: unknown): value is PlanDraft {
  if (!isObject(value) || !isObject(value.pinned)) return false
  const pinnedOk = Object.entries(value.pinned).every(([k, v]) => isStepId(k) && isCivilDate(v))
  const target = value.target
  const targetOk =
    target === undefined || (isObject(target) && isStepId(target.step) && isCivilDate(target.date))
  const optionsOk = value.options === undefined || isObject(value.options)
  return pinnedOk && targetOk && optionsOk
}

/** True when nothing in the plan was set, so a record or a session need not carry it. */
export const isEmptyPlan = (plan: PlanDraft | undefined) =>
  !plan ||
  (Object.keys(plan.pinned).length === 0 &&
    !plan.target &&
    (!plan.options || Object.keys(plan.options).length === 0))
