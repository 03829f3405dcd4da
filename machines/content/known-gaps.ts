/**
 * What the ruleset does not model yet for new awards (decision model, section 7.1), most often
 * met first. Shown on its own page, linked from the start page and every result, so nobody
 * mistakes the tool's silence for an answer. Each entry says what to do instead.
 *
 * The last entry stands for the changes journey (section 8), which is its own issue: it goes
 * when that journey lands, and section 7.2's gaps then take its place.
 */
export const knownGaps: readonly { title: string; detail: string }[] = [
  {
    title: 'Personal health budgets paid as direct payments',
    detail:
      'Whether a person who buys their own health care with a personal health budget paid as a direct payment is outside the Provider Selection Regime has not been confirmed. The tool does not say so. Check with your legal team.',
  },
  {
    title: 'A devolved Scottish body calling off a framework set up under the 2015 Regulations',
    detail:
      'The tool gives the route and the framework’s rules, but not which procedure governs your call-off. Check the framework’s terms and take legal advice before you award.',
  },
  {
    title: 'Reserving lower-value competitions by location in Wales and Northern Ireland',
    detail:
      'No rule letting Welsh councils reserve a below-threshold competition to local or UK suppliers has been confirmed, and the Northern Ireland position is not covered. Take legal advice before you limit where bidders are based.',
  },
  {
    title: 'Works contracts',
    detail:
      'The questions cover services, not building or civil engineering works, including works that a public body subsidises. Works have their own thresholds and rules, so take advice from your procurement team.',
  },
  {
    title: 'Concessions for health care services',
    detail:
      'The health care questions do not ask whether the provider will be paid mainly by users. Check the Provider Selection Regime and the concession rules with your legal team.',
  },
  {
    title: 'Direct awards to protect life, health or public safety',
    detail:
      'The Procurement Act 2023 lets ministers make regulations allowing direct awards in such cases (s.42). The tool does not cover them: check whether any are in force.',
  },
  {
    title: 'Changes to and extensions of existing contracts',
    detail:
      'Whether you can modify or extend a contract you already have is governed by separate rules. The tool only looks at new awards.',
  },
]
