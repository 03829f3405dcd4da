/**
 * The words the plan section shows for the engine's codes (machines/plan/types.ts). Kept apart
 * from the component so the wording can change without touching the layout.
 */
import { libraryStep } from '@machines/plan/library'
import { asSentences } from '@machines/plan/sentences'
import type { DateKind, Notice, PlanStep, Requirement } from '@machines/plan/types'

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
 * The notice's line: its code and name, then where it goes, unless the name already says it is
 * sent directly (so "sent to suppliers directly" is not followed by "sent directly").
 */
export function noticeWords(notice: Notice): string {
  const name = notice.code ? `${notice.code}: ${notice.officialName}` : notice.officialName
  const saysSent = notice.platform === 'to-suppliers-directly' && /\bdirectly\b/.test(name)
  return saysSent ? `${name}, not published` : `${name}, ${platformWords[notice.platform]}`
}

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

/** Steps whose date the user can set: events, not computed periods. */
export const settable = (step: PlanStep) => !step.id.includes('#') && step.timing.rule === 'USER'
