import type { Answers } from '@machines/answers'
import type { QuestionId } from '@machines/questions'
import { questionUrl, type ReturnTo } from '@/lib/answers/answer-urls'

/**
 * Writes the answer just given into the address of the question's own history entry, as
 * Continue moves on. The browser's Back then returns to this question with its answer
 * chosen, as the page's Back link does; without it, Back would show the question as it was
 * before it was answered. The entry's state (React Router's key and index) is kept.
 */
export function rememberAnswer(
  question: QuestionId,
  answers: Answers,
  startDate: string | undefined,
  returnTo: ReturnTo,
) {
  window.history.replaceState(
    window.history.state,
    '',
    questionUrl(question, answers, startDate, returnTo),
  )
}
