/**
 * The words of "Work back from a date" (plan-model.md section 3.6), kept apart from the form so
 * the wording can change without touching the layout.
 */
import { formatDate } from '@machines/content/date'
import type { TargetKind } from './plan-target'

export const targetWords = {
  summary: 'Work back from a date',
  intro:
    'Give the date the new contract must be in place by. The plan then shows, for each earlier step, the latest date that still meets every statutory minimum period.',
  kindLegend: 'Which date do you have?',
  kinds: {
    'start-by': {
      label: 'The new contract must start by',
      hint: 'The plan leaves you a working day on or before this date to enter into the contract.',
    },
    'ends-on': {
      label: 'The current contract ends on',
      hint: 'The plan makes sure the new contract can lawfully be entered into on or before this day.',
    },
  } satisfies Record<TargetKind, { label: string; hint: string }>,
  dateLegend: 'Date',
  dateHint: 'For example, 1 4 2027.',
  submit: 'Plan back from this date',
  clear: 'Clear this date',
  errors: {
    kind: 'Select which date you have',
    empty: 'Enter the date to work back from',
    missing: (parts: string) => `The date must include ${parts}`,
    notADate: 'The date must be a real date, like 1 4 2027',
  },
  /** What the plan now shows, said beside the form so it is clear the dates are latest dates. */
  current: (kind: TargetKind, date: string) =>
    `Working back from ${formatDate(date)}: ${kind === 'start-by' ? 'the date the new contract must start by' : 'the day the current contract ends'}. Each “latest date” is the last day for that step that still meets every statutory minimum period.`,
  /** The engine's `target-unreachable` error, for one step (section 8 item 10). */
  unreachable: (title: string, latest: string | null) =>
    latest
      ? `${title}: its latest date, ${formatDate(latest)}, has already passed, so the statutory minimum periods cannot be met by your date`
      : `${title}: no date for this step meets your date within the statutory minimum periods`,
  /** Beside the date field: which steps make the date impossible. */
  tooSoon: (titles: string[]) =>
    `The statutory minimum periods cannot fit before this date: the latest date for ${titles.map((t) => `“${t}”`).join(' and ')} has already passed`,
} as const
