import type { Answers } from '@machines/answers'
import { startDateWording } from '@machines/content/wording'
import { checkStartDate } from '@machines/scenario'
import { readDateFields } from '@/lib/dates/date-fields'

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
  const read = readDateFields(parts)
  if (read.kind === 'empty') return { ok: true, date: undefined }
  if (read.kind === 'missing') return { ok: false, error: errors.missing(read.missing) }
  if (read.kind === 'not-a-date') return { ok: false, error: errors.notADate }
  const iso = read.date
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
export { dateFieldsOf as dateParts } from '@/lib/dates/date-fields'
