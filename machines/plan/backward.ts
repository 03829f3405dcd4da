/**
 * Planning backwards (plan-model.md section 3.6): for each unpinned event before the target, the
 * latest date from which the forward plan (later unpinned steps at their earliest) still reaches
 * the target on or before its date. Found by searching back day by day from the target with the
 * forward rules themselves, so back-then-forward can never disagree with forward.
 */
import type { IsoDate } from '../dates'
import { addDays } from './civil-date'
import { run, type Shown } from './plan'
import type { Settings } from './step'
import type { PlanMessage, Target } from './types'

export type Backward = {
  pinned: Record<string, IsoDate>
  /** The events given their latest date. */
  latest: Set<string>
  stepWarnings: Map<string, string[]>
  errors: PlanMessage[]
  warnings: PlanMessage[]
}

/** Ten years: a search that finds nothing by then has no statutory path to the target. */
const SEARCH_DAYS = 3660

/** The target step's date when `event` happens on `day`, the other dates as the user pinned them. */
export function targetDateFrom(
  s: Settings,
  steps: Shown[],
  target: Target,
  event: string,
  day: IsoDate,
): IsoDate | null {
  return run(s, steps, 'main', { ...s.pinned, [event]: day }).get(target.step)?.shown.date ?? null
}

/** The latest day for `event` that still meets the target, or null if no day does. */
export function latestDay(
  s: Settings,
  steps: Shown[],
  target: Target,
  event: string,
): IsoDate | null | 'no-period' {
  const at = targetDateFrom(s, steps, target, event, target.date)
  if (at === null) return 'no-period'
  let day = target.date
  for (let i = 0; i < SEARCH_DAYS; i += 1) {
    const reached = i === 0 ? at : targetDateFrom(s, steps, target, event, day)
    if (reached !== null && reached <= target.date) return day
    day = addDays(day, -1)
  }
  return null
}

export function planBackwards(s: Settings, steps: Shown[], target: Target): Backward {
  const result: Backward = {
    pinned: { ...s.pinned },
    latest: new Set(),
    stepWarnings: new Map(),
    errors: [],
    warnings: [],
  }
  const at = steps.findIndex((st) => st.def.id === target.step)
  if (at < 0) {
    result.warnings.push({
      code: 'target-not-in-plan',
      step: target.step,
      message: `${target.step} is not a step of this plan: the target is not used`,
    })
    return result
  }
  // A date the person set on the target step itself is their decision: the target has nothing to move.
  if (s.pinned[target.step]) {
    result.warnings.push({
      code: 'target-pinned',
      step: target.step,
      message: `${target.step} has a date you set: the target is not used`,
    })
    return result
  }
  const before = steps.slice(0, at)
  const events = before.filter(
    (st) => st.def.pinnable && st.def.timing(s).rule === 'USER' && !s.pinned[st.def.id],
  )
  const undated: string[] = []
  for (const st of events) {
    const day = latestDay(s, steps, target, st.def.id)
    if (day === 'no-period') undated.push(st.def.id)
    else if (day === null)
      result.errors.push({
        code: 'target-unreachable',
        step: st.def.id,
        message: `no date for ${st.def.id} meets the target of ${target.date}`,
      })
    else {
      result.pinned[st.def.id] = day
      result.latest.add(st.def.id)
      if (day < s.today)
        result.errors.push({
          code: 'target-unreachable',
          step: st.def.id,
          message: `the latest date for ${st.def.id} was ${day}; the target cannot be met by the statutory minimums`,
        })
    }
  }
  // Undated events, and the steps with no statutory period before the target, say what to allow for.
  const dated = before.filter((st) => result.latest.has(st.def.id)).map((st) => st.def.id)
  for (const st of before) {
    const noPeriod = undated.includes(st.def.id) || st.def.timing(s).rule === 'REASONABLE'
    if (!noPeriod || s.pinned[st.def.id]) continue
    const index = before.indexOf(st)
    const next =
      before.slice(index + 1).find((later) => dated.includes(later.def.id))?.def.id ?? target.step
    result.stepWarnings.set(st.def.id, [
      `no statutory period: allow your own period before ${next}`,
    ])
  }
  return result
}
