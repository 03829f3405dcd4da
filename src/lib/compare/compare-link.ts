// The compare page's own link, apart from reading answers out of pasted links, so the layout's
// "Compare" link does not put the link parser into the start page's first load. In lib, as
// what-if adds to the comparison too.

/** A comparison shows at most this many scenarios side by side. */
export const MAX_SCENARIOS = 4
/** Each scenario's answers, as a share link's query string. */
const SCENARIO = 's'
/** Each scenario's name, in the same order; empty for a scenario without one. */
const NAME = 'n'
/** Long enough for "What if: …" and a question's answer, short enough for a column. */
export const MAX_NAME_LENGTH = 80

/** One column of a comparison: a share link's query string, and the name the room gave it. */
export type Scenario = { query: string; name: string }

/** The scenarios of a comparison, read from the compare URL. */
export function readCompareSet(search: string): Scenario[] {
  const params = new URLSearchParams(search)
  const names = params.getAll(NAME)
  return params
    .getAll(SCENARIO)
    .slice(0, MAX_SCENARIOS)
    .map((query, i) => ({ query, name: cleanName(names[i] ?? '') }))
}

/** The compare URL's query for a set of scenarios (a bare string is one without a name). */
export function compareSetQuery(scenarios: (Scenario | string)[]): string {
  const set = scenarios
    .slice(0, MAX_SCENARIOS)
    .map((s) => (typeof s === 'string' ? { query: s, name: '' } : s))
  const params = new URLSearchParams()
  for (const s of set) params.append(SCENARIO, s.query)
  // Names only when one is given, so a plain comparison keeps its short link.
  if (set.some((s) => s.name)) for (const s of set) params.append(NAME, cleanName(s.name))
  const text = params.toString()
  return text ? `?${text}` : ''
}

/** A name as typed, on one line and no longer than a column can show. */
export function cleanName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME_LENGTH)
}
