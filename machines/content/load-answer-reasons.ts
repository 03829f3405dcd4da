import type { ChoiceQuestionId } from '../questions'
import type { AnswerReasons } from './answer-reasons'

/**
 * One choice question's reasons (answer-reasons.ts), downloaded when the early result shows
 * them. The build replaces this module with an `import()` of a file per question
 * (scripts/answer-reason-files.ts), so a result link fetches the few it shows rather than
 * every question's (src/boot/README.md, step 5). Here, for the tests and the dev server, it
 * reads the whole table.
 */
export function loadAnswerReasons(question: ChoiceQuestionId): Promise<AnswerReasons> {
  return import('./answer-reasons').then(({ answerReasons }) => answerReasons[question])
}
