import { type AnswerProblem, type Answers, checkAnswer } from '@machines/answers'
import { isQuestionId, questionIds } from '@machines/questions'
import { checkStartDate } from '@machines/scenario'

/** Parameters in a link that are not answers. */
export const START_DATE = 'startDate'
export const RETURN_TO = 'return'

/** Longer query strings are refused whole: no honest link needs more. */
export const MAX_QUERY_LENGTH = 4000

export type ParsedQuery = {
  answers: Answers
  startDate: string | undefined
  /** Where Continue goes when the path is complete again (set by Change links). */
  returnTo: 'check' | 'result' | undefined
  problems: AnswerProblem[]
}

/**
 * Reads answers from a link's query string. The single place links are parsed: every
 * value is checked against the model, bad ones are dropped and reported, good ones kept.
 */
export function parseAnswerQuery(search: string): ParsedQuery {
  const parsed: ParsedQuery = {
    answers: {},
    startDate: undefined,
    returnTo: undefined,
    problems: [],
  }
  const query = search.startsWith('?') ? search.slice(1) : search
  if (query.length > MAX_QUERY_LENGTH) {
    parsed.problems.push({
      field: 'link',
      message: 'The link is too long to be a Route Finder link.',
    })
    return parsed
  }
  let params: URLSearchParams
  try {
    params = new URLSearchParams(query)
  } catch {
    parsed.problems.push({ field: 'link', message: 'The link could not be read.' })
    return parsed
  }
  const seen = new Set<string>()
  for (const [key, raw] of params) {
    if (seen.has(key)) {
      parsed.problems.push({ field: key, message: `"${key}" appears more than once in the link.` })
      continue
    }
    seen.add(key)
    if (key === START_DATE) {
      parsed.startDate = raw
      continue
    }
    if (key === RETURN_TO) {
      if (raw === 'check' || raw === 'result') parsed.returnTo = raw
      continue
    }
    const value = key === 'contract-value' && /^\d+$/.test(raw) ? Number(raw) : raw
    const problem = checkAnswer(key, value)
    if (problem) parsed.problems.push(problem)
    else if (isQuestionId(key)) parsed.answers[key] = value
  }
  if (parsed.startDate !== undefined) {
    const dateProblems = checkStartDate(parsed.startDate, parsed.answers)
    if (dateProblems.length > 0) {
      parsed.problems.push(...dateProblems)
      parsed.startDate = undefined
    }
  }
  return parsed
}

/** Writes answers as a readable query string, in the model's question order. */
export function answerQuery(
  answers: Answers,
  extra: { startDate?: string | undefined; returnTo?: 'check' | 'result' | undefined } = {},
): string {
  const params = new URLSearchParams()
  for (const id of questionIds) {
    const value = answers[id]
    if (value !== undefined) params.set(id, String(value))
  }
  if (extra.startDate) params.set(START_DATE, extra.startDate)
  if (extra.returnTo) params.set(RETURN_TO, extra.returnTo)
  const text = params.toString()
  return text ? `?${text}` : ''
}
