import type { Answers } from '@machines/answers'
import { pickAnswers } from '@machines/answers'
import { progress } from '@machines/progress'
import type { QuestionId } from '@machines/questions'
import { paths } from '@/config/paths'
import {
  checkAnswersUrl,
  type Dates,
  questionUrl,
  type ReturnTo,
  resultUrl,
} from '@/lib/answers/answer-urls'

/**
 * Where Continue leads after answering `question`. The machine decides what follows;
 * this only chooses which page to show: the next question on the path (answered or
 * not), or, after a Change link, straight back to the summary once the path is whole.
 * Later answers are kept while they may still be on the path, and dropped once the
 * path is complete without them.
 */
export function afterAnswer(
  answers: Answers,
  question: QuestionId,
  value: string | number,
  dates: Dates,
  returnTo: ReturnTo,
): string {
  const merged: Answers = { ...answers, [question]: value }
  const run = progress(merged, dates)
  const complete = run.route !== null
  const kept = complete ? pickAnswers(merged, run.asked) : merged
  if (complete && returnTo === 'result') return resultUrl(kept, dates.startDate)
  if (complete && returnTo === 'check') return checkAnswersUrl(kept, dates.startDate)
  if (returnTo && run.next) return questionUrl(run.next, kept, dates.startDate, returnTo)
  const following = run.asked[run.asked.indexOf(question) + 1] ?? run.next
  if (following) return questionUrl(following, kept, dates.startDate)
  return checkAnswersUrl(kept, dates.startDate)
}

/** The Back link: the question before this one on the path, or the start page. */
export function backFrom(question: QuestionId | 'end', answers: Answers, dates: Dates): string {
  const run = progress(answers, dates)
  const index = question === 'end' ? run.asked.length : run.asked.indexOf(question)
  const before = index > 0 ? run.asked[index - 1] : index < 0 ? run.asked.at(-1) : undefined
  return before ? questionUrl(before, answers, dates.startDate) : paths.start
}
