/**
 * The id of a step's row in the plan table, and which steps the plan on the page shows.
 * Shared because the result's next steps link to rows the plan feature draws, and no feature
 * imports another.
 */
import { create } from 'zustand'

/** The row's id: one function, so the links and the rows cannot drift apart. */
export const planStepAnchor = (stepId: string): string =>
  `plan-step-${stepId.replace(/[^a-z0-9]+/gi, '-')}`

type ShownPlanSteps = { ids: ReadonlySet<string> }

/**
 * The step ids of the plan now drawn on the page: empty until the plan loads, so a link to a
 * step reads as plain words until there is a row for it to go to.
 */
export const useShownPlanSteps = create<ShownPlanSteps>(() => ({ ids: new Set() }))

/** Called by the plan section whenever its steps change (and with none when it goes). */
export function setShownPlanSteps(ids: Iterable<string>) {
  const next = new Set(ids)
  const now = useShownPlanSteps.getState().ids
  if (next.size === now.size && [...next].every((id) => now.has(id))) return
  useShownPlanSteps.setState({ ids: next })
}
