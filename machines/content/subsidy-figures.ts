/**
 * Subsidy Control Act 2022 figures (read on legislation.gov.uk, legal-check.md §9). They are
 * fixed in the Act, not dated thresholds, and hold under every procurement regime, so grant,
 * asset and joint venture content and the grant questions share them.
 */
export const subsidyFigures = {
  /** s.36(1): Minimal Financial Assistance over the current and two previous financial years. */
  mfaLimit: 315_000,
  /** s.38(1): SPEI assistance over the same period. */
  speiLimit: 725_000,
  /** s.36(4) and s.38(4): above this, MFA and SPEI awards still go on the subsidy database. */
  transparencyFloor: 100_000,
} as const

/**
 * The period both limits count over, and what they count (SCA 2022 ss.36(1)-(2), 38(1)-(2),
 * 42(8)): the elapsed part of the current financial year and the two before it, adding up all
 * "minimal or SPEI financial assistance" the enterprise has had.
 */
export const assistancePeriod = 'this financial year so far and the two before it'
