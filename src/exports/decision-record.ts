import type { Answers } from '@machines/answers'
import { formatDate } from '@machines/content/date'
import { formatPounds } from '@machines/content/money'
import { plainWords } from '@machines/content/plan-link'
import { thresholdLabel } from '@machines/content/value-sentence'
import { regimes } from '@machines/regimes'
import type { Result } from '@machines/result'
import { sourceById } from '@machines/sources'
import { type AnswerRow, answerRows } from '@/lib/answers/answer-rows'
import { planOptionsWithAmount } from '@/lib/record-draft/plan-amount'
import { isEmptyPlan, type PlanDraft, planDraftFor } from '@/lib/record-draft/plan-draft'
import { takesRecipient } from '@/lib/record-draft/recipient-routes'
import { parseRecordAmount } from '@/lib/record-draft/record-amount'
import type { NoteKey, RecordDraft } from '@/lib/record-draft/record-draft'
import { routeFacts } from '@/lib/route-content/route-facts'
import type { RecordPlan } from './record-plan'

export const RECORD_FORMAT = 'route-finder-record'
/**
 * Version 2 is version 1 with the optional details `amount` and `recipient` and the procurement
 * plan's `plan`. Version 1 files still open: they are version 2 without those.
 */
export const RECORD_VERSION = 2
export type RecordVersion = 1 | typeof RECORD_VERSION

/** The saved decision record (JSON, version 2). Documented in the README. */
export type DecisionRecord = {
  format: typeof RECORD_FORMAT
  version: RecordVersion
  answers: Answers
  startDate?: string
  title?: string
  organisation?: string
  preparedBy?: string
  approvedBy?: string
  decisionDate?: string
  /** Grant and asset routes only: the amount given or the asset's value, whole pounds. */
  amount?: number
  /** Grant and asset routes only: who receives it. */
  recipient?: string
  /** "Your procurement plan": the dates pinned, the date worked back from and the plan options. */
  plan?: RecordPlan
  notes?: Partial<Record<NoteKey, string>>
  createdAt: string
  ruleset: { version: string; checked: string }
  /** The result as the person saw it. */
  result: Result
}

export function buildRecord(input: {
  result: Result
  answers: Answers
  startDate: string | undefined
  draft: RecordDraft
  createdAt: string
}): DecisionRecord {
  const { result, answers, startDate, draft, createdAt } = input
  const record: DecisionRecord = {
    format: RECORD_FORMAT,
    version: RECORD_VERSION,
    answers,
    createdAt,
    ruleset: result.ruleset,
    // The plan links of the page's next steps are words only in a file (issue 17).
    result: { ...result, nextSteps: result.nextSteps.map(plainWords) },
  }
  if (startDate) record.startDate = startDate
  for (const field of [
    'title',
    'organisation',
    'preparedBy',
    'approvedBy',
    'decisionDate',
  ] as const) {
    const value = draft[field]?.trim()
    if (value) record[field] = value
  }
  if (result.route && takesRecipient(result.route)) {
    const recipient = draft.recipient?.trim()
    if (recipient) record.recipient = recipient
    // An amount that does not read as whole pounds is left out; the form says why.
    const amount = draft.amount?.trim() ? parseRecordAmount(draft.amount) : undefined
    if (amount?.ok) record.amount = amount.value
  }
  const notes = Object.entries(draft.notes).filter(([, v]) => v?.trim())
  if (notes.length > 0) record.notes = Object.fromEntries(notes)
  // Only a plan made for this route, variant and regime: another result's dates would not fit.
  const plan = withoutStaleAmount(planDraftFor(draft, result), result.route)
  if (!isEmptyPlan(plan)) record.plan = plan
  return record
}

/**
 * A grant's plan takes its amount from the record's `amount` (plan-amount), so an amount an older
 * draft kept in the plan options is not written: the file says the amount once.
 */
function withoutStaleAmount(plan: PlanDraft, route: string | null): PlanDraft {
  if (plan.options?.amountGbp === undefined) return plan
  const options = planOptionsWithAmount(plan.options, route, undefined)
  if (options === plan.options) return plan
  const { options: _, ...rest } = plan
  return options && Object.keys(options).length > 0 ? { ...rest, options } : rest
}

/** Everything every format shows, in the order of the printed record. */
export type RecordView = {
  heading: string
  details: { label: string; value: string }[]
  routeTitle: string
  summary: string
  answers: (AnswerRow & { note?: string | undefined })[]
  reasons: string[]
  assumptions: string[]
  alternatives: { name: string; whyNot: string; wouldApplyIf: string }[]
  references: { label: string; citation: string; url: string }[]
  risks: string[]
  nextSteps: string[]
  threshold: string | undefined
  socialValue: string | undefined
  caseStudies: { title: string; summary: string }[]
  notes: string[]
  resultNote: string | undefined
  about: string
}

export function recordView(record: DecisionRecord): RecordView {
  const { result } = record
  const details = [
    ['Organisation', record.organisation],
    ['Prepared by', record.preparedBy],
    ['Approved by', record.approvedBy],
    ['Decision date', record.decisionDate && formatDate(record.decisionDate)],
    ['Recipient', record.recipient],
    ['Amount', record.amount === undefined ? undefined : formatPounds(record.amount)],
  ]
    .filter((d): d is [string, string] => Boolean(d[1]))
    .map(([label, value]) => ({ label, value }))
  // The route, variant and rules as the page states them, with its note for a route
  // outside procurement law.
  const facts = result.route
    ? routeFacts(result).map(({ label, value, note }) => ({ label, value: value + (note ?? '') }))
    : [{ label: 'Procurement rules', value: regimes[result.regime].name }]
  const t = result.threshold
  return {
    heading: record.title || result.title,
    details: [...details, ...facts],
    routeTitle: result.title,
    summary: result.summary,
    answers: answerRows(result.asked, record.answers, record.startDate).map((row) => ({
      ...row,
      note: row.question === 'startDate' ? undefined : record.notes?.[row.question],
    })),
    reasons: result.rationale.map((r) => r.reason),
    assumptions: result.assumptions.map((a) => `${a.assumed} ${a.why} To check: ${a.check}`),
    alternatives: result.alternatives.map(({ name, whyNot, wouldApplyIf }) => ({
      name,
      whyNot: `${whyNot}.`,
      wouldApplyIf,
    })),
    references: result.references.map(({ label, citation, url }) => ({ label, citation, url })),
    risks: result.risks,
    nextSteps: result.nextSteps.map(plainWords),
    threshold: t
      ? `${thresholdLabel(t.kind)} threshold of ${formatPounds(t.amount)} including VAT, in force from ${formatDate(t.inForceFrom)} (${t.source.map((id) => sourceById(id)?.title ?? id).join('; ')}).`
      : undefined,
    socialValue: result.socialValue?.text,
    caseStudies: result.caseStudies.map(({ title, summary }) => ({ title, summary })),
    notes: result.notes,
    resultNote: record.notes?.result,
    about: `Ruleset ${result.ruleset.version}, legal facts last checked ${formatDate(result.ruleset.checked)}. Record created ${formatDate(record.createdAt.slice(0, 10))}. This is not legal advice.`,
  }
}
