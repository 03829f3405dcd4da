/**
 * The shape of a plan draft (issue 17): the dates the person pinned, the date they work back
 * from and the plan options, as the record draft keeps them. Pure and small: the draft store
 * loads with the start page, so the step library is not read here; a record file's plan is
 * checked against it when the file is opened.
 */
// isIsoDate, not the plan's isCivilDate: the same test of a real date, and already on the
// start page, where the plan's date arithmetic would cost the page weight budget.
import { type IsoDate, isIsoDate } from '@machines/dates'
import type { PlanOptions, Target } from '@machines/plan/types'

export type PlanDraft = {
  pinned: Record<string, IsoDate>
  target?: Target
  options?: PlanOptions
}

/** Step ids are short ids such as `pa.tender-notice` or `pa.standstill#end`. */
const MAX_STEP_ID = 100
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
const isStepId = (v: unknown): v is string =>
  typeof v === 'string' && v.length > 0 && v.length <= MAX_STEP_ID

/** True for a plan draft as the store keeps it (a stored copy may have been changed by hand). */
export function isPlanDraft(value: unknown): value is PlanDraft {
  if (!isObject(value) || !isObject(value.pinned)) return false
  const pinnedOk = Object.entries(value.pinned).every(([k, v]) => isStepId(k) && isIsoDate(v))
  const target = value.target
  const targetOk =
    target === undefined || (isObject(target) && isStepId(target.step) && isIsoDate(target.date))
  const optionsOk = value.options === undefined || isObject(value.options)
  return pinnedOk && targetOk && optionsOk
}
