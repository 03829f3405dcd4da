import { type ChoiceQuestionId, type QuestionId, questionIds } from '../questions'
import type { NotSureWording } from './question-wording'
import { nhsOutsideEnglandAndWales } from './questions/authority-type'
import { existingProcurementInContext } from './questions/existing-procurement'
import { frameworkRegimeConflict, frameworkRegimeScottishBody } from './questions/framework-regime'
import { choiceWording, questionTitle } from './wording'

/** What a result says about one choice question: a reason per option, and its assumption. */
export type ChoiceReasons = {
  reasons: Record<string, string>
  notSure?: NotSureWording
}

/**
 * The words a result gives for the choice questions' answers (rationale.ts): each option's
 * reason and each "not sure" assumption, read from the question wording, and each question's
 * title for the assumptions' Change links. The build replaces this module with its value as
 * plain data (scripts/build-time-data.ts), so a result link downloads these sentences
 * without the choice questions' hints, details and labels, more than half of their words
 * (src/boot/README.md, load step 5). The number questions' reasons are worked out from the
 * figure, so rationale.ts imports their wording itself.
 */
export const choiceReasons = Object.fromEntries(
  Object.entries(choiceWording).map(([question, wording]) => {
    const options: Record<string, { reason: string }> = wording.options
    const reasons = Object.fromEntries(
      Object.entries(options).map(([option, { reason }]) => [option, reason]),
    )
    return [question, wording.notSure ? { reasons, notSure: wording.notSure } : { reasons }]
  }),
) as Record<ChoiceQuestionId, ChoiceReasons>

/** Every question's title, for the result's "Change your answer to …" links. */
export const questionTitles = Object.fromEntries(
  questionIds.map((id) => [id, questionTitle(id)]),
) as Record<QuestionId, string>

/** The reasons other answers on the path change (rationale.ts, `reasonInContext`). */
export const reasonsInContext = {
  nhsOutsideEnglandAndWales,
  frameworkRegimeConflict,
  frameworkRegimeScottishBody,
  existingProcurement: existingProcurementInContext,
}
