/**
 * The counting primitives of plan-model.md section 3.2 (R1-R14), each from the date of the step
 * it is anchored on. Every helper carries the anchor's UNVERIFIED readings forward, so a date
 * counted from an uncertain date says so too.
 */
import type { IsoDate } from '../dates'
import { addDays, addMonths } from './civil-date'
import type { Computed, Ctx } from './step'
import type { CalendarId, Walk } from './working-day'
import {
  horizon,
  isWorkingDay,
  nthWorkingDayAfter,
  nthWorkingDayBeginningWith,
  rollForward,
} from './working-day'

export const WARN_NO_PERIOD = 'No statutory minimum: set a reasonable period'
export const WARN_2028 = '2028 bank holidays are computed by rule, not yet announced (UNVERIFIED)'
export const warnHorizon = (calendar: CalendarId) =>
  `bank holidays after ${horizon(calendar)} are not listed: this date may move`
export const WARN_PROPOSED =
  'proposed: the earliest lawful date, on a working day; pin the date you choose'
export const WARN_SET_DATE = 'no date yet: enter the date you choose'

/** The reading PCR 2015 and CCR 2016 give working days when a jurisdiction's own list is used instead. */
export function calendarReason(ctx: Ctx): string[] {
  if (!ctx.altCalendar) return []
  const which =
    ctx.altCalendar === 'northern-ireland'
      ? 'Northern Ireland'
      : ctx.altCalendar === 'scotland'
        ? 'Scottish'
        : 'England and Wales'
  return [`if only ${which} bank holidays count (F-WD-PCR, UNVERIFIED)`]
}

/** The calendar a run counts in: the jurisdiction's own list on the other reading. */
export const calendarOf = (ctx: Ctx): CalendarId =>
  ctx.reading === 'alt' && ctx.altCalendar ? ctx.altCalendar : ctx.calendar

export const none = (warnings: string[] = [], from: (Computed | undefined)[] = []): Computed => ({
  date: null,
  dateKind: 'none',
  warnings,
  reasons: inherit(from),
})

export function inherit(from: (Computed | undefined)[]): string[] {
  return [...new Set(from.flatMap((c) => c?.reasons ?? []))]
}

export const dated = (c: Computed | undefined): c is Computed & { date: IsoDate } =>
  !!c && c.date !== null

/** Warnings a working-day walk earns (section 4): past the horizon, or into an unannounced year. */
export function walkWarnings(walk: Walk, calendar: CalendarId): string[] {
  return [
    ...(walk.outsideList ? [warnHorizon(calendar)] : []),
    ...(walk.unannounced ? [WARN_2028] : []),
  ]
}

/** A date from a walk. Past the horizon an exact end becomes a minimum: it may move (section 2.1). */
const fromWalk = (
  walk: Walk,
  calendar: CalendarId,
  base: Omit<Computed, 'date' | 'warnings'>,
  warnings: string[] = [],
): Computed => ({
  ...base,
  dateKind: walk.outsideList && base.dateKind === 'exact' ? 'earliest' : base.dateKind,
  date: walk.date,
  warnings: [...warnings, ...walkWarnings(walk, calendar)],
  holidays: walk.holidaysSkipped,
  rolledPast: walk.rolledPast,
})

/** R1: at least n days beginning with the day after A: earliest A + n, no roll-forward. */
export function r1(a: Computed | undefined, n: number, rule: string): Computed {
  if (!dated(a)) return none([], [a])
  const date = addDays(a.date, n)
  return {
    date,
    dateKind: 'earliest',
    warnings: [],
    reasons: inherit([a]),
    floor: date,
    floorRule: rule,
  }
}

/** R2: before the end of n days beginning with A: latest A + n - 1. */
export function r2(a: Computed | undefined, n: number): Computed {
  if (!dated(a)) return none([], [a])
  const date = addDays(a.date, n - 1)
  return { date, dateKind: 'latest', warnings: [], reasons: inherit([a]), ceiling: date }
}

/** R3: the last of n working days beginning with A (A is not counted if it is not a working day). */
export function r3(ctx: Ctx, a: Computed | undefined, n: number): Computed {
  if (!dated(a)) return none([], [a])
  const calendar = calendarOf(ctx)
  const walk = nthWorkingDayBeginningWith(calendar, a.date, n)
  const warnings = isWorkingDay(calendar, a.date)
    ? []
    : [
        'published on a non-working day: the count starts on the next working day (F-PA-NWD, UNVERIFIED)',
      ]
  return fromWalk(walk, calendar, { dateKind: 'exact', reasons: inherit([a]) }, warnings)
}

/** R4: the nth working day after A. */
export function r4(ctx: Ctx, a: Computed | undefined, n: number, reasons: string[] = []): Computed {
  if (!dated(a)) return none([], [a])
  const calendar = calendarOf(ctx)
  const walk = nthWorkingDayAfter(calendar, a.date, n)
  return fromWalk(walk, calendar, { dateKind: 'exact', reasons: [...inherit([a]), ...reasons] })
}

/** R5: n days after A (A not counted), a last day that is not a working day rolled forward. */
export function r5(
  ctx: Ctx,
  a: Computed | undefined,
  n: number,
  bound: 'min' | 'max',
  rule: string,
): Computed {
  if (!dated(a)) return none([], [a])
  const calendar = calendarOf(ctx)
  const walk = rollForward(calendar, addDays(a.date, n))
  const reasons = [...inherit([a]), ...calendarReason(ctx)]
  return bound === 'min'
    ? fromWalk(walk, calendar, { dateKind: 'earliest', reasons, floor: walk.date, floorRule: rule })
    : fromWalk(walk, calendar, { dateKind: 'latest', reasons, ceiling: walk.date })
}

/** R6: within n days (or months) of A: the conservative date, with the generous one beside it. */
export function r6(a: Computed | undefined, n: number, unit: 'days' | 'months'): Computed {
  if (!dated(a)) return none([], [a])
  const generous = unit === 'days' ? addDays(a.date, n) : addMonths(a.date, n)
  const date = addDays(generous, -1)
  const phrase =
    unit === 'days' ? `"within ${n} days of"` : `"within ${n === 3 ? 'three' : n} months of"`
  return {
    date,
    dateKind: 'latest',
    generous,
    warnings: [`UNVERIFIED: ${phrase} counting (F-CNT-WITHIN)`],
    reasons: inherit([a]),
    ceiling: date,
  }
}

/** R8: no later than the anchor (the same day is allowed). */
export function r8(a: Computed | undefined): Computed {
  if (!dated(a)) return none([], [a])
  return { date: a.date, dateKind: 'latest', warnings: [], reasons: inherit([a]), ceiling: a.date }
}

/** R9: the law sets no period; a date only if the user gives one. */
export const r9 = (): Computed => none([WARN_NO_PERIOD])

/** R10: as soon as reasonably practicable after A. */
export function r10(a: Computed | undefined): Computed {
  return none(
    dated(a)
      ? [`as soon as reasonably practicable after ${a.date}`]
      : ['as soon as reasonably practicable'],
    [a],
  )
}

/** R11: within 24 hours of A, shown as A's date. */
export function r11(a: Computed | undefined): Computed {
  if (!dated(a)) return none(['within 24 hours'], [a])
  return { date: a.date, dateKind: 'latest', warnings: ['within 24 hours'], reasons: inherit([a]) }
}

/** R13: the day after A (entry after a standstill or wait). */
export function r13(a: Computed | undefined): Computed {
  if (!dated(a)) return none([], [a])
  const date = addDays(a.date, 1)
  return {
    date,
    dateKind: 'earliest',
    warnings: [],
    reasons: inherit([a]),
    floor: date,
    floorRule: 'after the end of the standstill',
  }
}

/** R14: grouped notices: roll(quarter end + n), quarters ending 31 Mar, 30 Jun, 30 Sep, 31 Dec (UNVERIFIED). */
export function r14(ctx: Ctx, a: Computed | undefined, n: number): Computed {
  if (!dated(a)) return none([], [a])
  const [y, m] = a.date.split('-').map(Number) as [number, number]
  const qm = Math.ceil(m / 3) * 3
  const quarterEnd = addDays(addMonths(`${y}-${String(qm).padStart(2, '0')}-01`, 1), -1)
  const c = r5(ctx, { ...a, date: quarterEnd }, n, 'max', '')
  return {
    ...c,
    warnings: [...c.warnings, 'grouped quarterly: calendar quarters assumed (UNVERIFIED)'],
  }
}

/**
 * An event's proposed date (section 2 rule 2): the earliest lawful date, moved to the next working
 * day. `after` lists the steps it follows with the gap each needs (0: the same day is allowed).
 */
export function proposal(ctx: Ctx, after: [Computed | undefined, number, string][]): Computed {
  const known = after.filter(([c]) => dated(c)) as [Computed & { date: IsoDate }, number, string][]
  if (known.length === 0)
    return none(
      [WARN_SET_DATE],
      after.map(([c]) => c),
    )
  let floor = ''
  let floorRule = ''
  for (const [c, gap, rule] of known) {
    const d = addDays(c.date, gap)
    if (floor === '' || d > floor) {
      floor = d
      floorRule = rule
    }
  }
  const calendar = calendarOf(ctx)
  const walk = rollForward(calendar, floor)
  return {
    ...fromWalk(
      walk,
      calendar,
      { dateKind: 'earliest', reasons: inherit(known.map(([c]) => c)), floor, floorRule },
      [WARN_PROPOSED],
    ),
  }
}

/** A milestone "earliest entry" that may fall on a non-working day: names the next working day. */
export function withNextWorkingDay(ctx: Ctx, c: Computed): Computed {
  if (!dated(c)) return c
  const calendar = calendarOf(ctx)
  if (isWorkingDay(calendar, c.date)) return c
  const next = rollForward(calendar, c.date)
  return {
    ...c,
    nextWorkingDay: next.date,
    warnings: [...c.warnings, `not a working day: next working day ${next.date}`],
  }
}

/** `.entry.actual` unpinned: the earliest entry moved to the next working day (section 2 rule 5). */
export function entryActual(ctx: Ctx, entry: Computed | undefined): Computed {
  if (!dated(entry)) return none([WARN_SET_DATE], [entry])
  const calendar = calendarOf(ctx)
  const walk = rollForward(calendar, entry.date)
  return fromWalk(
    walk,
    calendar,
    {
      dateKind: 'earliest',
      reasons: inherit([entry]),
      floor: entry.date,
      floorRule: 'the earliest lawful entry into the contract',
    },
    [WARN_PROPOSED],
  )
}
