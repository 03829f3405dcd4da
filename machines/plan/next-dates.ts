/**
 * The next few dates of a plan, from today on (issue 17): what the result's summary card shows
 * as "Next dates". One step per date, the one that matters most that day (a date the person
 * set, then a required step, then a notice or a deadline before the actions due by it), so
 * three lines give three dates.
 * Optional steps and periods' bounds (`stepId#name`) are left out.
 */
import type { IsoDate } from '../dates'
import type { Plan, PlanStep, StepKind } from './types'

export const NEXT_DATES = 3

const weight: Record<StepKind, number> = {
  notice: 0,
  deadline: 1,
  'period-end': 1,
  milestone: 2,
  action: 3,
}

const rank = (s: PlanStep) =>
  (s.result.dateKind === 'pinned' ? 0 : 10) +
  (s.requirement === 'mandatory' || s.requirement === 'milestone' ? 0 : 5) +
  weight[s.kind]

export function nextDates(plan: Plan, today: IsoDate, count: number = NEXT_DATES): PlanStep[] {
  const byDate = new Map<IsoDate, PlanStep>()
  for (const step of plan.steps) {
    const date = step.result.date
    if (step.id.includes('#') || step.requirement === 'optional' || !date || date < today) continue
    const held = byDate.get(date)
    if (!held || rank(step) < rank(held)) byDate.set(date, step)
  }
  return [...byDate.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .slice(0, count)
    .map(([, step]) => step)
}
