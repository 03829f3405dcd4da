import { type Answers, pickAnswers } from './answers'
import type { PathAnswers } from './body'
import type { RouteContext } from './content/route-content'
import type { IsoDate } from './dates'
import { validAnswers } from './progress'
import type { QuestionId } from './questions'
import { regimeFor } from './regime'
import type { RegimeId } from './regimes'
import { replay } from './replay'
import { routeContext } from './route-context'
import type { RouteId } from './routes'

export type EvaluateOptions = {
  /** The day the procurement starts (YYYY-MM-DD); selects the dated thresholds. */
  startDate?: IsoDate | undefined
  /** Today (YYYY-MM-DD), passed in: nothing in machines/ reads the clock. */
  today: IsoDate
}

/**
 * Where the answers lead, before any route's words: enough to compare scenarios, and to
 * know which route's content a Result needs (result-of.ts puts the two together).
 */
export type Decision = {
  status: 'complete' | 'incomplete'
  route: RouteId | null
  variant: string | null
  regime: RegimeId
  next: QuestionId | null
  asked: QuestionId[]
  ignored: QuestionId[]
  path: PathAnswers
  /** What the route's content depends on; only when a route is reached. */
  context: RouteContext | undefined
  options: EvaluateOptions
}

/**
 * Replays the answers through the decision table (replay.ts). Answers that are not valid for their
 * question are left out; answers not on the path are listed in `ignored`.
 */
export function decide(answers: Answers, options: EvaluateOptions): Decision {
  const valid = validAnswers(answers)
  const dates = { startDate: options.startDate, today: options.today }
  const run = replay(valid, dates)
  const path: PathAnswers = { answers: pickAnswers(valid, run.asked), asked: run.asked }
  const context = run.route ? routeContext(path, run.route, run.variant, dates) : undefined
  return {
    status: run.route ? 'complete' : 'incomplete',
    route: run.route,
    variant: run.variant,
    regime: regimeFor(path),
    next: run.next,
    asked: run.asked,
    ignored: (Object.keys(valid) as QuestionId[]).filter((id) => !run.asked.includes(id)),
    path,
    context,
    options,
  }
}
