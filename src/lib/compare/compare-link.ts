// The compare page's own link, apart from reading answers out of pasted links, so the layout's
// "Compare" link does not put the link parser into the start page's first load.
/** A comparison shows at most this many scenarios side by side. */
export const MAX_SCENARIOS = 4
const PARAM = 's'

/** The scenarios of a comparison, each a share link's query string, read from the compare URL. */
export function readCompareSet(search: string): string[] {
  return new URLSearchParams(search).getAll(PARAM).slice(0, MAX_SCENARIOS)
}

export function compareSetQuery(scenarios: string[]): string {
  const params = new URLSearchParams()
  for (const s of scenarios.slice(0, MAX_SCENARIOS)) params.append(PARAM, s)
  const text = params.toString()
  return text ? `?${text}` : ''
}
