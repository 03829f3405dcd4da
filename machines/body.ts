import type { Answers } from './answers'
import type { IsoDate } from './dates'
import type { QuestionId } from './questions'

/** The answers that are on the path, and only those, with the order of asking. */
export type PathAnswers = { answers: Answers; asked: readonly QuestionId[] }

/** A path and the dates its thresholds are read on. */
export type DatedPath = PathAnswers & { startDate: IsoDate | undefined; today: IsoDate }

export const answerOnPath = (c: PathAnswers, q: QuestionId) =>
  c.asked.includes(q) ? c.answers[q] : undefined

export const inEngland = (c: PathAnswers) => answerOnPath(c, 'jurisdiction') === 'england'
export const inWales = (c: PathAnswers) => answerOnPath(c, 'jurisdiction') === 'wales'

/**
 * Councils, government departments and NHS bodies are always contracting authorities; any
 * other body is asked whether the procurement rules bind it before its contract questions.
 */
export const asksContractingAuthority = (c: PathAnswers) =>
  answerOnPath(c, 'authority-type') === 'other-public-body'

/** Scottish central government and other bodies may be devolved or reserved: they are asked which. */
export function asksScotlandBody(c: PathAnswers): boolean {
  const type = answerOnPath(c, 'authority-type')
  return (
    answerOnPath(c, 'jurisdiction') === 'scotland' &&
    (type === 'central-government' || type === 'other-public-body')
  )
}

/**
 * A devolved Scottish authority stays under the Scottish regulations: Scottish councils
 * and NHS Scotland bodies always; other bodies when they say so (or are not sure, the
 * cautious reading, since the Procurement Act does not apply to devolved bodies).
 */
export function isDevolvedScottishBody(c: PathAnswers): boolean {
  if (answerOnPath(c, 'jurisdiction') !== 'scotland') return false
  const type = answerOnPath(c, 'authority-type')
  if (type === 'local-authority' || type === 'nhs') return true
  const body = answerOnPath(c, 'scotland-body')
  return body === 'devolved' || body === 'not-sure'
}

/** A reserved (UK-wide) body operating in Scotland: under the Procurement Act. */
export function isReservedBodyInScotland(c: PathAnswers): boolean {
  return answerOnPath(c, 'scotland-body') === 'reserved'
}
