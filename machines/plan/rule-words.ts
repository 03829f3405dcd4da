/**
 * Each plan step's rule in plain words (issue 17), from the step's timing data alone: the
 * counting rule of plan-model.md section 3 (R1 to R14), its number and unit, whether it is a
 * minimum or a deadline, and the step it is counted from. The plan row shows it above the
 * sources, so the period is said once, where it is computed.
 */
import { libraryStep } from './library'
import type { Timing } from './types'

const unitWords: Record<NonNullable<Timing['unit']>, [one: string, many: string]> = {
  'calendar-days': ['day', 'days'],
  'working-days': ['working day', 'working days'],
  months: ['month', 'months'],
  hours: ['hour', 'hours'],
  weeks: ['week', 'weeks'],
}

/** Anchors that are not steps: points in the year. */
const pointWords: Record<string, string> = {
  'financial-year-start': 'the first day of the financial year (1 April)',
}

/** The step counted from, by its plan title in quotes, or the words for a point in the year. */
function anchorWords(anchor: string | undefined): string {
  if (!anchor) return 'the event it follows'
  const point = pointWords[anchor]
  if (point) return point
  const title = libraryStep(anchor)?.title
  return title ? `“${title}”` : 'the event it follows'
}

function count(n: number | undefined, unit: Timing['unit'], fallback: Timing['unit']): string {
  const [one, many] = unitWords[unit ?? fallback ?? 'calendar-days']
  // A period whose length depends on the procedure (the step's note gives it).
  return n === undefined ? `the required number of ${many}` : `${n} ${n === 1 ? one : many}`
}

const ordinal = (n: number) => {
  const tens = n % 100
  if (tens >= 11 && tens <= 13) return `${n}th`
  return `${n}${({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th'}`
}

/** Whose bank holidays are not working days, where the step names a calendar. */
const calendarNames: Record<NonNullable<Timing['calendar']>, string> = {
  'uk-union': 'a bank holiday anywhere in the UK',
  'england-and-wales': 'a bank holiday in England and Wales',
  scotland: 'a bank holiday in Scotland',
  'northern-ireland': 'a bank holiday in Northern Ireland',
}
const calendarWords = (t: Timing) =>
  t.calendar ? ` (${calendarNames[t.calendar]} is not a working day)` : ''

/** The rule in one sentence, starting with a capital and ending with a full stop. */
export function ruleWords(timing: Timing): string {
  const { rule, n, unit, bound } = timing
  const from = anchorWords(timing.anchor)
  const atLeast = bound === 'min' ? 'At least ' : ''
  switch (rule) {
    case 'CD_FROM_NEXT_DAY':
      return `${atLeast}${count(n, unit, 'calendar-days')} after ${from}, counted from the next day.`
    case 'CD_BEGINNING_WITH':
      return `Within ${count(n, unit, 'calendar-days')} of ${from}, counting its day as the first.`
    case 'WD_BEGINNING_WITH':
      return `${atLeast}${count(n, unit, 'working-days')} from ${from}, counting its day as the first if it is a working day${calendarWords(timing)}.`
    case 'WD_AFTER': {
      // A PSR standstill begins the day after its notice and is counted from that day.
      const after = timing.fromNextDay ? `the day following ${from}` : from
      return bound === 'min' || n === undefined
        ? `${atLeast}${count(n, unit, 'working-days')} after ${after}${calendarWords(timing)}.`
        : `The ${ordinal(n)} working day after ${after}${calendarWords(timing)}.`
    }
    case 'CD_AFTER_ROLL':
      return `${atLeast}${count(n, unit, 'calendar-days')} after ${from}, moved to the next working day if the last day is not one${calendarWords(timing)}.`
    case 'WITHIN_OF':
      return `Within ${count(n, unit, 'calendar-days')} of ${from}.`
    case 'WINDOW_MONTHS':
      return `Not more than ${count(n, unit, 'months')} before ${from}.`
    case 'ORDER_ONLY':
      // With a number: the additional information cut-offs, a set time before the deadline.
      // Bound below: a modification made no earlier than its change notice.
      if (n !== undefined) return `At least ${count(n, unit, 'calendar-days')} before ${from}.`
      return bound === 'min'
        ? `Not before ${from} (the same day is allowed).`
        : `No later than ${from} (the same day is allowed).`
    case 'REASONABLE':
      return `No set minimum: allow a reasonable time after ${from}.`
    case 'ASAP':
      return `As soon as reasonably practicable after ${from}.`
    case 'HOURS':
      return `Within ${count(n, unit, 'hours')} of ${from}.`
    case 'FY_WINDOW':
      return `Within ${count(n, unit, 'calendar-days')} beginning with ${from}.`
    case 'NEXT_DAY':
      return `Not before the day after ${from}.`
    case 'QUARTER_PLUS':
      return `Within ${count(n, unit, 'calendar-days')} of the end of the quarter it falls in.`
    case 'USER':
      return timing.anchor && bound === 'min'
        ? `The date you choose, not before ${from}.`
        : 'The date you choose.'
  }
}
