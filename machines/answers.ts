import {
  type ChoiceQuestionId,
  isChoiceQuestion,
  isQuestionId,
  numberQuestions,
  optionsOf,
  type QuestionId,
  retiredQuestionIds,
} from './questions'

/** A person's answers, keyed by question id. Number questions (questions.ts) hold a whole number. */
export type Answers = Partial<Record<QuestionId, string | number>>

export type AnswerProblem = { field: string; message: string }

/**
 * Checks one answer. The single place that knows what each question accepts, shared by
 * the runner, the share-link parser and the saved-file parser.
 */
export function checkAnswer(id: string, value: unknown): AnswerProblem | undefined {
  if ((retiredQuestionIds as readonly string[]).includes(id)) {
    return {
      field: id,
      message: `answers: "${id}" is a retired question id and is no longer accepted`,
    }
  }
  if (!isQuestionId(id)) return { field: id, message: `answers: "${id}" is not a question id` }
  if (!isChoiceQuestion(id)) {
    const { unit, min, max } = numberQuestions[id]
    const what =
      id === 'contract-value' ? 'pounds (including VAT)' : unit === 'pounds' ? 'pounds' : 'months'
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      return { field: id, message: `${id} must be a whole number of ${what} from ${min} to ${max}` }
    }
    if (id === 'mod-max-term-months' && value === 0) {
      return {
        field: id,
        message: `${id} is 0: an extension needs a term to extend, so give the longest term as ${min} to ${max} months`,
      }
    }
    if (value < min || value > max) {
      return { field: id, message: `${id} must be from ${min} to ${max} ${unit}` }
    }
    return undefined
  }
  const options = optionsOf(id as ChoiceQuestionId)
  if (typeof value !== 'string' || !options.includes(value)) {
    return { field: id, message: `${id} must be one of: ${options.join(', ')}` }
  }
  return undefined
}

/** Checks a whole answer set; returns every problem found, in question order of the input. */
export function checkAnswers(answers: unknown): AnswerProblem[] {
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) {
    return [{ field: 'answers', message: 'answers must be an object of question id to option' }]
  }
  return Object.entries(answers).flatMap(([id, value]) => {
    const problem = checkAnswer(id, value)
    return problem ? [problem] : []
  })
}

/** The answers to the given questions only, in the order given. */
export function pickAnswers(answers: Answers, ids: readonly QuestionId[]): Answers {
  const picked: Answers = {}
  for (const id of ids) {
    if (answers[id] !== undefined) picked[id] = answers[id]
  }
  return picked
}
