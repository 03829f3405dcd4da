/**
 * The words of the plan's timeline: period names, lengths, and what moved a date, built from the
 * engine's data (machines/plan/types.ts) so that they follow every recipe without naming steps.
 */

import { formatDate } from '@machines/content/date'
import type { IsoDate } from '@machines/dates'
import { addDays, dayOfWeek } from '@machines/plan/civil-date'
import type { PlanStep, SkippedDay } from '@machines/plan/types'
import type { TimelineSpan, Today } from './timeline-layout'

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

/** "Saturday 26 December 2026". */
export const longDate = (date: IsoDate) => `${WEEKDAYS[dayOfWeek(date)]} ${formatDate(date)}`

export const timelineWords = {
  heading: 'Timeline',
  periods: 'Periods',
  dates: 'Dates in order',
  today: 'Today',
  details: 'What moved this date',
  unmoved: 'No weekend or bank holiday moved this date.',
  hint: 'Point to a date, or move to it with the Tab key, to see the weekends and bank holidays that moved it.',
} as const

/** "Tender notice to Tenders due"; read from the step ending the period, never from its id. */
export function spanName(span: Pick<TimelineSpan, 'end'>): string {
  const title = span.end.title
  const due = /^(.+?) due\b(.*)$/.exec(title)
  if (due) {
    const what = due[1] as string
    return `Time for ${what.charAt(0).toLowerCase()}${what.slice(1)}${(due[2] ?? '').replace(/;.*$/, '')}`
  }
  const ends = /^(.+?) ends\b/.exec(title)
  return ends ? (ends[1] as string) : title
}

/** The period's length: its statutory count in working days, otherwise the calendar days. */
export function spanLength(span: Pick<TimelineSpan, 'end' | 'days'>): string {
  const { unit, n } = span.end.timing
  if (unit === 'working-days' && n) return `${n} working days`
  return span.days === 1 ? '1 day' : `${span.days} days`
}

/** "Standstill: 29 December 2026 to 11 January 2027 (8 working days)". */
export const spanText = (span: TimelineSpan) =>
  `${spanName(span)}: ${formatDate(span.from)} to ${formatDate(span.to)} (${spanLength(span)})`

/** "Today, 2 December 2026", and where it lies when the axis does not reach it. */
export function todayText(today: Today, first: IsoDate, last: IsoDate): string {
  const base = `${timelineWords.today}, ${formatDate(today.date)}`
  if (today.date < first) return `${base}, before the first date`
  if (today.date > last) return `${base}, after the last date`
  return base
}

function joinAnd(parts: string[]): string {
  if (parts.length <= 1) return parts.join('')
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`
}

/** The days in words: a Saturday and the Sunday after it are "the weekend". */
function dayPhrases(days: SkippedDay[]): string[] {
  const phrases: string[] = []
  for (let i = 0; i < days.length; i += 1) {
    const day = days[i] as SkippedDay
    const next = days[i + 1]
    if (day.name === 'Saturday' && next?.name === 'Sunday' && next.date === addDays(day.date, 1)) {
      phrases.push('the weekend')
      i += 1
    } else if (day.name === 'Saturday' || day.name === 'Sunday') phrases.push(longDate(day.date))
    else phrases.push(`${day.name} on ${longDate(day.date)}`)
  }
  return phrases
}

/**
 * What moved a step's date, in sentences: "Moved from Saturday 26 December 2026 to the next
 * working day, past the weekend and Boxing Day (substitute day) on Monday 28 December 2026."
 */
export function movedText(step: PlanStep): string[] {
  const skipped = step.result.skipped ?? []
  const rolled = skipped.filter((d) => d.how === 'rolled')
  const counted = skipped.filter((d) => d.how === 'counted')
  const lines: string[] = []
  const first = rolled[0]
  if (first)
    lines.push(
      `Moved from ${longDate(first.date)} to the next working day, past ${joinAnd(dayPhrases(rolled))}.`,
    )
  if (counted.length > 0)
    lines.push(
      `The count of working days leaves out the bank ${counted.length === 1 ? 'holiday' : 'holidays'} ${joinAnd(dayPhrases(counted))}.`,
    )
  return lines
}

/** A short note on the card, "Moved by 3 non-working days": the details say which. */
export function movedSummary(steps: PlanStep[]): string | undefined {
  const days = new Set(steps.flatMap((s) => (s.result.skipped ?? []).map((d) => d.date)))
  if (days.size === 0) return undefined
  return `Moved by ${days.size} non-working ${days.size === 1 ? 'day' : 'days'}`
}
