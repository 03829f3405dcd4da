// A concession: the provider is paid mainly by users and carries a real operating risk (decision
// model 3.3, 5.1 and 6.2). Provisions read on legislation.gov.uk for the 2026-12-02 check: PA 2023
// ss.8, 20, 34(7), 45(8)(a), 50-53, Sch 2 para 37, Sch 3 para 3; the Concession Contracts
// Regulations 2016 regs 1(2), 3, 9, 18, 19, 30-41, 47-48, 56, and their saving in SI 2024/716
// reg 7 (a concession notice or prior information notice submitted, or the contract awarded,
// before 24 February 2025); the Concession Contracts (Scotland) Regulations 2016 regs 3, 8, 20,
// 21, 33-35, 42, 44, 49-50. The threshold itself is dated data (thresholds.ts) read from the context.
import { isDevolvedWelshAuthority } from '../../devolved-welsh-authority'
import { isBelowThreshold } from '../../threshold'
import { pa2023 } from '../common-references'
import { challengeBeforeSigningRisk, lightTouchAwardNotice } from '../common-sentences'
import {
  conflictsAssessmentReference,
  conflictsAssessmentStep,
  largeContractReferences,
  largeContractSteps,
} from '../contract-duties'
import { PA } from '../legislation'
import { formatPounds } from '../money'
import { ref } from '../reference'
import {
  byRegime,
  type Reference,
  type RouteContent,
  type RouteContext,
  type RouteText,
} from '../route-content'
import { throughSell2Wales, welshDigitalPlatformReference } from '../welsh-notices'
import { byVariant } from './light-touch-variant'

// Issue 17: next steps name the plan's steps: the plan counts the periods these next steps link to.

/** The Concession Contracts Regulations 2016 and their Scottish counterpart on legislation.gov.uk. */
const CCR = 'https://www.legislation.gov.uk/uksi/2016/273'
const CCS = 'https://www.legislation.gov.uk/ssi/2016/65'

const paidByUsers =
  'You told us the provider will be paid mainly by the people who use the service, and will carry the risk that this income may not cover its costs.'

/**
 * Where the provider's expected income sits against the concession threshold the context carries
 * (the machine measures a concession against it: decision model 3.3).
 */
function concessionValueSentence(ctx: RouteContext): string {
  const t = ctx.threshold
  const v = ctx.contractValue
  if (!t || v === undefined)
    return 'You told us what the provider expects to receive over the term, from users and from you, is at or above the concession threshold.'
  if (isBelowThreshold(v, t))
    return `At ${formatPounds(v)}, the provider’s expected income is below the ${formatPounds(t.amount)} concession threshold, so check the value before relying on this route.`
  // The resultNotes say which figure is unconfirmed and what to check it against.
  const check = t.unconfirmed ? ' That figure is not yet confirmed, so check it.' : ''
  return `At ${formatPounds(v)}, the provider’s expected income over the term, from users and from you, is at or above the ${formatPounds(t.amount)} concession threshold.${check}`
}

const guaranteeRisk =
  'If you guarantee the provider’s income or cover its losses, it carries no real operating risk: the contract is then an ordinary one, under the lower services threshold.'
const termRisk =
  'A long term can lock in a poor deal and shut out competitors, so match it to the time needed to recover the investment and review performance regularly.'

const involveStep =
  'Involve your finance, legal and procurement teams. Record why the provider carries a real operating risk: what it could lose, and why you do not guarantee its income.'

/* ------------------------------------------------------------ Procurement Act 2023 */

function paText(ctx: RouteContext, lightTouch: boolean): RouteText {
  const wales = isDevolvedWelshAuthority(ctx)
  const tenderNotice = wales
    ? `Choose the open or a competitive flexible procedure (s.20). Then ${throughSell2Wales('tender notice (s.21)')}. Submit your later notices the same way.`
    : 'Choose the open or a competitive flexible procedure (s.20) and publish a tender notice on Find a Tender, the central digital platform (s.21).'
  // A concession has no KPI duty (s.52(6)(c)); over £5m the copy of the contract (s.53(3)) remains.
  const copy = largeContractSteps(ctx, lightTouch, false)
  return {
    title: lightTouch ? 'Concession contract for light touch services' : 'Concession contract',
    summary: [
      paidByUsers,
      'That makes it a concession contract under the Procurement Act 2023 (s.8). Part of the provider’s reward is the right to run the service, at a real operating risk.',
      concessionValueSentence(ctx),
      'You award it by the open or a competitive flexible procedure, after a tender notice.',
      'It cannot be awarded under a framework or dynamic market, and needs no key performance indicators.',
      lightTouch
        ? 'As a light touch contract it has no minimum time periods and no mandatory standstill, so a voluntary standstill is advised.'
        : 'You commit to a tender notice, a contract award notice and a mandatory standstill of 8 working days before you sign.',
    ].join(' '),
    references: [
      ref('pa-2023', 'Concession contracts', 'Procurement Act 2023, s.8', `${PA}/section/8`),
      ref(
        'pa-2023',
        'Estimating the value of a concession: everything the provider could receive',
        'Procurement Act 2023, Schedule 3, paragraph 3',
        `${PA}/schedule/3`,
      ),
      ref(
        'pa-2023',
        lightTouch
          ? 'Threshold for a light touch contract that is a concession contract'
          : 'Threshold for a concession contract',
        'Procurement Act 2023, Schedule 1',
        `${PA}/schedule/1`,
      ),
      ...(lightTouch ? [pa2023.lightTouchContracts] : []),
      ref(
        'pa-2023',
        'Competitive tendering procedures: open and competitive flexible',
        'Procurement Act 2023, s.20',
        `${PA}/section/20`,
      ),
      pa2023.tenderNotice,
      ...(wales ? [welshDigitalPlatformReference] : []),
      pa2023.preliminaryMarketEngagement,
      conflictsAssessmentReference,
      ref(
        'pa-2023',
        'No award of a concession under a framework or by reference to a dynamic market',
        'Procurement Act 2023, ss.34(7) and 45(8)(a)',
        `${PA}/section/45`,
      ),
      ref(
        'pa-2023',
        'No key performance indicator duty for a concession contract',
        'Procurement Act 2023, s.52(6)(c)',
        `${PA}/section/52`,
      ),
      ref(
        'pa-2023',
        'Concessions for public passenger transport services are exempted',
        'Procurement Act 2023, Schedule 2, paragraph 37',
        `${PA}/schedule/2`,
      ),
      pa2023.contractAwardNotice,
      lightTouch ? pa2023.lightTouchStandstill : pa2023.mandatoryStandstill,
      ...largeContractReferences(ctx, lightTouch, false),
      lightTouch ? pa2023.lightTouchContractDetailsNotice : pa2023.contractDetailsNotice,
    ],
    risks: [
      guaranteeRisk,
      'Value the concession as everything the provider could receive, from users, from you and from others, including extensions (Sch 3 para 3); understating it puts the award at risk.',
      termRisk,
      challengeBeforeSigningRisk,
    ],
    nextSteps: [
      `${involveStep} Check too that it is not a public passenger transport concession, which the Act exempts (Sch 2 para 37).`,
      'Test whether operators will take on the demand risk. If you engage them first (s.16), publish a preliminary market engagement notice (s.17) before the tender notice, or give reasons in it.',
      `${conflictsAssessmentStep('tender notice')} ${tenderNotice}`,
      'Assess tenders against the published criteria, and send each bidder an assessment summary before you publish the award (s.50(3)).',
      lightTouch
        ? lightTouchAwardNotice
        : 'Publish a [contract award notice](plan:pa.uk6) (s.50), then wait for [the mandatory standstill to end](plan:pa.standstill.mandatory) (s.51) before you sign.',
      'Sign, then publish a [contract details notice](plan:pa.uk7) by its deadline (s.53).',
      ...copy,
    ],
  }
}

/* ---------------------------------- Concession Contracts Regulations 2016 (pcr-2015) */

function ccrRef(label: string, regs: string, reg: number): Reference {
  return ref(
    'ccr-2016',
    label,
    `Concession Contracts Regulations 2016, ${regs}`,
    `${CCR}/regulation/${reg}`,
  )
}

function pcrText(ctx: RouteContext, lightTouch: boolean): RouteText {
  return {
    title: lightTouch
      ? 'Concession for social and other specific services (Concession Contracts Regulations 2016)'
      : 'Concession contract (Concession Contracts Regulations 2016)',
    summary: [
      paidByUsers,
      'Your procurement began before 24 February 2025, so the Concession Contracts Regulations 2016 still govern it.',
      concessionValueSentence(ctx),
      lightTouch
        ? 'For social and other specific services, only the rules on notices, award decisions, standstill and remedies apply (reg 19).'
        : 'You organise the award procedure yourself, within the rules on notices, time limits, selection and award criteria (regs 30 to 41).',
      ...(ctx.reservedBodyInScotland
        ? [
            'These Regulations do not extend to Scotland (reg 1(2)): check which rules governed your procurement.',
          ]
        : []),
      'You commit to sending award decision notices and waiting for a standstill of at least 10 days before you sign.',
    ].join(' '),
    references: [
      ccrRef('Concession contracts and operating risk', 'reg 3', 3),
      ccrRef(
        'Threshold and value: the operator’s total turnover, including fees paid by users',
        'reg 9',
        9,
      ),
      ...(lightTouch
        ? [ccrRef('Concessions for social and other specific services', 'reg 19', 19)]
        : [
            ccrRef('Concession notices', 'reg 31', 31),
            ccrRef('Time limits for applications and tenders', 'reg 39', 39),
            ccrRef('Duration of a concession over 5 years', 'reg 18', 18),
          ]),
      ccrRef('Concession award notices within 48 days', 'reg 32', 32),
      ccrRef('Award decision notices and the standstill period', 'regs 47-48', 47),
      ccrRef('A claim issued before the contract is made suspends it', 'reg 56', 56),
      ...(ctx.reservedBodyInScotland
        ? [ccrRef('The Regulations do not extend to Scotland', 'reg 1(2)', 1)]
        : []),
      ref(
        'pa-2023-transitional',
        'When the 2016 Regulations still govern a concession: a notice submitted, or the contract awarded, before 24 February 2025',
        'SI 2024/716, reg 7',
        'https://www.legislation.gov.uk/uksi/2024/716/regulation/7',
      ),
    ],
    risks: [
      guaranteeRisk,
      'Value the concession as the operator’s total turnover over the term, including fees paid by users and payments from you (reg 9); understating it puts the award at risk.',
      lightTouch
        ? 'Whether a light touch concession is exempt from the standstill is not settled, so the cautious course is to observe it.'
        : termRisk,
      'A bidder can challenge the award; a claim issued before you sign stops you signing until the court decides (reg 56).',
    ],
    nextSteps: [
      'Confirm that, before 24 February 2025, you submitted the concession notice or prior information notice for publication, or awarded the contract (SI 2024/716, reg 7). Record which, with its date.',
      'If neither happened, the Procurement Act 2023 governs: begin again under the Act, as a concession contract, rather than take a new step under the 2016 Regulations.',
      involveStep,
      lightTouch
        ? 'Run the fair process your prior information notice described (reg 31(3)). Regulation 19 applies no other procedural rules, so record each decision.'
        : 'Run the procedure your concession notice announced, allowing at least [the minimum time for applications](plan:pcr.conc.application-deadline) (reg 39). Keep a term over 5 years to the time needed to recoup the investment with a return (reg 18).',
      'Send each candidate and tenderer [an award decision notice](plan:pcr.conc.reg47) giving the end of the standstill (reg 47). Then wait for [the standstill to end](plan:pcr.conc.standstill) (reg 48).',
      lightTouch
        ? 'Sign after the standstill, then send [a concession award notice](plan:pcr.conc.award-notice) for publication by its deadline, or group them each quarter (reg 32).'
        : 'Sign after the standstill, then send [a concession award notice](plan:pcr.conc.award-notice) for publication by its deadline (reg 32(1)).',
    ],
  }
}

/* --------------------------- Concession Contracts (Scotland) Regulations 2016 (pcr-scotland-2015) */

function ccsRef(label: string, regs: string, reg: number): Reference {
  return ref(
    'ccr-scotland-2016',
    label,
    `Concession Contracts (Scotland) Regulations 2016, ${regs}`,
    `${CCS}/regulation/${reg}`,
  )
}

function pcsText(ctx: RouteContext, lightTouch: boolean): RouteText {
  return {
    title: lightTouch
      ? 'Concession for social and other specific services (Scotland)'
      : 'Concession contract (Scotland)',
    summary: [
      paidByUsers,
      'As a devolved Scottish body, you award it under the Concession Contracts (Scotland) Regulations 2016, not the Public Contracts (Scotland) Regulations 2015.',
      concessionValueSentence(ctx),
      lightTouch
        ? 'For social and other specific services, only the prior information notice, the award notice, and the rules on award decisions, standstill and remedies apply (reg 21).'
        : 'You publish a concession notice, allow at least 30 days for applications and award on the criteria you published.',
      'You commit to sending a notice of your decision to award and waiting for a standstill of at least 10 days before you sign.',
    ].join(' '),
    references: [
      ccsRef('Concession contracts and operating risk', 'reg 3', 3),
      ccsRef(
        'Threshold and value: the operator’s total turnover, including fees paid by users',
        'reg 8',
        8,
      ),
      ...(lightTouch
        ? [ccsRef('Concessions for social and other specific services', 'reg 21', 21)]
        : [
            ccsRef('Duration of a concession over 5 years', 'reg 20', 20),
            ccsRef('Time limits for applications and tenders', 'reg 42', 42),
            ccsRef('Concession award criteria', 'reg 44', 44),
          ]),
      ccsRef('Concession notices and prior information notices', 'reg 33', 33),
      ccsRef('Concession award notices within 48 days', 'reg 34', 34),
      ccsRef('Notice of the decision to award and the standstill period', 'regs 49-50', 49),
    ],
    risks: [
      guaranteeRisk,
      'Value the concession as the operator’s total turnover over the term, including fees paid by users and payments from you (reg 8); understating it puts the award at risk.',
      lightTouch
        ? 'Whether a light touch concession is exempt from the standstill is not settled, so the cautious course is to observe it.'
        : termRisk,
      'An unsuccessful bidder can challenge the award in the courts, so follow the process you advertised and record the reasons for each decision.',
    ],
    nextSteps: [
      involveStep,
      'Test the market first, so the demand and the risk you transfer are realistic, and keep a record of what you share with operators.',
      lightTouch
        ? 'Publish a prior information notice about the concession (reg 33(3)). Regulation 21 applies no other procedural rules, so run a fair, proportionate process and record each decision.'
        : 'Submit a concession notice for publication (regs 33 and 35), and allow at least [the minimum time for applications](plan:pcs.conc.application-deadline) (reg 42).',
      ...(lightTouch
        ? []
        : [
            'Award on the criteria you published (reg 44). Keep a term over 5 years to the time needed to recoup the investment with a return (reg 20).',
          ]),
      'Send each candidate and tenderer [a notice of your decision to award](plan:pcs.conc.reg49) (reg 49). Then wait for [the standstill to end](plan:pcs.conc.standstill) (reg 50).',
      lightTouch
        ? 'Sign after the standstill, then submit [a concession award notice](plan:pcs.conc.award-notice) by its deadline, or group them each quarter (reg 34).'
        : 'Sign after the standstill, then submit [a concession award notice](plan:pcs.conc.award-notice) by its deadline (reg 34).',
    ],
  }
}

export const concessionContract: RouteContent = {
  id: 'concession-contract',
  name: 'Concession contract',
  appliesWhen:
    'The provider is paid mainly by the people who use the service and carries a real risk of not recovering its costs, and its expected income reaches the concession threshold.',
  variantLabels: {
    'light-touch': 'Light touch services',
    standard: 'Standard services',
  },
  text: byRegime({
    'pa-2023': byVariant(paText),
    'pcr-2015': byVariant(pcrText),
    'pcr-scotland-2015': byVariant(pcsText),
  }),
}
