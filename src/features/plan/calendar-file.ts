/**
 * "Add to calendar (.ics)": the plan's dated steps as calendar events (machines/plan/ics.ts),
 * named by a hash of the result so a second export updates the same events.
 */
import { BANK_HOLIDAYS_CHECKED } from '@machines/plan/bank-holidays'
import { planIdSource, planToIcs } from '@machines/plan/ics'
import type { Plan } from '@machines/plan/types'
import type { Result } from '@machines/result'
import { ruleset } from '@machines/ruleset'
import { download } from '@/exports/download'

/** The first 16 hex digits of SHA-256 of the text (plan-model.md section 7). */
export async function planId(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return [...new Uint8Array(digest)]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('')
    .slice(0, 16)
}

/** The export time in UTC as iCalendar writes it (YYYYMMDDTHHMMSSZ). */
const stampOf = (now: Date) =>
  now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')

export async function calendarFile(
  plan: Plan,
  result: Result,
  query: string,
  now: Date,
): Promise<Blob> {
  const id = await planId(planIdSource(result.route ?? '', result.variant, result.regime, query))
  const text = planToIcs(plan, {
    planId: id,
    regime: result.regime,
    ruleset: ruleset.version,
    bankHolidaysChecked: BANK_HOLIDAYS_CHECKED,
    stamp: stampOf(now),
  })
  return new Blob([text], { type: 'text/calendar;charset=utf-8' })
}

export async function downloadCalendar(plan: Plan, result: Result, query: string, now: Date) {
  download(await calendarFile(plan, result, query, now), 'procurement-plan.ics')
}
