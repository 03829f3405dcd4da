/**
 * Working days: which days count in each calendar, and the walks the counting rules need
 * (plan-model.md sections 3.2-3.3 and 4). Every walk reports whether it looked past the last
 * listed bank holiday (the horizon: it then treats every weekday as a working day and the date
 * may move) or into a year whose holidays are computed by rule, not yet announced.
 */
import type { IsoDate } from '../dates'
import { bankHolidays, bankHolidayYears, type Division } from './bank-holidays'
import { addDays, dayOfWeek, isWeekend, yearOf } from './civil-date'

/** `uk-union`: a bank holiday in any part of the UK (PA 2023 s.123; the cautious PCR 2015 reading). */
export type CalendarId = 'uk-union' | Division

const divisions: readonly Division[] = ['england-and-wales', 'scotland', 'northern-ireland']

const holidaySets: Record<CalendarId, ReadonlySet<IsoDate>> = (() => {
  const own = Object.fromEntries(
    divisions.map((d) => [d, new Set(bankHolidays[d].map(([date]) => date))]),
  ) as Record<Division, Set<IsoDate>>
  return { ...own, 'uk-union': new Set(divisions.flatMap((d) => [...own[d]])) }
})()

/** The first and last listed days of each calendar: outside them a weekday cannot be checked. */
const listed = (calendar: CalendarId) => [...holidaySets[calendar]].sort()
export const calendarStarts = (calendar: CalendarId): IsoDate =>
  `${listed(calendar)[0]?.slice(0, 4)}-01-01`
export const horizon = (calendar: CalendarId): IsoDate => listed(calendar).at(-1) as IsoDate

export function holidayTitle(calendar: CalendarId, date: IsoDate): string | undefined {
  const parts = calendar === 'uk-union' ? divisions : [calendar]
  const names = parts.flatMap((d) =>
    bankHolidays[d].filter(([day]) => day === date).map(([, t]) => `${t} (${d})`),
  )
  return names.length > 0 ? names.join(', ') : undefined
}

const divisionNames: Record<Division, string> = {
  'england-and-wales': 'England and Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
}

/**
 * What a non-working day is, in words: the day of the week for a weekend, or the bank holiday's
 * title. In the union calendar a holiday kept in only some parts of the UK names those parts.
 */
export function nonWorkingDayName(calendar: CalendarId, date: IsoDate): string {
  if (isWeekend(date)) return dayOfWeek(date) === 0 ? 'Sunday' : 'Saturday'
  const parts = calendar === 'uk-union' ? divisions : [calendar]
  const titles = new Map<string, Division[]>()
  for (const d of parts)
    for (const [day, title] of bankHolidays[d])
      if (day === date) titles.set(title, [...(titles.get(title) ?? []), d])
  return [...titles]
    .map(([title, where]) =>
      where.length === parts.length
        ? title
        : `${title} (${where.map((d) => divisionNames[d]).join(', ')})`,
    )
    .join(', ')
}

export function isWorkingDay(calendar: CalendarId, date: IsoDate): boolean {
  return !isWeekend(date) && !holidaySets[calendar].has(date)
}

/** What a walk found on its way: the days it skipped and how far the data could be trusted. */
export type Walk = {
  date: IsoDate
  /** Bank holidays on weekdays that the walk stepped over (they moved the date). */
  holidaysSkipped: IsoDate[]
  /** The days a roll-forward stepped past, weekends included, in date order (empty for a count). */
  rolledPast: IsoDate[]
  /** It looked at a day after the horizon (or before the first listed year). */
  outsideList: boolean
  /** It looked at a day in a year whose holidays are computed by rule, not announced. */
  unannounced: boolean
}

function walker(calendar: CalendarId) {
  const first = calendarStarts(calendar)
  const last = horizon(calendar)
  const w: Omit<Walk, 'date'> = {
    holidaysSkipped: [],
    rolledPast: [],
    outsideList: false,
    unannounced: false,
  }
  const look = (date: IsoDate): boolean => {
    if (date > last || date < first) w.outsideList = true
    if (bankHolidayYears[yearOf(date)]?.status === 'computed-by-rule') w.unannounced = true
    const working = isWorkingDay(calendar, date)
    if (!working && !isWeekend(date)) w.holidaysSkipped.push(date)
    return working
  }
  return { look, done: (date: IsoDate): Walk => ({ date, ...w }) }
}

/** The first working day on or after `date` (the roll-forward of PCR reg 2(4) and kin). */
export function rollForward(calendar: CalendarId, date: IsoDate): Walk {
  const { look, done } = walker(calendar)
  const rolledPast: IsoDate[] = []
  let day = date
  while (!look(day)) {
    rolledPast.push(day)
    day = addDays(day, 1)
  }
  return { ...done(day), rolledPast }
}

/** R3: the nth working day of a period beginning with `start` (start counts if it is a working day). */
export function nthWorkingDayBeginningWith(calendar: CalendarId, start: IsoDate, n: number): Walk {
  const { look, done } = walker(calendar)
  let day = addDays(start, -1)
  let counted = 0
  while (counted < n) {
    day = addDays(day, 1)
    if (look(day)) counted += 1
  }
  return done(day)
}

/** R4: the nth working day after `day` (the day itself never counts). */
export function nthWorkingDayAfter(calendar: CalendarId, day: IsoDate, n: number): Walk {
  return nthWorkingDayBeginningWith(calendar, addDays(day, 1), n)
}
