// Legal sentences that several routes show word for word, written once here (as
// common-references.ts does for references) so a correction reaches every route at once.

/** The 2015 Regulations' award decision notices and standstill (regs 86 and 87). */
export const pcrStandstillStep =
  // Issue 17: next steps name the plan's steps; the plan counts the standstill.
  'Send [award decision notices](plan:pcr.reg86) with reasons and scores (reg 86), then wait for [the standstill to end](plan:pcr.standstill) (reg 87).'

/** The Scottish regulations' notice of decision to award and standstill (regs 85 and 86). */
export const pcsStandstillStep =
  // Issue 17: next steps name the plan's steps; the plan counts the standstill.
  'Send each bidder [a notice of your decision to award](plan:pcs.reg85) (reg 85), then wait for [the standstill to end](plan:pcs.standstill) (reg 86).'

/** A challenge under the Procurement Act before the contract is signed suspends the award. */
export const challengeBeforeSigningRisk =
  'An unsuccessful bidder can challenge the award in court, and a claim issued before you sign suspends the award automatically.'

/** A light touch award under the Procurement Act: award notice and voluntary standstill (ss.50-51). */
export const lightTouchAwardNotice =
  // Issue 17: next steps name the plan's steps; the plan counts the voluntary standstill.
  'Publish a [contract award notice](plan:pa.uk6) (s.50). Light touch contracts are exempt from the mandatory standstill, so set [a voluntary standstill](plan:pa.standstill.voluntary) (s.51).'

/** Under the 2015 Regulations: a procurement they still govern runs to the end under them. */
export const pcrStillGovernsSentence =
  'Your procurement began before 24 February 2025, so it runs to the end under the Public Contracts Regulations 2015.'

/** A conflict of interest among evaluators, a risk of every competition. */
export const evaluatorConflictRisk =
  'Anyone evaluating tenders who has links to a bidder must declare them, because an unmanaged conflict of interest can taint the award.'

/** Under the Procurement Act: assessment against the published criteria and the summaries (s.50(3)). */
export const assessmentSummaryStep =
  'Assess tenders against the published criteria, and send each bidder an assessment summary before you publish the award (s.50(3)).'

/** Under the Scottish regulations: a challenge in the courts, for the standard and light touch competitions. */
export const pcsChallengeRisk =
  'An unsuccessful bidder can challenge the award in the courts, so follow the procedure you advertised and record the reasons for each decision.'

/** Under the Scottish regulations: a challenge in the courts, for the alliance and innovation partnership routes. */
export const pcsPartnershipChallengeRisk =
  'An unsuccessful bidder can challenge the award in the courts, so follow the procedure you advertised and record your reasons.'

/** Under the Scottish regulations: preliminary market consultation (reg 41). */
export const pcsMarketConsultationStep =
  'Consider preliminary market consultation with providers (reg 41), keeping a record of what you share with them.'

/** Under the Scottish regulations: evaluation against the published criteria. */
export const pcsEvaluationStep =
  'Evaluate tenders against the published criteria, recording each decision and any conflict of interest declarations.'

/** Under the Scottish regulations: signing after the standstill, then the award notice. */
export const pcsSignAndPublishStep =
  'Sign after the standstill ends, then publish a contract award notice on Public Contracts Scotland.'
