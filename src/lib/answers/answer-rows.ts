import type { Answers } from '@machines/answers'
import { formatDate } from '@machines/content/date'
import { answerLabel, questionTitle } from '@machines/content/wording'
import type { QuestionId } from '@machines/questions'

export type AnswerRow = { question: QuestionId | 'startDate'; title: string; answer: string }

/** The answers on a path as rows of question and answer, with the start date after the value. */
export function answerRows(
  asked: readonly QuestionId[],
  answers: Answers,
  startDate: string | undefined,
): AnswerRow[] {
  const rows: AnswerRow[] = []
  for (const question of asked) {
    const value = answers[question]
    if (value === undefined) continue
    rows.push({ question, title: questionTitle(question), answer: answerLabel(question, value) })
    if (question === 'contract-value' && startDate) {
      rows.push({
        question: 'startDate',
        title: 'When did or will the procurement start?',
        answer: formatDate(startDate),
      })
    }
  }
  return rows
}
