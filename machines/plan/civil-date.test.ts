import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  addDays,
  addMonths,
  dayOfWeek,
  daysBetween,
  fromDay,
  isCivilDate,
  toDay,
} from './civil-date'

describe('civil dates', () => {
  it('knows real dates from impossible ones', () => {
    expect(isCivilDate('2028-02-29')).toBe(true)
    expect(isCivilDate('2027-02-29')).toBe(false)
    expect(isCivilDate('2027-02-30')).toBe(false)
    expect(isCivilDate('2100-02-29')).toBe(false)
    expect(isCivilDate('2000-02-29')).toBe(true)
    expect(isCivilDate('2027-13-01')).toBe(false)
    expect(isCivilDate('2027-1-01')).toBe(false)
  })

  it('counts days across month, year and leap-day boundaries', () => {
    expect(toDay('1970-01-01')).toBe(0)
    expect(addDays('2027-01-04', 25)).toBe('2027-01-29')
    expect(addDays('2027-12-08', 89)).toBe('2028-03-06')
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01')
    expect(daysBetween('2027-02-01', '2027-03-13')).toBe(40)
  })

  it('names the weekday', () => {
    expect(dayOfWeek('2027-03-28')).toBe(0) // Easter Sunday 2027
    expect(dayOfWeek('2027-12-04')).toBe(6)
    expect(dayOfWeek('1969-12-31')).toBe(3)
  })

  it('adds months keeping the day, or the last day of a shorter month', () => {
    expect(addMonths('2027-01-15', 3)).toBe('2027-04-15')
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28')
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29')
    expect(addMonths('2027-02-01', 12)).toBe('2028-02-01')
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29')
  })

  it('round-trips every day number and agrees with the UTC calendar', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), (n) => {
        const iso = fromDay(n)
        expect(toDay(iso)).toBe(n)
        expect(iso).toBe(new Date(n * 86_400_000).toISOString().slice(0, 10))
      }),
    )
  })
})
