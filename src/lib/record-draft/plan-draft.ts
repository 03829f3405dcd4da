/**
 * The plan draft (issue 17): the dates pinned in "Your procurement plan", the date worked back
 * from and the plan options, kept in the record draft so that a reload, a saved session, a
 * record file and every export carry them. The plan section reads and writes them here.
 */
import type { PlanOptions } from '@machines/plan/types'
import { useMemo } from 'react'
import { planOptionsWithAmount, recordAmountOf } from './plan-amount'
import type { PlanDraft } from './plan-draft-shape'
import { useRecordDraft } from './record-draft'

export type { PlanDraft } from './plan-draft-shape'

/** Which result a plan draft belongs to: a plan is only ever shown for its own route. */
export type PlanRoute = { route: string | null; variant: string | null; regime: string }
export const planRouteKey = (r: PlanRoute) => `${r.route ?? ''}|${r.variant ?? ''}|${r.regime}`

/** A plan with nothing set. Shared, so a selector returns the same object every time. */
export const EMPTY_PLAN: PlanDraft = Object.freeze({ pinned: Object.freeze({}) }) as PlanDraft

/** True when nothing in the plan was set, so a record need not carry it. */
export const isEmptyPlan = (plan: PlanDraft | undefined) =>
  !plan ||
  (Object.keys(plan.pinned).length === 0 &&
    !plan.target &&
    (!plan.options || Object.keys(plan.options).length === 0))

type DraftHolder = { draft: { plan?: PlanDraft; planRoute?: string } }

/** The plan draft as kept, whatever result it was made for. */
export const selectPlan = (s: DraftHolder): PlanDraft => s.draft.plan ?? EMPTY_PLAN
/** The pinned dates by step id (the same object until they change). */
export const selectPinned = (s: DraftHolder): Record<string, string> => selectPlan(s).pinned

/**
 * The plan draft for a result: empty when it was made for another route, variant or regime,
 * so a stale target or pinned date never reaches another plan. A draft with no route (from a
 * record file or an older session) belongs to whichever result shows it.
 */
export function planDraftFor(
  draft: { plan?: PlanDraft; planRoute?: string },
  result: PlanRoute,
): PlanDraft {
  const key = planRouteKey(result)
  return draft.planRoute === undefined || draft.planRoute === key
    ? (draft.plan ?? EMPTY_PLAN)
    : EMPTY_PLAN
}

/**
 * The plan draft for a result (React hook), with the options its plan runs with: on a grant the
 * amount is the record's "Amount (£)" (plan-amount). Each selector returns a kept object or a
 * string, so the store does not see a new value on every render; the options are combined here.
 */
export function usePlanDraftFor(result: PlanRoute): { draft: PlanDraft; options?: PlanOptions } {
  const draft = useRecordDraft((s) => planDraftFor(s.draft, result))
  const amount = useRecordDraft((s) => s.draft.amount)
  const { route } = result
  const options = useMemo(
    () => planOptionsWithAmount(draft.options, route, recordAmountOf(amount)),
    [draft.options, route, amount],
  )
  return { draft, options }
}

/** The plan draft as kept (React hook). */
export function usePlanDraft(): PlanDraft {
  return useRecordDraft(selectPlan)
}

/** Replaces the plan draft. The route it belongs to is kept. */
export function setPlanDraft(next: PlanDraft) {
  useRecordDraft.setState((s) => ({ draft: { ...s.draft, plan: next } }))
}

/**
 * Ties the plan draft to the result now shown: when the route, variant or regime changed, the
 * old draft is cleared (its steps are not steps of this plan); a draft with no route adopts it.
 */
export function keepPlanFor(result: PlanRoute) {
  const key = planRouteKey(result)
  const { draft } = useRecordDraft.getState()
  if (draft.planRoute === key) return
  const plan = draft.planRoute === undefined ? draft.plan : undefined
  useRecordDraft.setState({ draft: { ...draft, plan, planRoute: key } })
}
