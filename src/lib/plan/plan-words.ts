/**
 * The words of the procurement plan for the engine's codes (machines/plan/types.ts): the one
 * wording of a plan row, shared by the plan section on screen and every record format (print,
 * Word, Markdown), so a date never reads one way on screen and another in the record.
 */
import { formatDate } from '@machines/content/date'
import { libraryStep } from '@machines/plan/library'
import { ruleWords } from '@machines/plan/rule-words'
import { asSentences } from '@machines/plan/sentences'
import type { DateKind, Notice, PlanStep, Requirement } from '@machines/plan/types'
import type { UndatedStep } from '@machines/plan/undated-steps'

export const platformWords: Record<Notice['platform'], string> = {
  'find-a-tender': 'Find a Tender (the central digital platform)',
  'sell2wales-to-find-a-tender': 'Sell2Wales, which passes it to Find a Tender',
  'public-contracts-scotland': 'Public Contracts Scotland',
  'contracts-finder': 'Contracts Finder',
  'subsidy-database': 'the subsidy database',
  'local-newspaper': 'a local newspaper',
  'own-website': 'your own website',
  'to-suppliers-directly': 'sent directly, not published',
}

/**
 * Where the notice goes: the platform, or "not published" where its name already says it is
 * sent directly (so "sent to suppliers directly" is not followed by "sent directly").
 */
export const placeWords = (notice: Notice) =>
  notice.platform === 'to-suppliers-directly' && /\bdirectly\b/.test(notice.officialName)
    ? 'not published'
    : platformWords[notice.platform]

/** The notice's line: its code and name, then where it goes. */
export const noticeWords = (notice: Notice) =>
  `${notice.code ? `${notice.code}: ` : ''}${notice.officialName}, ${placeWords(notice)}`

export const requirementWords: Record<Requirement, string> = {
  mandatory: 'Required',
  conditional: 'Required if',
  optional: 'Optional',
  recommended: 'Recommended',
  milestone: 'Milestone',
  information: 'For information',
}

export const dateKindWords: Record<DateKind, string> = {
  pinned: 'your date',
  earliest: 'earliest lawful date',
  latest: 'latest date',
  exact: 'exact date',
  none: 'no date',
}

/** Whether the date is a proposal the user has not set (section 2 rule 2): shown as such. */
export const isProposal = (step: PlanStep) =>
  step.result.dateKind === 'earliest' && step.result.warnings.some((w) => w.startsWith('proposed'))

/** The engine's words with each step id it names (`pa.uk6`) as the step's title, in quotes. */
export const withStepNames = (text: string) =>
  text.replace(/\b[a-z]+(?:\.[a-z0-9-]+)+/g, (id) => {
    const title = libraryStep(id)?.title
    return title ? `“${title}”` : id
  })

/** Warnings worth a line of their own (the proposal one is said by the date's label). */
export const shownWarnings = (step: PlanStep) =>
  asSentences(
    step.result.warnings
      .filter((w) => !w.startsWith('proposed') && !w.startsWith('no date yet'))
      .map(withStepNames),
  )

/** The plan's own warnings as sentences, each once, less any line said elsewhere. */
export const planWarnings = (messages: readonly string[], saidAlready?: string) =>
  asSentences(messages.filter((m) => m !== saidAlready).map(withStepNames))

/** A latest date before today: the step can no longer be done in time, said in its row. */
export const hasPassed = (step: PlanStep, today: string) =>
  step.result.dateKind === 'latest' && step.result.date !== null && step.result.date < today

export const PASSED = 'Date passed'

/** A step the law gives no date (a route with no procurement notice), as one line. */
export function undatedLine(step: UndatedStep): string {
  const need =
    step.requirement === 'information'
      ? ''
      : ` (${requirementWords[step.requirement]}${step.condition ? ` ${step.condition}` : ''})`
  const sources = step.sources.map((s) => `${s.instrument} ${s.provision}`).join('; ')
  return `${step.title}${need}.${sources ? ` ${sources}.` : ''}`
}

/** Steps whose date the user can set: events, not computed periods. */
export const settable = (step: PlanStep) => !step.id.includes('#') && step.timing.rule === 'USER'

/** One step of the plan in words: the parts the screen lays out and the record formats join. */
export type PlanRowWords = {
  title: string
  /** The notice's code, its statutory name and where it is published. */
  notice?: string
  requirement: string
  /** The date, formatted; undefined when the step has none. */
  date?: string
  /** What the date is: earliest lawful, latest, your date, and whether it is proposed. */
  dateKind?: string
  /** The other reading of an UNVERIFIED point, each as "Check: …". */
  checks: string[]
  /** The rule behind the date in words (machines/plan/rule-words); bound steps have none. */
  rule?: string
  sources: string
  warnings: string[]
}

export const NO_DATE = 'No computed date'

/** What the plan's dates are, said above the table on screen and in every record. */
export const PLAN_INTRO =
  'Each step in order, with the latest or earliest date the law allows. Dates you have not set are proposals: the earliest lawful date, on a working day. The plan shows statutory minimums and deadlines only; it is not legal advice.'

/** The plan's heading, on screen and in every record. */
export const PLAN_HEADING = 'Your procurement plan'

export function planRowWords(step: PlanStep): PlanRowWords {
  const { result, notice } = step
  const checks = [
    ...(result.altDate
      ? [`Check: ${formatDate(result.altDate)} ${result.altReason ?? ''}`.trim()]
      : []),
    ...(result.generousDate
      ? [`Check: ${formatDate(result.generousDate)} if “within” allows one more day`]
      : []),
  ]
  return {
    title: step.title,
    ...(notice
      ? {
          notice: noticeWords(notice),
        }
      : {}),
    requirement: requirementText(step),
    ...(result.date
      ? {
          date: formatDate(result.date),
          dateKind: `${dateKindWords[result.dateKind]}${isProposal(step) ? ', proposed' : ''}`,
        }
      : {}),
    checks,
    ...(step.id.includes('#') ? {} : { rule: ruleWords(step.timing) }),
    sources: step.sources
      .map((s) => `${s.instrument} ${s.provision}${s.status === 'unverified' ? ' (check)' : ''}`)
      .join('; '),
    warnings: shownWarnings(step),
  }
}

/** "Required if" and the condition, once: some condition texts begin with their own "if". */
function requirementText(step: PlanStep): string {
  const words = requirementWords[step.requirement]
  if (!step.condition) return words
  const text = step.condition.text
  return words.endsWith(' if') && /^if /i.test(text)
    ? `${words.slice(0, -3)} ${text}`
    : `${words} ${text}`
}

/** A plan row as three plain-text cells (Step, Date, Rule and source), for the record formats. */
export function planRowText(step: PlanStep): { step: string; date: string; rule: string } {
  const w = planRowWords(step)
  const { notice } = step
  // The notice's code before the step's name; its statutory name only where it says more.
  const code = notice?.code ? `${notice.code} ` : ''
  const official =
    notice && notice.officialName.toLowerCase() !== step.title.toLowerCase()
      ? `${notice.officialName}, `
      : ''
  const where = notice ? ` Where: ${official}${placeWords(notice)}.` : ''
  return {
    step: `${code}${w.title}.${where} ${w.requirement}.`,
    date: [w.date ? `${w.date} (${w.dateKind})` : NO_DATE, ...w.checks].join('. '),
    // Each warning is a sentence already (lib asSentences): joined with spaces, not full stops.
    rule: [w.rule, w.sources && `${w.sources}.`, ...w.warnings].filter(Boolean).join(' '),
  }
}

/** The line a record gives the date the plan works back from (plan-model.md section 3.6). */
export const targetLine = (date: string, stepTitle: string) =>
  `Worked back from ${formatDate(date)} (${stepTitle}): each “latest date” is the last day for that step that still meets every statutory minimum period.`
