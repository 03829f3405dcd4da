import type { Answers } from './answers'
import type { DatedPath } from './body'
import { conditions } from './conditions'
import type { IsoDate } from './dates'
import { decisionTable, type Rule, type StepId } from './decision-table'
import { isQuestionId, type QuestionId } from './questions'
import type { RouteId } from './routes'

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
 * Walks the answers through the decision table (decision-table.ts) in one step, as the
 * statechart built from the same table does (machine-replay.ts): from the first step, the
 * first rule whose answers and condition hold is taken, until a question has no answer or
 * a route is reached. Pure: no clock, no side effects.
 *
 * Not the statechart itself because the result replays the path once per answer it could
 * have changed (alternatives.ts): building and running the machine for each took most of a
 * second on a phone's CPU. replay.matches-machine.test.ts checks both walks agree on every
 * enumerated path, so the statechart stays the meaning.
 */
export function replay(
  answers: Answers,
  { startDate, today }: { startDate?: IsoDate | undefined; today: IsoDate },
): Replay {
  const asked: QuestionId[] = []
  const path: DatedPath = { answers, asked, startDate, today }
  let step: StepId = decisionTable.first
  for (let taken = 0; taken < MAX_STEPS; taken++) {
    // A question counts as asked on entering it, so its own rules read its answer.
    const question: QuestionId | undefined = isQuestionId(step) ? step : undefined
    if (question) asked.push(question)
    const rule: Rule | undefined = (decisionTable.steps[step] as readonly Rule[]).find((r) =>
      holds(r, path, question),
    )
    if (!rule) {
      // The question waits for its answer. (A step that asks nothing always has a way on:
      // decision-table.test.ts.)
      return {
        route: null,
        variant: null,
        next: asked.at(-1) ?? null,
        asked: asked.slice(0, -1),
        answers,
      }
    }
    if (rule.route)
      return { route: rule.route, variant: rule.variant ?? null, next: null, asked, answers }
    step = rule.next
  }
  throw new Error(`The decision table has a path longer than ${MAX_STEPS} steps`)
}

/** More steps than any path of the table takes: only a cycle would reach it. */
const MAX_STEPS = 500

/** A rule holds when the question's answer is one of its answers (or, without any, is given) and its condition holds. */
function holds(rule: Rule, path: DatedPath, question: QuestionId | undefined): boolean {
  if (question) {
    const answer = path.answers[question]
    if (
      rule.answers ? !(rule.answers as readonly unknown[]).includes(answer) : answer === undefined
    )
      return false
  }
  return rule.when === undefined || conditions[rule.when](path)
}
