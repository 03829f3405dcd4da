import { pcr2015, pcs2015 } from '../common-references'
import {
  challengeBeforeSigningRisk,
  lightTouchAwardNotice,
  pcrStandstillStep,
  pcsPartnershipChallengeRisk,
  pcsStandstillStep,
} from '../common-sentences'
import { conflictsAssessmentStep } from '../contract-duties'
import { PCR, PCS } from '../legislation'
import { pcrSavingReference, pcrSavingSteps } from '../pcr-saving'
import { ref } from '../reference'
import {
  byNation,
  byRegime,
  type RouteContent,
  type RouteContext,
  type RouteText,
} from '../route-content'
import { valueSentence } from '../value-sentence'
import { byVariant } from './light-touch-variant'
import {
  flexibleProcedureReferences,
  largeContractStep,
  type TenderNoticeLayer,
  tenderNoticeLayer,
} from './partnership-award-steps'

// Issue 17: next steps name the plan's steps: the plan counts the periods these next steps link to.

/** The design step, under the Act and the Scottish regulations. */
const designStep =
  'Design the phases, targets, payment instalments, exit points and intellectual property terms.'

/** The first step under every regime. */
const formTeam =
  'Form a team of commissioners, service users, finance, and procurement, legal and intellectual property advisers.'

const need =
  'You need a service that is not yet on the market, developed with providers through research and development and then bought.'

const risks = (challenge: string): string[] => [
  'Providers may not bid if the intellectual property terms or the payments for development are unclear, so test them with the market first.',
  'If the service falls short of the agreed performance or cost, be ready to stop after a phase rather than keep paying.',
  'Development can drift into a different service, and a change beyond what you advertised may need a new procurement.',
  'Officers who shaped the idea with one provider create a conflict of interest or an unfair advantage that you must manage and record.',
  challenge,
]

const paText =
  (notice: TenderNoticeLayer) =>
  (ctx: RouteContext, lightTouch: boolean): RouteText => ({
    title: lightTouch
      ? 'Competitive flexible procedure designed as an innovation partnership (light touch contract)'
      : 'Competitive flexible procedure designed as an innovation partnership',
    summary: [
      need,
      'The Procurement Act 2023 has no separate innovation partnership procedure, but you can design a competitive flexible procedure that works as one.',
      valueSentence(ctx),
      lightTouch
        ? 'As a light touch contract, it has no minimum time limits and leaves you wide freedom over the stages.'
        : "The procedure must stay proportionate to the contract's nature, complexity and cost.",
      'You commit to a phased partnership: research and development stages, targets for each phase, payment in instalments, and a right to stop after each phase.',
      'The contract should state that you aim to buy the result if it meets the agreed performance levels and maximum costs, and settle intellectual property at the start.',
    ].join(' '),
    references: flexibleProcedureReferences(ctx, lightTouch, notice),
    risks: risks(
      'A bidder that thinks the procedure was unfair can challenge it, so follow the tender notice and record your reasons at each stage.',
    ),
    nextSteps: [
      formTeam,
      'Test the idea through preliminary market engagement (s.16), and publish a preliminary market engagement notice (s.17).',
      designStep,
      conflictsAssessmentStep('tender notice'),
      `Publish a tender notice (s.21) describing the need, the minimum requirements, the phases and how you will select partners.${notice.sentence}`,
      'Negotiate and assess tenders as published, then send each bidder an assessment summary (s.50(3)).',
      ...largeContractStep(ctx, lightTouch),
      lightTouch
        ? `${lightTouchAwardNotice} Then sign, publish a [contract details notice](plan:pa.uk7) by its deadline (s.53), and review each phase against its targets.`
        : 'Publish a [contract award notice](plan:pa.uk6) (s.50), then wait for [the mandatory standstill to end](plan:pa.standstill.mandatory) (s.51) before you sign. Then publish a [contract details notice](plan:pa.uk7) by its deadline after signing (s.53), and review each phase against its targets.',
    ],
  })

function pcrText(ctx: RouteContext, lightTouch: boolean): RouteText {
  return {
    title: lightTouch
      ? 'Light touch process modelled on the Innovation Partnership procedure (PCR 2015)'
      : 'Innovation Partnership procedure (PCR 2015)',
    summary: [
      need,
      lightTouch
        ? 'Your procurement began before 24 February 2025 and the service is light touch, so regulations 74 to 76 of the 2015 Regulations apply.'
        : 'Your procurement began before 24 February 2025, so the Innovation Partnership procedure in regulation 31 of the 2015 Regulations applies.',
      valueSentence(ctx),
      lightTouch
        ? 'You may model your process on the Innovation Partnership procedure, borrowing its phases and negotiation, provided it stays transparent and fair.'
        : 'The partnership runs in phases with targets, payment in instalments, and the option to end it or reduce the partners after each phase.',
      lightTouch
        ? 'Set out the intellectual property arrangements in the documents you publish.'
        : 'You must set the intellectual property arrangements in the procurement documents.',
      lightTouch
        ? 'If you follow that model, the aim is to buy the result only if it meets the performance levels and maximum costs you agreed with the partners.'
        : 'The aim is to buy the resulting service, but only if it reaches the performance levels and maximum costs agreed with the partners.',
    ].join(' '),
    references: lightTouch
      ? [
          ref(
            'pcr-2015',
            'Award of contracts for social and other specific services',
            'Public Contracts Regulations 2015, reg 74',
            `${PCR}/regulation/74`,
          ),
          ref(
            'pcr-2015',
            'Light touch procedures may follow the standard procedures, with or without variations',
            'Public Contracts Regulations 2015, reg 76(7)',
            `${PCR}/regulation/76`,
          ),
          ref(
            'pcr-2015',
            'The Innovation Partnership procedure, as a model',
            'Public Contracts Regulations 2015, reg 31',
            `${PCR}/regulation/31`,
          ),
          pcr2015.awardDecisionNoticesAndStandstill,
          pcrSavingReference,
        ]
      : [
          ref(
            'pcr-2015',
            'Innovation partnership: the need, minimum requirements and intellectual property set in the procurement documents',
            'Public Contracts Regulations 2015, reg 31',
            `${PCR}/regulation/31`,
          ),
          pcr2015.awardDecisionNoticesAndStandstill,
          pcrSavingReference,
        ],
    risks: risks(challengeBeforeSigningRisk),
    nextSteps: [
      ...pcrSavingSteps('procurement'),
      formTeam,
      lightTouch
        ? 'Run the process, conditions and time limits that your contract notice set out (reg 76(3)).'
        : 'Check that your procurement documents set out the need, the minimum requirements, the phases and the intellectual property arrangements (reg 31).',
      lightTouch
        ? 'Negotiate in the stages you announced, treating every bidder equally and recording each decision.'
        : 'Negotiate initial and later tenders to improve them, without changing the minimum requirements or the award criteria (reg 31).',
      pcrStandstillStep,
      'Sign after the standstill ends, then publish a contract award notice on Find a Tender. Review each phase against its targets before you pay the next instalment or move on.',
    ],
  }
}

function pcsText(ctx: RouteContext, lightTouch: boolean): RouteText {
  return {
    title: lightTouch
      ? 'Light touch process modelled on an innovation partnership (Scotland)'
      : 'Innovation partnership (Scotland)',
    summary: [
      need,
      lightTouch
        ? 'As a devolved Scottish body buying light touch services, you follow regulations 74 to 76 of the Public Contracts (Scotland) Regulations 2015.'
        : 'As a devolved Scottish body, you can use the innovation partnership in regulation 32 of the Public Contracts (Scotland) Regulations 2015.',
      valueSentence(ctx),
      lightTouch
        ? 'You may model your process on the innovation partnership in regulation 32, provided it stays transparent and treats bidders equally.'
        : 'The partnership runs in phases with targets, payment in instalments, and the option to end it or reduce the partners after each phase.',
      'You commit to a phased partnership with intermediate targets and to settling intellectual property at the start.',
      lightTouch
        ? 'If you follow that model, the aim is to buy the result only if it meets the performance levels and maximum costs agreed, and you may stop after any phase.'
        : 'The aim is to buy the result, but only if it reaches the performance levels and maximum costs agreed with the partners.',
    ].join(' '),
    references: [
      ...(lightTouch ? [pcs2015.socialAndOtherSpecificServices] : []),
      ref(
        'pcs-regs-2015',
        lightTouch ? 'Innovation partnership, as a model' : 'Innovation partnership',
        'Public Contracts (Scotland) Regulations 2015, reg 32',
        `${PCS}/regulation/32`,
      ),
      pcs2015.preliminaryMarketConsultation,
      pcs2015.noticeOfDecisionToAwardAndStandstill,
    ],
    risks: risks(pcsPartnershipChallengeRisk),
    nextSteps: [
      formTeam,
      'Test the idea through preliminary market consultation with providers (reg 41), keeping a record of what you share.',
      designStep,
      'Advertise a contract notice on Public Contracts Scotland describing the need, the minimum requirements and how you will select partners.',
      'Negotiate and assess tenders as advertised, recording each decision and any conflict of interest declarations.',
      pcsStandstillStep,
      'Sign after the standstill ends, publish a contract award notice on Public Contracts Scotland, and review each phase against its targets.',
    ],
  }
}

export const innovationPartnership: RouteContent = {
  id: 'innovation-partnership',
  name: 'Innovation partnership',
  appliesWhen:
    'You need a service that is not yet on the market, developed with providers and then bought.',
  variantLabels: {
    'light-touch': 'Light touch services',
    standard: 'Standard services',
  },
  text: byRegime({
    'pa-2023': byNation({
      wales: byVariant(paText(tenderNoticeLayer.wales)),
      elsewhere: byVariant(paText(tenderNoticeLayer.elsewhere)),
    }),
    'pcr-2015': byVariant(pcrText),
    'pcr-scotland-2015': byVariant(pcsText),
  }),
}
