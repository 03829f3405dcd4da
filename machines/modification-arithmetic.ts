/**
 * The arithmetic of a change to an existing contract (decision model, section 8.5.1), in
 * whole pounds and whole months. Every limit is a percentage, and every comparison is made
 * by cross-multiplying, never by rounding a percentage: "Vc is at most 10% of Vnow" is
 * tested as Vc × 100 ≤ 10 × Vnow. The products are taken in BigInt, so no figure the
 * answers allow (up to 10^12 pounds, 1,200 months) can lose a pound to floating point.
 * The wording of each limit decides its boundary, and each function below says which.
 */

/** The fixed figures written into the legislation: not thresholds, so never revised with them. */
export const modificationLimits = {
  /** PA 2023 s.74(3)(a): a term change of more than 10% of the maximum term is substantial. */
  termPercent: 10,
  /** PA 2023 s.74(4)(a), PCR and PCS Regs reg 72(5): 10% of the value, 15% for works. */
  minorPercent: 10,
  minorPercentWorks: 15,
  /** PA 2023 Sch 8 paras 4, 5 and 8; PCR and PCS Regs reg 72(2)(a): 50% of the value. */
  halfPercent: 50,
  /** PA 2023 s.77(2)(b): the modified contract is published when its value is more than £5m. */
  publicationPounds: 5_000_000,
  /** The Provider Selection Regimes: £500,000 and 25% of the lifetime value (reg 13(2)(b)). */
  psrPounds: 500_000,
  psrPercent: 25,
} as const

/** The figures the person gives, in whole pounds and months. */
export type ChangeFigures = {
  /** V0: the contract's estimated value at award. */
  original: number
  /** Ve: what earlier changes have added since award. */
  earlier: number
  /** Vc: what this change adds. */
  change: number
}

/** Vnow: the value just before this change. */
export const valueNow = (f: ChangeFigures) => f.original + f.earlier
/** Vnew: the value after this change. */
export const valueAfter = (f: ChangeFigures) => f.original + f.earlier + f.change
/** Vcum: every change since award, this one included. */
export const allChanges = (f: ChangeFigures) => f.earlier + f.change

const big = (n: number) => BigInt(n)

/** part is at most pct% of whole ("not more than": exactly pct% passes). */
export function atMostPercent(part: number, whole: number, pct: number): boolean {
  return big(part) * 100n <= big(pct) * big(whole)
}

/** part is below pct% of whole ("less than": exactly pct% fails). */
export function belowPercent(part: number, whole: number, pct: number): boolean {
  return big(part) * 100n < big(pct) * big(whole)
}

/** The cap on a below-threshold or de minimis change: 10%, or 15% for a works contract. */
export const minorCap = (works: boolean) =>
  works ? modificationLimits.minorPercentWorks : modificationLimits.minorPercent

/**
 * PA 2023 s.74(3)(a): the extension is at most 10% of the maximum term provided for on award
 * (10% exactly is not substantial). No extension at all is 0%.
 */
export function termWithinTenth(extensionMonths: number, maxTermMonths: number): boolean {
  return atMostPercent(extensionMonths, maxTermMonths, modificationLimits.termPercent)
}

/**
 * PA 2023 s.74(4)(a)-(b), below-threshold modification: this change adds at most 10% (15%
 * for works) of Vnow, and all changes together are less than the threshold (T exactly fails).
 */
export function belowThresholdModification(
  f: ChangeFigures,
  threshold: number,
  works: boolean,
): boolean {
  return atMostPercent(f.change, valueNow(f), minorCap(works)) && allChanges(f) < threshold
}

/**
 * PCR and PCS Regs reg 72(5)-(6), de minimis: all changes together are below both the
 * threshold and 10% (15% for works) of the initial value (10% exactly fails).
 */
export function deMinimis(f: ChangeFigures, threshold: number, works: boolean): boolean {
  return allChanges(f) < threshold && belowPercent(allChanges(f), f.original, minorCap(works))
}

/** PA 2023 Sch 8 paras 4, 5 and 8: this change adds at most 50% of Vnow (50% exactly passes). */
export function withinHalfUnderAct(f: ChangeFigures): boolean {
  return atMostPercent(f.change, valueNow(f), modificationLimits.halfPercent)
}

/** PCR and PCS Regs reg 72(1)(b)-(c), (2)(a): this change adds at most 50% of V0. */
export function withinHalfUnderRegulations(f: ChangeFigures): boolean {
  return atMostPercent(f.change, f.original, modificationLimits.halfPercent)
}

/**
 * The Provider Selection Regimes, a change attributable to the authority's decision: all
 * changes together are below £500,000 or below 25% of the lifetime value. The change fails
 * only when it reaches both.
 */
export function withinPsrLimits(f: ChangeFigures): boolean {
  const cum = allChanges(f)
  return (
    cum < modificationLimits.psrPounds ||
    belowPercent(cum, f.original, modificationLimits.psrPercent)
  )
}

/** The Provider Selection Regimes' notice of a modification: all changes reach £500,000. */
export const psrNoticeDue = (f: ChangeFigures) => allChanges(f) >= modificationLimits.psrPounds

/** PA 2023 s.77(2)(b): the modified contract is worth more than £5 million (£5m exactly is not). */
export const publishesModification = (f: ChangeFigures) =>
  valueAfter(f) > modificationLimits.publicationPounds

/** PA 2023 s.75(2): the contract change notice exemption (this model needs both limbs). */
export function exemptFromChangeNotice(
  f: ChangeFigures,
  works: boolean,
  extensionMonths: number,
  maxTermMonths: number,
): boolean {
  return (
    atMostPercent(f.change, valueNow(f), minorCap(works)) &&
    termWithinTenth(extensionMonths, maxTermMonths)
  )
}
