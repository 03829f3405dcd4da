// The house style for the words the app shows, checked in one place: one way to count words and
// split sentences, and the limits every result's text keeps. Tests apply it to every reachable
// result; the route files themselves never call it.
import { plainWords } from './plan-link'
import type { RouteText } from './route-content'

/** The limits of the house style. */
export const copyStyle = {
  /** Words in a sentence, anywhere. */
  sentenceWords: 30,
  /** Words in a route's summary paragraph. */
  summaryWords: { min: 80, max: 150 },
  /** Risks and next steps of one result. */
  risks: { min: 3, max: 5 },
  nextSteps: { min: 4, max: 8 },
} as const

/** Words are runs of characters between white space. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}

/**
 * Sentences end at ".", "?" or "!" followed by white space or the end of the text, so a
 * citation such as "s.12" or "reg 5(1)" stays inside its sentence.
 */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.?!])\s+/)
    .map((s) => s.trim())
    .filter(Boolean)
}

/** The sentences of a text longer than the limit (none when the text keeps the style). */
export function longSentences(text: string, max: number = copyStyle.sentenceWords): string[] {
  return sentencesOf(text).filter((s) => wordCount(s) > max)
}

/** Every way a result's text breaks the house style, as readable problems (none when it keeps it). */
export function copyStyleProblems(text: RouteText): string[] {
  const problems: string[] = []
  const within = (what: string, n: number, { min, max }: { min: number; max: number }) => {
    if (n < min || n > max) problems.push(`${what}: ${n}, expected ${min} to ${max}`)
  }
  if (text.title.trim() === '') problems.push('title: empty')
  within('summary words', wordCount(text.summary), copyStyle.summaryWords)
  if (text.summary.includes('\n')) problems.push('summary: more than one paragraph')
  within('risks', text.risks.length, copyStyle.risks)
  within('next steps', text.nextSteps.length, copyStyle.nextSteps)
  if (new Set(text.nextSteps).size !== text.nextSteps.length) problems.push('next steps: repeated')
  if (text.references.length === 0) problems.push('references: none')
  for (const r of text.references)
    if (r.label.trim() === '' || r.citation.trim() === '')
      problems.push(`reference without a label or citation: ${r.citation}`)
  // A next step is read as its words: a plan link's step id is not copy (issue 17).
  const steps = text.nextSteps.map(plainWords)
  for (const s of steps)
    if (s.includes('(plan:')) problems.push(`next steps: a plan link that does not read: ${s}`)
  for (const block of [text.summary, ...text.risks, ...steps])
    for (const s of longSentences(block))
      problems.push(`sentence over ${copyStyle.sentenceWords} words: ${s}`)
  return problems
}
