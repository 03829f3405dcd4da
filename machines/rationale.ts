import { answerOnPath, isDevolvedScottishBody, type PathAnswers } from './body'
import type { AnswerReasons, ReasonBook } from './content/answer-reasons'
import { contractValue } from './content/questions/contract-value'
import { numberWording } from './content/questions/mod-values'
import { reasonsInContext } from './content/reasons-in-context'
import {
  type ChoiceQuestionId,
  isChoiceQuestion,
  isNumberQuestion,
  NOT_SURE,
  type QuestionId,
} from './questions'
import type { Assumption, RationaleEntry } from './result'
import type { AppliedThreshold } from './threshold'

// The words come in a book (content/answer-reasons.ts) rather than an import: the result
// page passes every question's, the early result only those it shows (headlineQuestions),
// loaded one file per question so a result link does not wait for all of them.

/** One reason per answer on the path, in the order asked. */
export function rationaleFor(
  path: PathAnswers,
  threshold: AppliedThreshold | undefined,
  book: ReasonBook,
): RationaleEntry[] {
  return answered(path).map((question) => reasonFor(path, question, threshold, book))
}

/**
 * The reason for the path's last answer: the one that settled the route, which the summary
 * card at the top of a result gives. The reason of `rationaleFor`'s last entry.
 */
export function settlingReason(
  path: PathAnswers,
  threshold: AppliedThreshold | undefined,
  book: ReasonBook,
): string | undefined {
  const last = answered(path).at(-1)
  return last === undefined ? undefined : reasonFor(path, last, threshold, book).reason
}

/** One assumption per "not sure" on the path. */
export function assumptionsFor(path: PathAnswers, book: ReasonBook): Assumption[] {
  return assumedQuestions(path).flatMap((question): Assumption[] => {
    const notSure = wordsOf(book, question).notSure
    return notSure ? [{ question, ...notSure }] : []
  })
}

/**
 * The questions whose words the top of a result shows (`settlingReason`, `assumptionsFor`
 * and the assumptions' Change links): the last answer's, if a choice, and each "not sure".
 */
export function headlineQuestions(path: PathAnswers): ChoiceQuestionId[] {
  const last = answered(path).at(-1)
  const settling = last !== undefined && isChoiceQuestion(last) ? [last] : []
  return [...new Set([...settling, ...assumedQuestions(path)])]
}

function reasonFor(
  path: PathAnswers,
  question: QuestionId,
  threshold: AppliedThreshold | undefined,
  book: ReasonBook,
): RationaleEntry {
  const answer = path.answers[question] as string | number
  if (question === 'contract-value') {
    return { question, answer, reason: contractValue.reason(Number(answer), threshold) }
  }
  if (isNumberQuestion(question)) {
    return { question, answer, reason: numberWording[question].reason(Number(answer)) }
  }
  const reason =
    reasonInContext(path, question) ?? wordsOf(book, question).reasons[String(answer)] ?? ''
  return { question, answer, reason }
}

/** A question's words from the book, which must hold them: a missing entry is a bug. */
export function wordsOf(book: ReasonBook, question: QuestionId): AnswerReasons {
  const words = book[question]
  if (!words) throw new Error(`The reasons for ${question} are not loaded`)
  return words
}

/** The questions on the path with an answer, in the order asked. */
function answered(path: PathAnswers): QuestionId[] {
  return path.asked.filter((question) => path.answers[question] !== undefined)
}

/**
 * The choice questions answered "not sure" on the path, in the order asked: each is an
 * assumption (decision-machine.test.ts checks that every one has its words).
 */
export function assumedQuestions(path: PathAnswers): ChoiceQuestionId[] {
  return path.asked.filter(
    (question): question is ChoiceQuestionId =>
      isChoiceQuestion(question) && path.answers[question] === NOT_SURE,
  )
}

/**
 * The few reasons other answers on the path change. No Provider Selection Regime applies
 * to a health body outside England and Wales. The start date decides nothing for health
 * care under a Provider Selection Regime. A call-off under a Procurement Act framework
 * cannot have begun before the Act, so neither answer's own reason is stated as fact. The
 * UK 2015 Regulations do not extend to Scotland, so a devolved Scottish body's call-off under
 * them is a point to check.
 */
function reasonInContext(path: PathAnswers, question: QuestionId): string | undefined {
  if (question === 'authority-type') {
    const jurisdiction = answerOnPath(path, 'jurisdiction')
    const outside = jurisdiction === 'northern-ireland' || jurisdiction === 'scotland'
    return outside && answerOnPath(path, 'authority-type') === 'nhs'
      ? reasonsInContext.nhsOutsideEnglandAndWales
      : undefined
  }
  const existing = answerOnPath(path, 'existing-procurement')
  const paFrameworkConflict =
    existing === 'yes' && answerOnPath(path, 'framework-regime') === 'pa-2023'
  if (question === 'framework-regime') {
    if (paFrameworkConflict) return reasonsInContext.frameworkRegimeConflict
    const pcrFramework = answerOnPath(path, 'framework-regime') === 'pcr-2015'
    return pcrFramework && isDevolvedScottishBody(path)
      ? reasonsInContext.frameworkRegimeScottishBody
      : undefined
  }
  if (question !== 'existing-procurement') return undefined
  if (paFrameworkConflict) return reasonsInContext.existingProcurement.paFramework
  if (answerOnPath(path, 'health-care') !== 'yes') return undefined
  const jurisdiction = answerOnPath(path, 'jurisdiction')
  if (jurisdiction === 'england' && (existing === 'yes' || existing === 'no')) {
    return reasonsInContext.existingProcurement.psrEngland[existing]
  }
  if (jurisdiction === 'wales' && existing === 'no') {
    return reasonsInContext.existingProcurement.psrWales
  }
  return undefined
}
