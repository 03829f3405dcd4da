import type { RouteText } from './route-content'

/**
 * Added to every result reached through the Social Impact Bond branch (decision model,
 * section 2). The summary leads the result's own summary (section 6.2): the outcomes
 * contract, the three partners and the investor's role, then the route that buys it.
 */
export const sibNotes: { summary: string; nextSteps: string[]; risks: string[] } = {
  summary:
    'A Social Impact Bond is an outcomes contract with three partners. The commissioner sets the outcomes and pays when they are met, or another outcome payer does. A provider delivers the service. A social investor funds the provider up front and carries the risk if outcomes are missed. The toolkit reads it as a partnership of commissioner, provider and funder. On your answers, you buy it as follows.',
  nextSteps: [
    'Define each outcome, how it will be measured and verified, and what counts as success.',
    'With your finance team, set a price for each outcome, a cap on total payments and a payment schedule.',
    'Decide how you will show the service caused the outcomes, for example against a baseline or a comparison group.',
    'Agree the roles in writing: the commissioner sets and pays for outcomes, the provider delivers, and the investor funds the work and carries the risk.',
    'Agree governance, data sharing, and what happens if outcomes are missed or a partner withdraws.',
  ],
  risks: [
    'Loosely defined outcomes can pay for results that would have happened anyway, or push providers towards easier cases.',
    'Outcome payments can exceed your budget if results beat expectations, so set a cap.',
    'If the investor withdraws or the provider fails, people may lose support, so plan for continuity.',
    'Measuring and verifying outcomes takes time and money, so budget for it from the start.',
  ],
}

/**
 * The title and summary of a result reached with the SIB flag: they lead with the Social
 * Impact Bond, and the route's own words follow as the way to buy it.
 */
export function sibHeadline(text: Pick<RouteText, 'title' | 'summary'>): {
  title: string
  summary: string
} {
  return {
    title: `Social Impact Bond outcomes contract: ${text.title}`,
    summary: `${sibNotes.summary} ${text.summary}`,
  }
}
