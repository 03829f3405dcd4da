import { validAnswers } from '@machines/progress'
import { replay } from '@machines/replay'
import type { RouteId } from '@machines/routes'
import { parseAnswerQuery } from '@/lib/answers/answer-query'

/**
 * The route a result link's answers reach, as `decide` finds it, or null for a link with
 * problems or unfinished answers. The early result works this out first, from the
 * decision logic alone, so the route's words are asked for while the rest of the early
 * result (the answers' reasons, the summary card) is still arriving (README.md, step 5).
 */
export function earlyRoute(search: string, today: string): RouteId | null {
  const { answers, startDate, problems } = parseAnswerQuery(search)
  if (problems.length > 0) return null
  return replay(validAnswers(answers), { startDate, today }).route
}
