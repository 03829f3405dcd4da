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

/** The first step under every regime. */
const bringTogether =
  'Bring together commissioners, service users, finance, and procurement and legal advisers to agree the shared outcomes and budget.'

const whatItIs =
  'You chose an alliance: a form of contract, not a procedure, in which you and several providers sign one agreement for the whole service.'
const howItWorks =
  'The partners share risk and gain against common outcomes, decide together through an alliance board, and work open-book.'
const commitment =
  'You commit to a long-term relationship with shared governance, and to publishing the draft alliance agreement so bidders know what they sign.'
const draftStep =
  'Draft the alliance agreement: shared outcomes, the risk and gain share, the alliance board, open-book rules, disputes and exit.'

const risks = (challenge: string): string[] => [
  'Vague governance leads to disputes, so set out decision-making, dispute resolution and exit in the alliance agreement.',
  'Partners that also compete elsewhere may share sensitive information, so agree information rules that respect competition law.',
  'If one partner fails, the others carry its risk, so assess financial resilience and plan how to replace a partner.',
  'Alliance board members who also judge work for their own organisation face conflicts of interest, so separate those roles.',
  challenge,
]

const paText =
  (notice: TenderNoticeLayer) =>
  (ctx: RouteContext, lightTouch: boolean): RouteText => ({
    title: lightTouch
      ? 'Alliance contract: partners chosen by competitive flexible procedure (light touch contract)'
      : 'Alliance contract: partners chosen by competitive flexible procedure',
    summary: [
      whatItIs,
      howItWorks,
      lightTouch
        ? 'You choose the partners through a competitive flexible procedure for a light touch contract under the Procurement Act 2023.'
        : 'You choose the partners through a competitive flexible procedure under the Procurement Act 2023, designed around the alliance.',
      valueSentence(ctx),
      commitment,
    ].join(' '),
    references: flexibleProcedureReferences(ctx, lightTouch, notice),
    risks: risks(
      'Adding partners or services later may need a new procurement, so describe the expected scope and membership changes in the tender.',
    ),
    nextSteps: [
      bringTogether,
      'Engage the market early (s.16) and publish a preliminary market engagement notice (s.17) that explains the alliance model.',
      draftStep,
      conflictsAssessmentStep('tender notice'),
      `Publish a tender notice (s.21) for a competitive flexible procedure, with the draft alliance agreement in the tender documents.${notice.sentence}`,
      'Assess bidders, including how they will work within the alliance, and send each an assessment summary (s.50(3)).',
      ...largeContractStep(ctx, lightTouch),
      lightTouch
        ? `${lightTouchAwardNotice} Then sign the alliance agreement and publish a [contract details notice](plan:pa.uk7) by its deadline (s.53).`
        : 'Publish a [contract award notice](plan:pa.uk6) (s.50) and wait for [the mandatory standstill to end](plan:pa.standstill.mandatory) (s.51). Then sign the alliance agreement and publish a [contract details notice](plan:pa.uk7) by its deadline (s.53).',
    ],
  })

function pcrText(ctx: RouteContext, lightTouch: boolean): RouteText {
  return {
    title: lightTouch
      ? 'Alliance contract: partners chosen under the Light Touch Regime (PCR 2015)'
      : 'Alliance contract: partners chosen by competitive procedure with negotiation, or by open or restricted procedure (PCR 2015)',
    summary: [
      whatItIs,
      howItWorks,
      lightTouch
        ? 'Your procurement began before 24 February 2025, so you choose the partners under the Light Touch Regime of the 2015 Regulations.'
        : 'Your procurement began before 24 February 2025, so you choose the partners under the 2015 Regulations.',
      ...(lightTouch
        ? []
        : [
            'You may use the competitive procedure with negotiation only where a condition in regulation 26(4) is met; otherwise, use the open or restricted procedure.',
          ]),
      valueSentence(ctx),
      commitment,
    ].join(' '),
    references: lightTouch
      ? [
          ref(
            'pcr-2015',
            'Light touch regime: your own procedure, transparent and fair',
            'Public Contracts Regulations 2015, regs 74-76',
            `${PCR}/regulation/76`,
          ),
          pcr2015.awardDecisionNoticesAndStandstill,
          pcrSavingReference,
        ]
      : [
          pcr2015.conditionsForNegotiation,
          pcr2015.competitiveProcedureWithNegotiation,
          ref(
            'pcr-2015',
            'Open and restricted procedures, available without those conditions',
            'Public Contracts Regulations 2015, regs 27-28',
            `${PCR}/regulation/27`,
          ),
          pcr2015.awardDecisionNoticesAndStandstill,
          pcrSavingReference,
        ],
    risks: risks(challengeBeforeSigningRisk),
    nextSteps: [
      ...pcrSavingSteps('procurement'),
      bringTogether,
      draftStep,
      lightTouch
        ? 'Run the process your contract notice described, treating every bidder equally (reg 76).'
        : 'Run the procedure your contract notice set out: the competitive procedure with negotiation (reg 29) only where a reg 26(4) condition is met, otherwise the open or restricted procedure.',
      pcrStandstillStep,
      'Sign the alliance agreement, then publish a contract award notice on Find a Tender and, where Part 4 applies to your body, on Contracts Finder.',
    ],
  }
}

function pcsText(ctx: RouteContext, lightTouch: boolean): RouteText {
  return {
    title: lightTouch
      ? 'Alliance contract: partners chosen under the light touch rules (Scotland)'
      : 'Alliance contract: partners chosen by competitive procedure with negotiation, or by open or restricted procedure (Scotland)',
    summary: [
      whatItIs,
      howItWorks,
      lightTouch
        ? 'As a devolved Scottish body, you choose the partners under regulations 74 to 76 of the Public Contracts (Scotland) Regulations 2015.'
        : 'As a devolved Scottish body, you choose the partners by a competitive procedure with negotiation, where a condition in regulation 27(4) is met.',
      ...(lightTouch ? [] : ['If none is met, use the open or restricted procedure instead.']),
      valueSentence(ctx),
      commitment,
    ].join(' '),
    references: [
      ...(lightTouch
        ? [pcs2015.socialAndOtherSpecificServices]
        : [
            pcs2015.choiceOfProcedures,
            ref(
              'pcs-regs-2015',
              'Competitive procedure with negotiation, set out among the procedures of Section 3',
              'Public Contracts (Scotland) Regulations 2015, Part 2, Chapter 2, Section 3',
              `${PCS}/part/2/chapter/2/crossheading/procedures`,
            ),
            pcs2015.openProcedure,
            pcs2015.restrictedProcedure,
          ]),
      pcs2015.preliminaryMarketConsultation,
      pcs2015.noticeOfDecisionToAwardAndStandstill,
    ],
    risks: risks(pcsPartnershipChallengeRisk),
    nextSteps: [
      bringTogether,
      'Consider preliminary market consultation with providers (reg 41), explaining the alliance model.',
      draftStep,
      'Advertise a contract notice on Public Contracts Scotland, with the draft alliance agreement in the procurement documents.',
      'Evaluate bidders, including how they will work within the alliance, recording each decision and any conflict of interest declarations.',
      pcsStandstillStep,
      'Sign the alliance agreement, then publish a contract award notice on Public Contracts Scotland.',
    ],
  }
}

export const alliancePartnership: RouteContent = {
  id: 'alliance-partnership',
  name: 'Alliance partnership',
  appliesWhen:
    'You want several providers to share risk and gain with you under one alliance agreement, chosen through a competition.',
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
