/**
 * Added to every result reached through the Social Impact Bond branch. Kept short: the
 * summary is appended to the route's own summary.
 */
export const sibNotes: { summary: string; nextSteps: string[]; risks: string[] } = {
  summary:
    'A Social Impact Bond pays for results. An investor funds the provider up front, and the commissioner, or another outcome payer, pays when agreed outcomes are met. The toolkit reads it as a partnership of commissioner, provider and funder.',
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
