import type { Answers } from '@machines/answers'
import { isIsoDate } from '@machines/dates'
import { checkStartDate } from '@machines/scenario'

export type DateParse = { ok: true; date: string | undefined } | { ok: false; error: string }

/**
 * Reads the optional start date from its day, month and year fields. Empty means "not
 * given"; otherwise it must be a real date inside the ruleset that agrees with the
 * answer about when the procurement began.
 */
export function parseStartDate(
  parts: { day: string; month: string; year: string },
  answers: Answers,
): DateParse {
  const day = parts.day.trim()
  const month = parts.month.trim()
  const year = parts.year.trim()
  if (!day && !month && !year) return { ok: true, date: undefined }
  if (!day || !month || !year) {
    const missing = [!day && 'a day', !month && 'a month', !year && 'a year']
      .filter(Boolean)
      .join(' and ')
    return { ok: false, error: `The start date must include ${missing}` }
  }
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) {
    return { ok: false, error: 'The start date must be a real date, like 27 3 2026' }
  }
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`
  if (!isIsoDate(iso))
    return { ok: false, error: 'The start date must be a real date, like 27 3 2026' }
  const problem = checkStartDate(iso, answers)[0]
  if (problem) return { ok: false, error: startDateMessage(problem.message) }
  return { ok: true, date: iso }
}

function startDateMessage(message: string): string {
  if (message.includes('before 2024-01-01'))
    return 'The start date must be on or after 1 January 2024, the start of these rules'
  if (message.includes('"yes"'))
    return 'The start date must be before 24 February 2025, because you said the procurement started before then'
  if (message.includes('"no"'))
    return 'The start date must be on or after 24 February 2025, because you said the procurement did not start before then'
  return 'The start date must be a real date, like 27 3 2026'
}

/** Splits a stored date back into its fields. */
export function dateParts(iso: string | undefined) {
  if (!iso) return { day: '', month: '', year: '' }
  const [year = '', month = '', day = ''] = iso.split('-')
  return { day: String(Number(day)), month: String(Number(month)), year }
}
