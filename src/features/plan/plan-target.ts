/**
 * Planning backwards in the app (plan-model.md section 3.6): the step a target date is set on,
 * read from the plan's own steps, the date as typed, and the engine's in-band target errors.
 */
import type { Plan, PlanMessage, PlanStep, Target } from '@machines/plan/types'
import type { FieldError } from '@/components/error-summary/error-summary'
import { readDateFields } from '@/lib/dates/date-fields'
import { targetWords } from './plan-target-words'

/** "The new contract must start by" or "The current contract ends on". */
export type TargetKind = 'start-by' | 'ends-on'

/** The date field's name prefix; an error summary links to `#plan-target-day`. */
export const targetField = 'plan-target'

/**
 * The step each kind of date is a target on, or undefined when the plan has no earliest entry
 * into the contract (nothing to work back from). `<regime>.entry` (and `pcr.conc.entry`) is the
 * earliest lawful entry and `….entry.actual` the day the contract is entered into, proposed on a
 * working day (section 2 rule 5): public step ids, so the regime's pair is read off the plan.
 * "The current contract ends on X" is a target of X on the earliest entry, as section 3.6 and
 * case B01 put it; "must start by X" is a target on the day of entry, so that day is a working
 * day on or before X.
 */
export function targetSteps(steps: PlanStep[]): Record<TargetKind, string> | undefined {
  const entry = steps.find((s) => s.id.endsWith('.entry'))
  if (!entry) return undefined
  const actual = steps.find((s) => s.id === `${entry.id}.actual`)
  return { 'start-by': actual?.id ?? entry.id, 'ends-on': entry.id }
}

/** Which kind of date a target is, read back from its step. */
export function kindOf(
  target: Target | undefined,
  steps: Record<TargetKind, string> | undefined,
): TargetKind | undefined {
  if (!target || !steps) return undefined
  return (Object.keys(steps) as TargetKind[]).find((k) => steps[k] === target.step)
}

export type DateRead = { ok: true; date: string } | { ok: false; error: string }

/** The date from its day, month and year fields, with the GOV.UK date pattern's messages. */
export function readDate(parts: { day: string; month: string; year: string }): DateRead {
  const { errors } = targetWords
  const read = readDateFields(parts)
  switch (read.kind) {
    case 'empty':
      return { ok: false, error: errors.empty }
    case 'missing':
      return { ok: false, error: errors.missing(read.missing) }
    case 'not-a-date':
      return { ok: false, error: errors.notADate }
    case 'date':
      return { ok: true, date: read.date }
  }
}

const unreachable = (e: PlanMessage) => e.code === 'target-unreachable'

/** The engine's target error for the error summary, linked to the date field; undefined for other errors. */
export function targetError(e: PlanMessage, steps: PlanStep[]): FieldError | undefined {
  if (!unreachable(e)) return undefined
  const step = steps.find((s) => s.id === e.step)
  return {
    href: `#${targetField}-day`,
    text: targetWords.unreachable(step?.title ?? e.step ?? '', step?.result.date ?? null),
  }
}

/** The inline error beside the date field when the target cannot be met, or undefined. */
export function targetFieldError(plan: Plan): string | undefined {
  const titles = plan.errors
    .filter(unreachable)
    .map((e) => plan.steps.find((s) => s.id === e.step)?.title ?? e.step ?? '')
  return titles.length > 0 ? targetWords.tooSoon([...new Set(titles)]) : undefined
}
