/**
 * "Your procurement plan" in a record (issue 17): the plan computed from the record's result,
 * answers and saved plan, as plain text for the Word and Markdown formats. The words of each
 * row are the screen's own (lib/plan/plan-words). This module loads the plan engine and its
 * calendars, so the formats that use it load on demand.
 */
import { formatDate } from '@machines/content/date'
import { BANK_HOLIDAYS_CHECKED } from '@machines/plan/bank-holidays'
import { planFor } from '@machines/plan/plan-for'
import {
  PLAN_HEADING,
  PLAN_INTRO,
  planRowText,
  planWarnings,
  targetLine,
  undatedLine,
  withStepNames,
} from '@/lib/plan/plan-words'
import { planOptionsWithAmount } from '@/lib/record-draft/plan-amount'
import type { DecisionRecord } from './decision-record'

export type PlanView = {
  heading: string
  /** What the plan says instead of steps, for a route with no statutory notices. */
  none?: string
  intro: string
  /** A route with no procurement notice: the steps the law gives no date, one line each. */
  undated: string[]
  target?: string
  rows: { step: string; date: string; rule: string }[]
  /** The plan's warnings and its in-band errors (a pinned date before a minimum, a passed date). */
  messages: string[]
  holidays: string
}

export const PLAN_COLUMNS = ['Step', 'Date', 'Rule and source'] as const

/** The record's plan, or undefined when its result has no route (nothing to plan). */
export function planView(record: DecisionRecord): PlanView | undefined {
  const { result, plan: saved } = record
  if (result.status !== 'complete' || !result.route) return undefined
  // Dates in the past are flagged as of the day the record was made.
  const today = record.createdAt.slice(0, 10)
  // On a grant the subsidy amount is the record's own amount, as on the screen.
  const options = planOptionsWithAmount(saved?.options, result.route, record.amount)
  const plan = planFor(result, {
    answers: record.answers,
    pinned: saved?.pinned ?? {},
    ...(options ? { options } : {}),
    ...(saved?.target ? { target: saved.target } : {}),
    today,
  })
  if (!plan) return undefined
  const holidays = `Bank holidays checked ${formatDate(BANK_HOLIDAYS_CHECKED)}.`
  const undated = plan.noNotices?.steps.map(undatedLine) ?? []
  if (plan.none)
    return {
      heading: PLAN_HEADING,
      none: plan.none,
      intro: '',
      undated,
      rows: [],
      messages: [],
      holidays,
    }
  const titleOf = (id: string | undefined) => plan.steps.find((s) => s.id === id)?.title ?? id
  const target = saved?.target
  return {
    heading: PLAN_HEADING,
    intro: plan.noNotices ? `${plan.noNotices.says} ${PLAN_INTRO}` : PLAN_INTRO,
    undated,
    ...(target ? { target: targetLine(target.date, titleOf(target.step) ?? target.step) } : {}),
    rows: plan.steps.map(planRowText),
    messages: [
      ...plan.errors.map(
        (e) => `${e.step ? `${titleOf(e.step)}: ` : ''}${withStepNames(e.message)}`,
      ),
      ...planWarnings(
        plan.warnings.map((w) => w.message),
        plan.noNotices?.says,
      ),
    ],
    holidays,
  }
}
