// Legal sentences that several routes show word for word, written once here (as
// common-references.ts does for references) so a correction reaches every route at once.

/** The 2015 Regulations' award decision notices and standstill (regs 86 and 87). */
export const pcrStandstillStep =
  'Send award decision notices with reasons and scores (reg 86), then wait for the standstill: 10 days where sent electronically (reg 87).'

/** The Scottish regulations' notice of decision to award and standstill (regs 85 and 86). */
export const pcsStandstillStep =
  'Send each bidder a notice of your decision to award (reg 85), then wait for the standstill: 10 days where notices go electronically (reg 86).'

/** A challenge under the Procurement Act before the contract is signed suspends the award. */
export const challengeBeforeSigningRisk =
  'An unsuccessful bidder can challenge the award in court, and a claim issued before you sign suspends the award automatically.'

/** A light touch award under the Procurement Act: award notice and voluntary standstill (ss.50-51). */
export const lightTouchAwardNotice =
  'Publish a contract award notice (s.50). Light touch contracts are exempt from the mandatory standstill, so set a voluntary standstill of at least 8 working days (s.51).'
