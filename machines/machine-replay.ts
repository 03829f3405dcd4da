import { initialTransition } from 'xstate'
import type { Answers } from './answers'
import type { IsoDate } from './dates'
import { decisionMachine } from './decision-machine'
import type { Replay } from './replay'
import { isRouteId } from './routes'

/**
 * The replay as the statechart gives it: the answers run through the decision machine in
 * one step. Each question state moves on as soon as its answer is in the context, so the
 * machine settles on the first unanswered question or on a route.
 *
 * The app and the runner use the direct walk over the table (replay.ts), which is many
 * times cheaper; this one stays as its reference: replay.matches-machine.test.ts checks
 * that both give the same on every enumerated path.
 */
export function machineReplay(
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
