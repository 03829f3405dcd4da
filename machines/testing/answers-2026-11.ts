import type { Answers } from '../answers'
import { type EvaluateOptions, evaluate } from '../evaluate'

/**
 * Decision model, section 9: a 2026-11 answer set keeps its route, variant and regime once
 * each question 2027-01 asks anew gets the answer that opens no new route. Tests written for
 * 2026-11 answer sets read them this way, so they go on checking the same results.
 */
export const answersOpeningNoNewRoute = {
  'contracting-authority': 'yes',
  'user-choice': 'no',
  concession: 'no',
  'extreme-urgency': 'no',
  'supported-employment-reservation': 'no',
  'psr-framework': 'no',
  'psr-urgent': 'no',
  'use-framework': 'no',
} as const satisfies Answers

export const asAnsweredUnder2027 = (answers: Answers): Answers => ({
  ...answersOpeningNoNewRoute,
  ...answers,
})

/** `evaluate` for a 2026-11 answer set, as section 9 reads it. */
export const evaluate2026Answers = (answers: Answers, options: EvaluateOptions) =>
  evaluate(asAnsweredUnder2027(answers), options)
