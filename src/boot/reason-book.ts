import type { ReasonBook } from '@machines/content/answer-reasons'
import { loadAnswerReasons } from '@machines/content/load-answer-reasons'
import type { ChoiceQuestionId } from '@machines/questions'

/**
 * The reasons of the questions the early result shows (`headlineQuestions` in
 * machines/rationale.ts), a file each in the build. Asked for twice (as soon as the route is
 * known, then by the painting), downloaded once: the browser keeps each module it imports.
 */
export async function loadReasonBook(questions: readonly ChoiceQuestionId[]): Promise<ReasonBook> {
  const entries = await Promise.all(
    questions.map(async (question) => [question, await loadAnswerReasons(question)] as const),
  )
  return Object.fromEntries(entries)
}
