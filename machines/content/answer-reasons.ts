import { isChoiceQuestion, type QuestionId, questionIds } from '../questions'
import type { NotSureWording } from './question-wording'
import { choiceWording, questionTitle } from './wording'

/**
 * What a result says about one question's answer: the question's title (for the
 * assumptions' Change links), and for a choice question a reason per option and its "not
 * sure" assumption. The number questions' reasons are worked out from the figure, so
 * rationale.ts takes them from their wording itself.
 */
export type AnswerReasons = {
  title: string
  reasons: Record<string, string>
  notSure?: NotSureWording
}

/** Some questions' reasons, or every question's (`answerReasons`): what rationale.ts reads. */
export type ReasonBook = Partial<Record<QuestionId, AnswerReasons>>

/**
 * Every question's reasons, read from the question wording. The build replaces this module
 * with its value as plain data (scripts/build-time-data.ts), so a result downloads these
 * sentences without the choice questions' hints, details and labels, more than half of
 * their words; and it gives each choice question's entry a file of its own, which the early
 * result loads for the few questions it shows (load-answer-reasons.ts; src/boot/README.md,
 * step 5).
 */
export const answerReasons = Object.fromEntries(
  questionIds.map((question): [QuestionId, AnswerReasons] => {
    const title = questionTitle(question)
    if (!isChoiceQuestion(question)) return [question, { title, reasons: {} }]
    const wording = choiceWording[question]
    const options: Record<string, { reason: string }> = wording.options
    const reasons = Object.fromEntries(
      Object.entries(options).map(([option, { reason }]) => [option, reason]),
    )
    return [
      question,
      wording.notSure ? { title, reasons, notSure: wording.notSure } : { title, reasons },
    ]
  }),
) as Record<QuestionId, AnswerReasons>
