import { expect, it } from 'vitest'
import type { Answers } from '../answers'
import type { IsoDate } from '../dates'
import {
  type ChoiceQuestionId,
  choiceOptions,
  type NumberQuestionId,
  type OptionOf,
  type QuestionId,
} from '../questions'
import { regimeFor } from '../regime'
import type { RegimeId } from '../regimes'
import { replay } from '../replay'
import type { RouteId } from '../routes'
import { checkCallOffTiming, checkScenario } from '../scenario'

/**
 * Smart Answers style checks of the decision model: given the earlier answers, each answer
 * to one question leads to an expected next question or route. The expected values are
 * written by hand from shared/domain/decision-model.md, never computed by the code. Only
 * the public API is used (`replay` for the route, `regimeFor` for its regime, as `evaluate`
 * does, without building the page's content), so the checks hold whatever the machine is
 * built from. Answers that the model refuses as contradictory (`checkScenario` and
 * `checkCallOffTiming`, as the runner does) are an outcome of their own.
 */

/** Today, pinned: the figures of 2026 are in force and the Act is in force. */
export const today: IsoDate = '2026-11-25'

export type Outcome =
  | { next: QuestionId }
  | { route: RouteId; variant: string | null; regime: RegimeId }
  | { refused: string }

/** The next question to ask. */
export const ask = (next: QuestionId): Outcome => ({ next })

/** A route reached, with its variant (null where it has none) and its regime. */
export const route = (id: RouteId, variant: string | null, regime: RegimeId): Outcome => ({
  route: id,
  variant,
  regime,
})

/** The answers are refused as contradictory, naming the field that conflicts. */
export const refused = (field: string): Outcome => ({ refused: field })

/** Answers given as `undefined` are left unanswered (to take one out of a shared set). */
type Given = { answers: Answers; startDate?: IsoDate }

function outcomeOf(given: Answers, startDate: IsoDate | undefined): Outcome {
  const answers = answered(given)
  const scenario = startDate === undefined ? { answers } : { answers, startDate }
  const check = checkScenario(scenario)
  const problems = check.ok ? checkCallOffTiming(check.scenario) : check.problems
  if (problems.length > 0) return { refused: problems.map((p) => p.field).join(', ') }
  const run = replay(answers, { startDate, today })
  if (run.route === null) return { next: run.next as QuestionId }
  return { route: run.route, variant: run.variant, regime: regimeFor(run) }
}

function describeOutcome(o: Outcome): string {
  if ('next' in o) return `asks ${o.next}`
  if ('refused' in o) return `refused (${o.refused})`
  return `${o.route} ${o.variant ?? '(no variant)'} ${o.regime}`
}

/**
 * One test per answer option. The record must list every option of the question (the
 * type says so, and the test checks it again), so a new option cannot go untested.
 * The answers given may include answers to later questions: they are used once the path
 * reaches them, which lets an answer's effect further on be checked too.
 */
export function routes<Q extends ChoiceQuestionId>(
  question: Q,
  given: Given,
  outcomes: Record<OptionOf<Q>, Outcome>,
): void {
  it(`is asked after ${describeGiven(given.answers)}`, () => {
    expect(outcomeOf(given.answers, given.startDate)).toEqual(ask(question))
    expect(Object.keys(outcomes).sort()).toEqual([...choiceOptions[question]].sort())
  })
  for (const option of choiceOptions[question] as readonly OptionOf<Q>[]) {
    const expected = outcomes[option]
    it(`${option}: ${describeOutcome(expected)}`, () => {
      const answers = { ...given.answers, [question]: option }
      expect(outcomeOf(answers, given.startDate)).toEqual(expected)
    })
  }
}

/** Values tried against the threshold test at `contract-value`. */
export function valueRoutes(given: Given, outcomes: readonly (readonly [number, Outcome])[]): void {
  it(`asks the value after ${describeGiven(given.answers)}`, () => {
    expect(outcomeOf(given.answers, given.startDate)).toEqual(ask('contract-value'))
  })
  for (const [value, expected] of outcomes) {
    it(`£${value.toLocaleString('en-GB')}: ${describeOutcome(expected)}`, () => {
      const answers = { ...given.answers, 'contract-value': value }
      expect(outcomeOf(answers, given.startDate)).toEqual(expected)
    })
  }
}

/**
 * Figures tried at one number question of the changes journey (section 8), each with the
 * next question or route it leads to: both sides of every boundary the question meets.
 */
export function numberRoutes(
  question: NumberQuestionId,
  given: Given,
  outcomes: readonly (readonly [number, Outcome])[],
): void {
  it(`${question} is asked after ${describeGiven(given.answers)}`, () => {
    expect(outcomeOf(given.answers, given.startDate)).toEqual(ask(question))
  })
  for (const [value, expected] of outcomes) {
    it(`${question} ${value.toLocaleString('en-GB')}: ${describeOutcome(expected)}`, () => {
      const answers = { ...given.answers, [question]: value }
      expect(outcomeOf(answers, given.startDate)).toEqual(expected)
    })
  }
}

function answered(answers: Answers): Answers {
  return Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== undefined))
}

function describeGiven(answers: Answers): string {
  const shown = Object.entries(answered(answers)).map(([q, v]) => `${q}=${v}`)
  return shown.length > 0 ? shown.join(', ') : 'nothing'
}
