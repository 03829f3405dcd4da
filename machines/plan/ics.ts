/**
 * The plan as an iCalendar file (RFC 5545; plan-model.md section 7): one all-day event per dated
 * step. UIDs depend on the plan and the step only, so importing a re-pinned plan again updates
 * the same events rather than adding new ones. Pure: the export time and the plan id come in.
 */
import type { IsoDate } from '../dates'
import { addDays } from './civil-date'
import { asSentences } from './sentences'
import type { Plan, PlanStep } from './types'

export type IcsContext = {
  /** The first 16 hex digits of SHA-256 of `route|variant|regime|query` (planIdSource). */
  planId: string
  regime: string
  ruleset: string
  bankHolidaysChecked: IsoDate
  /** The export time in UTC, as YYYYMMDDTHHMMSSZ. */
  stamp: string
}

/** The text whose SHA-256 names the plan: pinned dates are not part of it. */
export const planIdSource = (
  route: string,
  variant: string | null,
  regime: string,
  query: string,
) => `${route}|${variant ?? ''}|${regime}|${query}`

const NOT_LEGAL_ADVICE =
  'This plan states statutory minimums and deadlines only. It is not legal advice.'

/** Escapes a TEXT value: backslash, semicolon, comma and newlines. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n')
}

/** Folds a content line at 75 octets, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder()
  const parts: string[] = []
  let current = ''
  let octets = 0
  for (const ch of line) {
    const size = encoder.encode(ch).length
    const limit = parts.length === 0 ? 75 : 74 // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(current)
      current = ''
      octets = 0
    }
    current += ch
    octets += size
  }
  parts.push(current)
  return parts.join('\r\n ')
}

const compact = (date: IsoDate) => date.replace(/-/g, '')

const what: Record<PlanStep['kind'], string> = {
  notice: 'publish',
  deadline: 'deadline',
  'period-end': 'ends',
  action: 'do',
  milestone: 'milestone',
}

export function summaryOf(step: PlanStep): string {
  const r = step.result
  const prefix =
    r.dateKind === 'earliest' ? 'EARLIEST: ' : r.dateKind === 'latest' ? 'LATEST: ' : ''
  const code = step.notice?.code ? `[${step.notice.code}] ` : ''
  const proposed =
    r.dateKind === 'earliest' && r.warnings.some((w) => w.startsWith('proposed'))
      ? ' (proposed)'
      : ''
  return `${prefix}${code}${step.title} – ${what[step.kind]}${proposed}`
}

function descriptionOf(step: PlanStep, c: IcsContext): string {
  const r = step.result
  const lines = [
    `Requirement: ${step.requirement}${step.condition ? ` (${step.condition.text})` : ''}`,
    ...asSentences(r.warnings),
    `Sources: ${step.sources.map((s) => `${s.instrument} ${s.provision}${s.status === 'unverified' ? ' (UNVERIFIED: check)' : ''}`).join('; ')}`,
    ...(r.altDate ? [`Other reading: ${r.altDate} ${r.altReason ?? ''}`.trim()] : []),
    ...(r.generousDate ? [`Generous reading of "within": ${r.generousDate}`] : []),
    `Ruleset ${c.ruleset}; bank holidays checked ${c.bankHolidaysChecked}.`,
    NOT_LEGAL_ADVICE,
  ]
  return lines.join('\n')
}

const category: Record<PlanStep['requirement'], string> = {
  mandatory: 'MANDATORY',
  conditional: 'CONDITIONAL',
  optional: 'OPTIONAL',
  recommended: 'OPTIONAL',
  milestone: 'MANDATORY',
  information: 'OPTIONAL',
}

/** The .ics text: CRLF line endings, folded lines, one VEVENT per step with a date. */
export function planToIcs(plan: Plan, c: IcsContext): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Route Finder//Procurement plan//EN',
    'CALSCALE:GREGORIAN',
  ]
  for (const step of plan.steps) {
    const date = step.result.date
    if (!date) continue
    lines.push(
      'BEGIN:VEVENT',
      `UID:${c.planId}-${step.id}@route-finder`,
      `DTSTAMP:${c.stamp}`,
      `DTSTART;VALUE=DATE:${compact(date)}`,
      `DTEND;VALUE=DATE:${compact(addDays(date, 1))}`,
      `SUMMARY:${escapeText(summaryOf(step))}`,
      `DESCRIPTION:${escapeText(descriptionOf(step, c))}`,
      `CATEGORIES:${category[step.requirement]},${escapeText(c.regime)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    )
  }
  lines.push('END:VCALENDAR')
  return `${lines.map(foldLine).join('\r\n')}\r\n`
}
