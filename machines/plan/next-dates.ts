/**
 * The next few dated steps of a plan, from today on (issue 17): what the result's summary card
 * shows as "Next dates". Periods' bounds (`stepId#name`) are left out: they are details of a
 * step, not steps of their own.
 */
import type { IsoDate } from '../dates'
import type { Plan, PlanStep } from './types'

export const NEXT_DATES = 3

export function nextDates(plan: Plan, today: IsoDate, count: number = NEXT_DATES): PlanStep[] {
  return plan.steps
    .filter((s) => !s.id.includes('#') && s.result.date !== null && s.result.date >= today)
    .map((s, i) => ({ s, i }))
    .sort((a, b) =>
      a.s.result.date! < b.s.result.date!
        ? -1
        : a.s.result.date! > b.s.result.date!
          ? 1
          : a.i - b.i,
    )
    .slice(0, count)
    .map(({ s }) => s)
}
