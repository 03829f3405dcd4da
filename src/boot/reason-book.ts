import { answerReasonFile } from '@machines/content/answer-reason-file'
import type { ReasonBook } from '@machines/content/answer-reasons'
import type { QuestionId } from '@machines/questions'

/**
 * The reasons of the questions the early result shows (`headlineQuestions` in
 * machines/rationale.ts), a file each in the build. Asked for twice (as soon as the route is
 * known, then by the painting), downloaded once: the browser keeps each module it imports.
 */
export async function loadReasonBook(questions: readonly QuestionId[]): Promise<ReasonBook> {
  const entries = await Promise.all(
    questions.map(async (question) => [question, await answerReasonFile(question)] as const),
  )
  return Object.fromEntries(entries)
}
