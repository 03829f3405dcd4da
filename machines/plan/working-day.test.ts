import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays } from './civil-date'
import {
  type CalendarId,
  horizon,
  isWorkingDay,
  nonWorkingDayName,
  nthWorkingDayAfter,
  nthWorkingDayBeginningWith,
  rollForward,
} from './working-day'

const calendars: CalendarId[] = ['uk-union', 'england-and-wales', 'scotland', 'northern-ireland']
const calendar = fc.constantFrom(...calendars)
/** Any day from 2024 to a little past the horizon. */
const day = fc.integer({ min: 0, max: 365 * 5 + 30 }).map((n) => addDays('2024-01-01', n))

describe('working days', () => {
  it('counts a bank holiday of any part of the UK in the union calendar only', () => {
    expect(isWorkingDay('england-and-wales', '2027-03-17')).toBe(true)
    expect(isWorkingDay('uk-union', '2027-03-17')).toBe(false) // St Patrick's Day (NI)
    expect(isWorkingDay('scotland', '2027-03-29')).toBe(true) // Easter Monday is not Scottish
    expect(isWorkingDay('england-and-wales', '2027-03-29')).toBe(false)
    expect(isWorkingDay('uk-union', '2027-11-30')).toBe(false) // St Andrew's Day (Scotland)
    expect(isWorkingDay('uk-union', '2027-03-27')).toBe(false) // a Saturday
  })

  it('walks 8 working days beginning with a day, across Easter 2027', () => {
    expect(nthWorkingDayBeginningWith('uk-union', '2027-03-25', 8).date).toBe('2027-04-07')
    expect(nthWorkingDayBeginningWith('uk-union', '2027-03-25', 8).holidaysSkipped).toEqual([
      '2027-03-26',
      '2027-03-29',
    ])
    expect(nthWorkingDayAfter('england-and-wales', '2027-03-04', 8).date).toBe('2027-03-16')
  })

  it('lists the days a roll-forward moved past, weekends included, and none for a count', () => {
    expect(rollForward('uk-union', '2026-12-26').rolledPast).toEqual([
      '2026-12-26',
      '2026-12-27',
      '2026-12-28',
    ])
    expect(rollForward('uk-union', '2026-12-29').rolledPast).toEqual([])
    expect(nthWorkingDayBeginningWith('uk-union', '2027-03-25', 8).rolledPast).toEqual([])
  })

  it('names a non-working day: the weekday for a weekend, the parts of the UK for a local holiday', () => {
    expect(nonWorkingDayName('uk-union', '2026-12-26')).toBe('Saturday')
    expect(nonWorkingDayName('uk-union', '2026-12-27')).toBe('Sunday')
    expect(nonWorkingDayName('uk-union', '2026-12-28')).toBe('Boxing Day (substitute day)')
    expect(nonWorkingDayName('uk-union', '2027-01-04')).toBe(
      '2nd January (substitute day) (Scotland)',
    )
    expect(nonWorkingDayName('scotland', '2027-01-04')).toBe('2nd January (substitute day)')
    expect(nonWorkingDayName('uk-union', '2027-03-29')).toBe(
      'Easter Monday (England and Wales, Northern Ireland)',
    )
  })

  it('rolls a day that is not a working day forward', () => {
    expect(rollForward('scotland', '2026-11-29').date).toBe('2026-12-01')
    expect(rollForward('uk-union', '2025-04-20').date).toBe('2025-04-22')
    expect(rollForward('uk-union', '2025-04-23').date).toBe('2025-04-23')
  })

  it('says when a count goes past the horizon or into 2028, never silently', () => {
    expect(horizon('uk-union')).toBe('2028-12-26')
    const past = nthWorkingDayBeginningWith('uk-union', '2028-12-22', 8)
    expect(past.outsideList).toBe(true)
    expect(past.unannounced).toBe(true)
    const inside = nthWorkingDayBeginningWith('uk-union', '2027-03-25', 8)
    expect(inside.outsideList).toBe(false)
    expect(inside.unannounced).toBe(false)
  })

  it('never ends a working-day count on a day that is not a working day', () => {
    fc.assert(
      fc.property(calendar, day, fc.integer({ min: 1, max: 40 }), (cal, start, n) => {
        expect(isWorkingDay(cal, nthWorkingDayBeginningWith(cal, start, n).date)).toBe(true)
        expect(isWorkingDay(cal, nthWorkingDayAfter(cal, start, n).date)).toBe(true)
        expect(isWorkingDay(cal, rollForward(cal, start).date)).toBe(true)
      }),
    )
  })

  it('is monotonic: more working days, or a later start, never give an earlier end', () => {
    fc.assert(
      fc.property(
        calendar,
        day,
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 10 }),
        (cal, start, n, k) => {
          const end = nthWorkingDayBeginningWith(cal, start, n).date
          expect(nthWorkingDayBeginningWith(cal, start, n + k).date >= end).toBe(true)
          expect(nthWorkingDayBeginningWith(cal, addDays(start, k), n).date >= end).toBe(true)
          if (k > 0) expect(nthWorkingDayBeginningWith(cal, start, n + k).date > end).toBe(true)
        },
      ),
    )
  })
})
