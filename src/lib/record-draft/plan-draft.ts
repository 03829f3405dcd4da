/**
 * The plan draft (issue 17): the dates pinned in "Your procurement plan", the date worked back
 * from and the plan options, kept in the record draft so that a reload, a saved session, a
 * record file and every export carry them. The plan section reads and writes them here.
 */

import { EMPTY_PLAN, type PlanDraft, type PlanRoute, planRouteKey } from './plan-draft-shape'
import { useRecordDraft } from './record-draft'

export type { PlanDraft, PlanRoute } from './plan-draft-shape'
export { EMPTY_PLAN, isEmptyPlan, planRouteKey } from './plan-draft-shape'

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
