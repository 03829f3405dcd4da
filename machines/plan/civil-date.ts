/**
 * Civil dates (YYYY-MM-DD) as whole day numbers. No `Date`, no time zones: a statutory period
 * counts days in the UK calendar, and a day number cannot drift by an hour at a clock change.
 * The conversion is Howard Hinnant's days-from-civil algorithm (proleptic Gregorian).
 */
import type { IsoDate } from '../dates'

/** Days since 1970-01-01. */
export type DayNumber = number

const pad = (n: number, width: number) => String(n).padStart(width, '0')

function daysFromCivil(y: number, m: number, d: number): DayNumber {
  const yy = m <= 2 ? y - 1 : y
  const era = Math.floor(yy / 400)
  const yoe = yy - era * 400
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

function civilFromDays(z: DayNumber): [number, number, number] {
  const zz = z + 719468
  const era = Math.floor(zz / 146097)
  const doe = zz - era * 146097
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  )
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1
  const m = mp + (mp < 10 ? 3 : -9)
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d]
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28
  return [4, 6, 9, 11].includes(m) ? 30 : 31
}

/** True for a real calendar date written YYYY-MM-DD (2027-02-30 is not one). */
export function isCivilDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const [y, m, d] = value.split('-').map(Number) as [number, number, number]
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)
}

export function toDay(date: IsoDate): DayNumber {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return daysFromCivil(y, m, d)
}

export function fromDay(day: DayNumber): IsoDate {
  const [y, m, d] = civilFromDays(day)
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`
}

export const addDays = (date: IsoDate, n: number): IsoDate => fromDay(toDay(date) + n)

/** Calendar days from a to b (negative when b is earlier). */
export const daysBetween = (a: IsoDate, b: IsoDate): number => toDay(b) - toDay(a)

/** The same day of the month n months later, or the last day of a shorter month (31 Jan + 1 = 28/29 Feb). */
export function addMonths(date: IsoDate, n: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const index = y * 12 + (m - 1) + n
  const ny = Math.floor(index / 12)
  const nm = index - ny * 12 + 1
  return `${pad(ny, 4)}-${pad(nm, 2)}-${pad(Math.min(d, daysInMonth(ny, nm)), 2)}`
}

/** 0 = Sunday … 6 = Saturday. */
export const dayOfWeek = (date: IsoDate): number => (((toDay(date) + 4) % 7) + 7) % 7

export const isWeekend = (date: IsoDate): boolean => {
  const dow = dayOfWeek(date)
  return dow === 0 || dow === 6
}

export const yearOf = (date: IsoDate): number => Number(date.slice(0, 4))

export const maxDate = (a: IsoDate, b: IsoDate): IsoDate => (a >= b ? a : b)
export const minDate = (a: IsoDate, b: IsoDate): IsoDate => (a <= b ? a : b)
