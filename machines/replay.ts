import { initialTransition } from 'xstate'
import type { Answers } from './answers'
import type { IsoDate } from './dates'
import { decisionMachine } from './decision-machine'
import type { QuestionId } from './questions'
import { isRouteId, type RouteId } from './routes'

export type Replay = {
  /** The route reached, or null while a question is still to answer. */
  route: RouteId | null
  variant: string | null
  /** The next question to ask, when no route is reached yet. */
  next: QuestionId | null
  /** Questions answered on the path, in order. */
  asked: QuestionId[]
  answers: Answers
}

/**
 * Runs the answers through the statechart in one step: each question state moves on as
 * soon as its answer is in the context, so the machine settles on the first unanswered
 * question or on a route. Pure: no clock, no side effects.
 */
export function replay(
  answers: Answers,
  { startDate, today }: { startDate?: IsoDate | undefined; today: IsoDate },
): Replay {
  const [snapshot] = initialTransition(decisionMachine, { answers, startDate, today })
  const state = String(snapshot.value)
  const { asked, variant } = snapshot.context
  if (snapshot.status === 'done' && isRouteId(state)) {
    return { route: state, variant, next: null, asked, answers }
  }
  // The last state entered is the question waiting for its answer.
  return {
    route: null,
    variant: null,
    next: asked.at(-1) ?? null,
    asked: asked.slice(0, -1),
    answers,
  }
}
