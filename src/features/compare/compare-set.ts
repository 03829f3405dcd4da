import { type ParsedQuery, parseAnswerQuery } from '@/lib/answers/answer-query'

export { compareSetQuery, MAX_SCENARIOS, readCompareSet } from './compare-link'

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
  if (parsed.problems.length > 0) {
    return { ok: false, message: `That link has a problem: ${parsed.problems[0]?.message}` }
  }
  if (Object.keys(parsed.answers).length === 0) {
    return { ok: false, message: 'That link holds no answers. Copy the link of a result page.' }
  }
  return { ok: true, query, parsed }
}
