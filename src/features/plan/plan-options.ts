/**
 * From the answers in "Change the plan's settings" to the plan draft's options: a value equal
 * to the default is not kept (so a default that follows the answers, like a devolved Welsh
 * authority, keeps following them), and options not asked are left as they were.
 */
import type { OptionQuestion } from '@machines/plan/relevant-options'
import type { PlanOptions } from '@machines/plan/types'
import { parseRecordAmount } from '@/lib/record-draft/record-amount'

/** Each question's answer as the form gives it: "true"/"false", an enum's value, or the amount as typed. */
export type RawAnswers = Partial<Record<OptionQuestion['name'], string>>

export type ReadOptions = { ok: true; options: PlanOptions } | { ok: false; error: string }

/** The options as edited so far, for asking which questions matter while the form is open. */
export function withRadios(saved: PlanOptions, raw: RawAnswers): PlanOptions {
  const next: Record<string, unknown> = { ...saved }
  for (const [name, value] of Object.entries(raw)) {
    if (name === 'amountGbp' || value === undefined) continue
    next[name] = value === 'true' ? true : value === 'false' ? false : value
  }
  return next as PlanOptions
}

/** The options to keep after the form is sent, or the amount's error. */
export function readOptions(
  saved: PlanOptions,
  questions: OptionQuestion[],
  raw: RawAnswers,
): ReadOptions {
  const next: Record<string, unknown> = { ...saved }
  for (const q of questions) {
    const given = raw[q.name]
    if (given === undefined) continue
    if (q.kind === 'pounds') {
      const text = given.trim()
      if (text === '') delete next[q.name]
      else {
        const read = parseRecordAmount(text)
        if (!read.ok) return { ok: false, error: read.error }
        next[q.name] = read.value
      }
      continue
    }
    const value = q.kind === 'boolean' ? given === 'true' : given
    if (value === q.byDefault) delete next[q.name]
    else next[q.name] = value
  }
  return { ok: true, options: next as PlanOptions }
}
