import { describe, expect, it } from 'vitest'
import { dateParts, parseStartDate } from './start-date'

const parts = (day: string, month: string, year: string) => ({ day, month, year })

describe('parseStartDate', () => {
  it('treats empty fields as no date', () => {
    expect(parseStartDate(parts('', '', ''), {})).toEqual({ ok: true, date: undefined })
  })
  it('reads a real date', () => {
    expect(parseStartDate(parts('1', '3', '2026'), { 'existing-procurement': 'no' })).toEqual({
      ok: true,
      date: '2026-03-01',
    })
    expect(dateParts('2026-03-01')).toEqual({ day: '1', month: '3', year: '2026' })
  })
  it.each([
    [parts('1', '', '2026'), {}, 'The start date must include a month'],
    [parts('', '', '2026'), {}, 'The start date must include a day and a month'],
    [parts('31', '2', '2026'), {}, 'The start date must be a real date, like 27 3 2026'],
    [parts('a', '2', '2026'), {}, 'The start date must be a real date, like 27 3 2026'],
    [
      parts('31', '12', '2023'),
      {},
      'The start date must be on or after 1 January 2024, the start of these rules',
    ],
    [
      parts('1', '3', '2025'),
      { 'existing-procurement': 'yes' },
      'The start date must be before 24 February 2025, because you answered “Yes, it started before 24 February 2025” to “Did this procurement formally start before 24 February 2025?” Change the date or that answer.',
    ],
    [
      parts('1', '2', '2025'),
      { 'existing-procurement': 'no' },
      'The start date must be on or after 24 February 2025, because you answered “No, it started on or after that date, or has not started” to “Did this procurement formally start before 24 February 2025?” Change the date or that answer.',
    ],
  ])('refuses %j with a specific message', (input, answers, error) => {
    expect(parseStartDate(input, answers)).toEqual({ ok: false, error })
  })
})
