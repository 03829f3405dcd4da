/**
 * The GOV.UK date input's three fields (day, month, year) read as one civil date, and a date
 * split back into them. One reader for every date a person types: the wizard's start date,
 * the plan's pinned dates and the date the plan works back from. Each caller words its own
 * messages from what the reader found.
 */
import { type IsoDate, isIsoDate } from '@machines/dates'

export type DateFields = { day: string; month: string; year: string }

export type DateFieldsRead =
  /** All three fields blank. */
  | { kind: 'empty' }
  /** Some fields blank: `missing` names them, as in "a day and a year". */
  | { kind: 'missing'; missing: string }
  /** Not digits of the right length, or not a day of the calendar (31 April). */
  | { kind: 'not-a-date' }
  | { kind: 'date'; date: IsoDate }

export function readDateFields(parts: DateFields): DateFieldsRead {
  const [day, month, year] = [parts.day.trim(), parts.month.trim(), parts.year.trim()]
  if (!day && !month && !year) return { kind: 'empty' }
  if (!day || !month || !year) {
    const missing = [!day && 'a day', !month && 'a month', !year && 'a year']
      .filter(Boolean)
      .join(' and ')
    return { kind: 'missing', missing }
  }
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year))
    return { kind: 'not-a-date' }
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`
  return isIsoDate(date) ? { kind: 'date', date } : { kind: 'not-a-date' }
}

/** A stored date split back into its fields, without leading zeros; blank for no date. */
export function dateFieldsOf(iso: string | undefined): DateFields {
  if (!iso) return { day: '', month: '', year: '' }
  const [year = '', month = '', day = ''] = iso.split('-')
  return { day: String(Number(day)), month: String(Number(month)), year }
}
