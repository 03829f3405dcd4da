import { pickAnswers } from '@machines/answers'
import { validAnswers } from '@machines/progress'
import type { ChoiceQuestionId } from '@machines/questions'
import { headlineQuestions } from '@machines/rationale'
import { replay } from '@machines/replay'
import type { RouteId } from '@machines/routes'
import { parseAnswerQuery } from '@/lib/answers/answer-query'

/** What the early result's paint downloads: the route's content and a few questions' reasons. */
export type EarlyNeeds = { route: RouteId; questions: ChoiceQuestionId[] }

/**
 * The route a result link's answers reach, as `decide` finds it, and the questions whose
 * reasons the top of the result shows; null for a link with problems or unfinished answers.
 * The early result works this out first, from the decision logic alone, so these downloads
 * start while the rest of the early result (what paints the summary card) is still
 * arriving (README.md, step 5).
 */
export function earlyNeeds(search: string, today: string): EarlyNeeds | null {
  const { answers, startDate, problems } = parseAnswerQuery(search)
  if (problems.length > 0) return null
  const valid = validAnswers(answers)
  const run = replay(valid, { startDate, today })
  if (!run.route) return null
  const path = { answers: pickAnswers(valid, run.asked), asked: run.asked }
  return { route: run.route, questions: headlineQuestions(path) }
}
