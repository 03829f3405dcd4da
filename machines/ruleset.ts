/** The version of the decision rules and the day their legal facts were last checked. */
export const ruleset = {
  version: '2027-01',
  checked: '2026-12-02',
} as const

export type Ruleset = typeof ruleset
