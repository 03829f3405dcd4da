import type { Answers } from '@machines/answers'
import type { QuestionId } from '@machines/questions'
import { paths } from '@/config/paths'
import { answerQuery } from './answer-query'

export type Dates = { startDate?: string | undefined; today: string }
/** Where a Change link returns once the path is whole again. */
export type ReturnTo = 'check' | 'result' | undefined

export const questionUrl = (
  id: QuestionId,
  answers: Answers,
  startDate?: string,
  returnTo?: ReturnTo,
) => `${paths.question(id)}${answerQuery(answers, { startDate, returnTo })}`

export const checkAnswersUrl = (answers: Answers, startDate?: string) =>
  `${paths.checkAnswers}${answerQuery(answers, { startDate })}`

/** `ruleset`: the one a saved file was made under, so its result can say what changed. */
export const resultUrl = (answers: Answers, startDate?: string, ruleset?: string) =>
  `${paths.result}${answerQuery(answers, { startDate, ruleset })}`

/** Where the wizard starts. */
export const firstQuestionUrl = () => paths.firstQuestion
