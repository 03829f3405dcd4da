import { type AnswerProblem, type Answers, checkAnswer } from '@machines/answers'
import { isKnownRuleset, RULESET_BEFORE_VERSIONING } from '@machines/earlier-ruleset'
import { isNumberQuestion, isQuestionId, type QuestionId, questionIds } from '@machines/questions'
import { ruleset as currentRuleset } from '@machines/ruleset'
import { checkCallOffTiming, checkStartDate } from '@machines/scenario'

/** Parameters in a link that are not answers. */
export const START_DATE = 'startDate'
export const RETURN_TO = 'return'
/** The ruleset the link was made under (decision model, section 9); it never affects routing. */
export const RULESET = 'ruleset'

/** Longer query strings are refused whole: no honest link needs more. */
export const MAX_QUERY_LENGTH = 4000

/** What kind of fault a link has, so the page can name it in its heading. */
export type LinkFault =
  | 'too-long'
  | 'double-encoded'
  | 'unknown-question'
  | 'bad-answer'
  | 'repeated'
  | 'start-date'

export type ParsedQuery = {
  answers: Answers
  startDate: string | undefined
  /** Where Continue goes when the path is complete again (set by Change links). */
  returnTo: 'check' | 'result' | undefined
  problems: AnswerProblem[]
  faults: LinkFault[]
  /** The ruleset the link was made under: a link that names none was made under 2026-11. */
  ruleset: string
  /**
   * An answer the current rules refuse in combination with others, taken out so the wizard
   * asks that question again with this message (section 9: a call-off under an Act framework
   * that began before the Act).
   */
  conflict: AnswerProblem | undefined
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
    faults: [],
    ruleset: RULESET_BEFORE_VERSIONING,
    conflict: undefined,
  }
  const fault = (kind: LinkFault, problem: AnswerProblem) => {
    parsed.problems.push(problem)
    if (!parsed.faults.includes(kind)) parsed.faults.push(kind)
  }
  let query = search.startsWith('?') ? search.slice(1) : search
  if (query.length > MAX_QUERY_LENGTH) {
    fault('too-long', { field: 'link', message: 'The link is too long to be a Route Finder link.' })
    return parsed
  }
  // Some email programs encode a link twice ("=" becomes "%3D"). Undo it once, say so,
  // and keep what can be read.
  if (!query.includes('=') && /%3D/i.test(query)) {
    try {
      query = decodeURIComponent(query)
      fault('double-encoded', {
        field: 'link',
        message:
          'The link was changed on its way to you (it was encoded twice). We read what we could.',
      })
    } catch {
      // Left as it is: the parameters below say what is wrong.
    }
  }
  const seen = new Set<string>()
  for (const [key, raw] of new URLSearchParams(query)) {
    if (key === '' && raw === '') continue
    if (seen.has(key)) {
      fault('repeated', { field: key, message: `"${key}" appears more than once in the link.` })
      continue
    }
    seen.add(key)
    if (key === START_DATE) {
      parsed.startDate = raw
      continue
    }
    if (key === RULESET) {
      if (isKnownRuleset(raw)) parsed.ruleset = raw
      else
        fault('bad-answer', {
          field: RULESET,
          message: `"${raw}" is not a ruleset this version of Route Finder knows.`,
        })
      continue
    }
    if (key === RETURN_TO) {
      if (raw === 'check' || raw === 'result') parsed.returnTo = raw
      continue
    }
    const value =
      isQuestionId(key) && isNumberQuestion(key) && /^\d+$/.test(raw) ? Number(raw) : raw
    const problem = checkAnswer(key, value)
    if (problem) fault(isQuestionId(key) ? 'bad-answer' : 'unknown-question', problem)
    else if (isQuestionId(key)) parsed.answers[key] = value
  }
  if (parsed.startDate !== undefined) {
    const dateProblems = checkStartDate(parsed.startDate, parsed.answers)
    for (const problem of dateProblems) fault('start-date', problem)
    if (dateProblems.length > 0) parsed.startDate = undefined
  }
  const [conflict] = checkCallOffTiming({ answers: parsed.answers, startDate: parsed.startDate })
  if (conflict) {
    delete parsed.answers[conflict.field as QuestionId]
    parsed.conflict = conflict
  }
  return parsed
}

/** Writes answers as a readable query string, in the model's question order. */
export function answerQuery(
  answers: Answers,
  extra: {
    startDate?: string | undefined
    returnTo?: 'check' | 'result' | undefined
    /** The ruleset to record; a link the app makes records the current one. */
    ruleset?: string | undefined
  } = {},
): string {
  const params = new URLSearchParams()
  for (const id of questionIds) {
    const value = answers[id]
    if (value !== undefined) params.set(id, String(value))
  }
  if (extra.startDate) params.set(START_DATE, extra.startDate)
  if (extra.returnTo) params.set(RETURN_TO, extra.returnTo)
  if (params.size > 0) params.set(RULESET, extra.ruleset ?? currentRuleset.version)
  const text = params.toString()
  return text ? `?${text}` : ''
}
