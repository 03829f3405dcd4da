/**
 * A link from content text to a step of the procurement plan (issue 17, "One source for
 * notices and periods"): `[words](plan:step-id)`. Next steps name the plan's step with it
 * instead of restating a period, so the plan stays the one place periods are counted. The app
 * draws the words as a link to the step's row; every export keeps the words only.
 */

/** A run of plain words, or words that name a plan step. */
export type PlanLinkSegment = { text: string } | { text: string; step: string }

// Words without brackets, then a step id as the plan library spells them (`pa.standstill.mandatory`).
const TOKEN = /\[([^\]]+)\]\(plan:([a-z0-9]+(?:[.-][a-z0-9]+)*)\)/g

/** The text cut into plain runs and plan links, in order; empty runs are left out. */
export function parsePlanLinks(text: string): PlanLinkSegment[] {
  const segments: PlanLinkSegment[] = []
  let from = 0
  for (const match of text.matchAll(TOKEN)) {
    const [whole, words = '', step = ''] = match
    if (match.index > from) segments.push({ text: text.slice(from, match.index) })
    segments.push({ text: words, step })
    from = match.index + whole.length
  }
  if (from < text.length) segments.push({ text: text.slice(from) })
  return segments
}

/** The text as a reader of an export sees it: each link's words, without the step id. */
export const plainWords = (text: string): string =>
  parsePlanLinks(text)
    .map((s) => s.text)
    .join('')

/** The step ids the text links to, in order. */
export const linkedSteps = (text: string): string[] =>
  parsePlanLinks(text).flatMap((s) => ('step' in s ? [s.step] : []))

/** Writes a link: the one place the token's form is spelled out for content files. */
export const planLink = (words: string, step: string): string => `[${words}](plan:${step})`
