import type { Answers } from '@machines/answers'
import { startDateWording } from '@machines/content/wording'
import { isIsoDate } from '@machines/dates'
import { checkStartDate } from '@machines/scenario'

export type DateParse = { ok: true; date: string | undefined } | { ok: false; error: string }

const errors = startDateWording.errors

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
    return { ok: false, error: errors.missing(missing) }
  }
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) {
    return { ok: false, error: errors.notADate }
  }
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`
  if (!isIsoDate(iso)) return { ok: false, error: errors.notADate }
  const problem = checkStartDate(iso, answers)[0]
  if (problem) return { ok: false, error: startDateMessage(problem.message) }
  return { ok: true, date: iso }
}

// checkStartDate words its problems for the runner; these are the same problems for a person.
function startDateMessage(message: string): string {
  if (message.includes('before 2024-01-01')) return errors.beforeRuleset
  if (message.includes('"yes"')) return errors.contradicts('yes')
  if (message.includes('"no"')) return errors.contradicts('no')
  return errors.notADate
}

/** Splits a stored date back into its fields. */
export function dateParts(iso: string | undefined) {
  if (!iso) return { day: '', month: '', year: '' }
  const [year = '', month = '', day = ''] = iso.split('-')
  return { day: String(Number(day)), month: String(Number(month)), year }
}
