import { type ParsedQuery, parseAnswerQuery } from '@/lib/answers/answer-query'
import { plainProblem } from '@/lib/answers/plain-problem'

export {
  compareSetQuery,
  MAX_SCENARIOS,
  readCompareSet,
  type Scenario,
} from '@/lib/compare/compare-link'

const NOT_A_LINK =
  'That is not a Route Finder link. Copy the address of a result page and paste it here.'
const NO_ANSWERS = 'That link holds no answers. Copy the link of a result page.'

/**
 * Takes whatever was pasted (a full share link, a path with a query, or a bare query)
 * and returns its answers' query string, or a message saying why it cannot be used.
 */
export function scenarioFromLink(
  link: string,
): { ok: true; query: string; parsed: ParsedQuery } | { ok: false; message: string } {
  const text = link.trim()
  if (!text) return { ok: false, message: 'Enter a Route Finder link' }
  const at = text.indexOf('?')
  const looksLikeAddress = text.includes('://') || text.startsWith('/')
  const query = at >= 0 ? (text.slice(at + 1).split('#')[0] ?? '') : looksLikeAddress ? '' : text
  const parsed = parseAnswerQuery(query)
  const nothingKnown =
    Object.keys(parsed.answers).length === 0 && parsed.faults.every((f) => f === 'unknown-question')
  if (nothingKnown && parsed.problems.length > 0) {
    return { ok: false, message: NOT_A_LINK }
  }
  if (parsed.problems.length > 0) {
    const [first] = parsed.problems
    return {
      ok: false,
      message: `That link cannot be added. ${first ? plainProblem(first) : ''}`.trim(),
    }
  }
  if (Object.keys(parsed.answers).length === 0) {
    return { ok: false, message: NO_ANSWERS }
  }
  return { ok: true, query, parsed }
}
