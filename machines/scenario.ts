import { type AnswerProblem, type Answers, checkAnswers } from './answers'
import { type IsoDate, isIsoDate, PA_2023_IN_FORCE, RULESET_STARTS } from './dates'

const CHANGE = 'change-existing-contract'

/** One set of answers to evaluate, with the procurement's start date when known. */
export type Scenario = { answers: Answers; startDate?: IsoDate }

export type ScenarioCheck =
  | { ok: true; scenario: Scenario }
  | { ok: false; problems: AnswerProblem[] }

/**
 * Validates a scenario from outside (the runner's input, a share link, a saved file):
 * the answers, the start date, and that the two agree about when the procurement began.
 */
export function checkScenario(input: unknown): ScenarioCheck {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return {
      ok: false,
      problems: [{ field: 'scenario', message: 'each scenario must be an object with "answers"' }],
    }
  }
  const { answers, startDate } = input as { answers?: unknown; startDate?: unknown }
  const problems = checkAnswers(answers)
  if (problems.length === 0) problems.push(...checkChangeAnswers(answers as Answers))
  // A start date plays no part in the changes journey and is not checked there (section 3.6):
  // contracts procured before 2024 are expected, and their own answer gives the timing.
  const changing = problems.length === 0 && (answers as Answers).approach === CHANGE
  if (startDate !== undefined && !changing)
    problems.push(...checkStartDate(startDate, answers as Answers))
  if (problems.length > 0) return { ok: false, problems }
  const scenario: Scenario = { answers: answers as Answers }
  if (startDate !== undefined && !changing) scenario.startDate = startDate as IsoDate
  return { ok: true, scenario }
}

/**
 * The changes journey's answers that contradict each other (decision model, section 8.4):
 * each Provider Selection Regime's direct award process belongs to that regime alone.
 */
export function checkChangeAnswers(answers: Answers): AnswerProblem[] {
  const field = 'psr-mod-original-process'
  const process = answers[field]
  const jurisdiction = answers.jurisdiction
  if (process === 'direct-award-a-or-b' && jurisdiction === 'wales') {
    return [
      {
        field,
        message:
          'psr-mod-original-process "direct-award-a-or-b" is an English process, but jurisdiction is "wales" (use "direct-award-1")',
      },
    ]
  }
  if (process === 'direct-award-1' && jurisdiction === 'england') {
    return [
      {
        field,
        message:
          'psr-mod-original-process "direct-award-1" is a Welsh process, but jurisdiction is "england" (use "direct-award-a-or-b")',
      },
    ]
  }
  return []
}

/** The start date must be a real date inside the ruleset that agrees with the timing answer. */
export function checkStartDate(startDate: unknown, answers: Answers | undefined): AnswerProblem[] {
  const field = 'startDate'
  if (!isIsoDate(startDate)) {
    return [
      {
        field,
        message: 'startDate must be a real date written YYYY-MM-DD, for example 2025-06-30',
      },
    ]
  }
  if (startDate < RULESET_STARTS) {
    return [
      {
        field,
        message:
          'startDate is before 2024-01-01: this ruleset covers procurements starting from 1 January 2024',
      },
    ]
  }
  const existing =
    answers && typeof answers === 'object' ? answers['existing-procurement'] : undefined
  if (existing === 'yes' && startDate >= PA_2023_IN_FORCE) {
    return [
      {
        field,
        message:
          'startDate is on or after 2025-02-24, but existing-procurement is "yes" (started before 24 February 2025)',
      },
    ]
  }
  if (existing === 'no' && startDate < PA_2023_IN_FORCE) {
    return [
      {
        field,
        message:
          'startDate is before 2025-02-24, but existing-procurement is "no" (started on or after 24 February 2025)',
      },
    ]
  }
  return []
}

/**
 * The runner's check that a call-off and its framework agree about time (decision model,
 * section 3.4; legal-facts "Regimes and dates"): no framework or dynamic market under the
 * Procurement Act 2023 existed before the Act came into force on 24 February 2025, so a
 * call-off under one cannot have begun earlier. The runner refuses it; a link holding it is
 * opened at `framework-regime` with a message (section 9), and the wizard refuses the answer.
 * evaluate() itself still accepts it and says the answers conflict (see resultNotes).
 */
export function checkCallOffTiming(scenario: Scenario): AnswerProblem[] {
  const { answers, startDate } = scenario
  if (answers['framework-regime'] !== 'pa-2023') return []
  const field = 'framework-regime'
  const why =
    'no framework or dynamic market under the Procurement Act 2023 existed before 24 February 2025'
  if (answers['existing-procurement'] === 'yes') {
    return [
      {
        field,
        message: `framework-regime is "pa-2023", but existing-procurement is "yes" (started before 24 February 2025): ${why}`,
      },
    ]
  }
  if (startDate !== undefined && startDate < PA_2023_IN_FORCE) {
    return [
      {
        field,
        message: `framework-regime is "pa-2023", but startDate is before 2025-02-24: ${why}`,
      },
    ]
  }
  return []
}
