import { pa2023, pcr2015, pcs2015 } from '../common-references'
import {
  assessmentSummaryStep,
  challengeBeforeSigningRisk,
  evaluatorConflictRisk,
  pcrStandstillStep,
  pcrStillGovernsSentence,
  pcsChallengeRisk,
  pcsEvaluationStep,
  pcsMarketConsultationStep,
  pcsSignAndPublishStep,
  pcsStandstillStep,
} from '../common-sentences'
import {
  conflictsAssessmentReference,
  conflictsAssessmentStep,
  largeContractReferences,
  largeContractSteps,
} from '../contract-duties'
import { PA, PCR, PCS } from '../legislation'
import { pcrSavingReference, pcrSavingSteps } from '../pcr-saving'
import { ref } from '../reference'
import {
  byNation,
  byRegime,
  type Reference,
  type RouteContent,
  type RouteContext,
  type RouteText,
} from '../route-content'
import { valueSentence } from '../value-sentence'
import { throughSell2Wales, welshDigitalPlatformReference } from '../welsh-notices'
import {
  byRelationship,
  type Relationship,
  relationshipLabels,
  relationshipRisk,
  relationshipSentence,
  relationshipSteps,
} from './relationship-variant'

// Issue 17: next steps name the plan's steps: the plan counts the periods these next steps link to.

const commonRisks = [
  'Vague award criteria or unclear weightings invite challenge, so test them with colleagues who were not involved in drafting.',
  evaluatorConflictRisk,
]

const bringTogether =
  'Bring together commissioners, service users, finance, and your procurement and legal teams to agree the outcomes and budget.'

const lowBidRisk =
  'A provider that bids too low may fail during the contract, so investigate abnormally low prices and plan for continuity of service.'

/** s.17(1): the notice comes before the tender notice, or the tender notice gives reasons (legal review A, I1). */
const marketEngagementStep =
  'If you engage suppliers first (s.16), publish a preliminary market engagement notice (s.17) before the tender notice, or give your reasons for not doing so in the tender notice.'

/** Where the tender notice goes: Find a Tender, or for a devolved Welsh authority through Sell2Wales. */
type TenderNotice = { step: string; references: Reference[] }

const tenderNotice: { wales: TenderNotice; elsewhere: TenderNotice } = {
  wales: {
    step: `Choose the open or a competitive flexible procedure (s.20) and consider lots (s.18). Then ${throughSell2Wales('[tender notice](plan:pa.uk4) (s.21)')}. Submit your later notices the same way.`,
    references: [welshDigitalPlatformReference],
  },
  elsewhere: {
    step: 'Choose the open or a competitive flexible procedure (s.20), consider lots (s.18), and publish a [tender notice](plan:pa.uk4) on Find a Tender, the central digital platform (s.21).',
    references: [],
  },
}

const paText =
  (notice: TenderNotice) =>
  (ctx: RouteContext, relationship: Relationship): RouteText => {
    // Over £5m: the KPIs (s.52) come before signing, the copy of the contract (s.53(3)) after.
    const large = largeContractSteps(ctx, false)
    return {
      title: {
        'open-book': 'Open or competitive flexible procedure, with open-book pricing',
        'outcomes-based': 'Open or competitive flexible procedure, with payment by results',
        conventional: 'Open or competitive flexible procedure',
      }[relationship],
      summary: [
        'Your service is not light touch, so you award it through a competitive tendering procedure under the Procurement Act 2023.',
        valueSentence(ctx),
        'You can use the open procedure, a single stage open to all, or a competitive flexible procedure you design with stages, shortlists and negotiation.',
        "Either must be proportionate to the contract's nature, complexity and cost.",
        relationshipSentence[relationship],
        'You commit to publishing a tender notice, assessing tenders against published criteria, and observing a mandatory standstill of 8 working days before you sign.',
      ].join(' '),
      references: [
        ref(
          'pa-2023',
          'Competitive tendering procedures: open and competitive flexible',
          'Procurement Act 2023, s.20',
          `${PA}/section/20`,
        ),
        pa2023.tenderNotice,
        ...notice.references,
        pa2023.preliminaryMarketEngagement,
        conflictsAssessmentReference,
        ref('pa-2023', 'Duty to consider lots', 'Procurement Act 2023, s.18', `${PA}/section/18`),
        pa2023.contractAwardNotice,
        pa2023.mandatoryStandstill,
        ref(
          'pa-2023',
          'Automatic suspension where proceedings start during a standstill period',
          'Procurement Act 2023, s.101',
          `${PA}/section/101`,
        ),
        ...largeContractReferences(ctx, false),
        pa2023.contractDetailsNotice,
      ],
      risks: [
        'A supplier that thinks the procedure was unfair can challenge it. If it starts proceedings during the standstill period and you are told of them, you cannot sign until the court decides (s.101).',
        ...commonRisks,
        'A price that looks abnormally low can signal later failure; the Act requires you to let the bidder justify it before you disregard the tender.',
        relationshipRisk(ctx, relationship),
      ],
      nextSteps: [
        bringTogether,
        `Publish a planned procurement notice (s.15) if you can. ${marketEngagementStep}`,
        ...relationshipSteps(ctx, relationship),
        `${conflictsAssessmentStep('tender notice')} ${notice.step}`,
        assessmentSummaryStep,
        ...large.slice(0, -1),
        'Publish a [contract award notice](plan:pa.uk6) (s.50), then wait for [the mandatory standstill to end](plan:pa.standstill.mandatory) (s.51) before you sign. Publish a [contract details notice](plan:pa.uk7) by its deadline after signing (s.53).',
        ...large.slice(-1),
      ],
    }
  }

function pcrText(ctx: RouteContext, relationship: Relationship): RouteText {
  return {
    title: {
      'open-book':
        'Open, restricted or competitive procedure with negotiation, with open-book pricing (PCR 2015)',
      'outcomes-based':
        'Open, restricted or competitive procedure with negotiation, with payment by results (PCR 2015)',
      conventional: 'Open, restricted or competitive procedure with negotiation (PCR 2015)',
    }[relationship],
    summary: [
      pcrStillGovernsSentence,
      valueSentence(ctx),
      'The regulations offer the open procedure, the restricted procedure with a shortlist, and the competitive procedure with negotiation where a condition in regulation 26(4) is met.',
      relationshipSentence[relationship],
      'You commit to following the procedure your contract notice announced and treating bidders equally.',
      'You must also send reasons to bidders and wait for the standstill before you sign.',
    ].join(' '),
    references: [
      ref(
        'pcr-2015',
        'Open procedure',
        'Public Contracts Regulations 2015, reg 27',
        `${PCR}/regulation/27`,
      ),
      ref(
        'pcr-2015',
        'Restricted procedure',
        'Public Contracts Regulations 2015, reg 28',
        `${PCR}/regulation/28`,
      ),
      pcr2015.conditionsForNegotiation,
      pcr2015.competitiveProcedureWithNegotiation,
      pcr2015.awardDecisionNoticesAndStandstill,
      pcrSavingReference,
    ],
    risks: [
      challengeBeforeSigningRisk,
      ...commonRisks,
      lowBidRisk,
      relationshipRisk(ctx, relationship),
    ],
    nextSteps: [
      ...pcrSavingSteps('procurement'),
      'Involve commissioners, service users and your procurement and legal teams in evaluation, and collect conflict of interest declarations.',
      ...relationshipSteps(ctx, relationship),
      'Check that your contract notice went to Find a Tender and, where Part 4 applies to your body, the opportunity to Contracts Finder. Run the procedure, time limits and award criteria exactly as the notice and your procurement documents set them out.',
      pcrStandstillStep,
      'Sign after the standstill ends, then publish a contract award notice on Find a Tender.',
    ],
  }
}

function pcsText(ctx: RouteContext, relationship: Relationship): RouteText {
  return {
    title: {
      'open-book': 'Open or other competitive procedure, with open-book pricing (Scotland)',
      'outcomes-based': 'Open or other competitive procedure, with payment by results (Scotland)',
      conventional: 'Open or other competitive procedure (Scotland)',
    }[relationship],
    summary: [
      'As a devolved Scottish body, you procure under the Public Contracts (Scotland) Regulations 2015, not the Procurement Act 2023.',
      valueSentence(ctx),
      'You may use the open procedure (reg 28) or the restricted procedure (reg 29).',
      'A competitive procedure with negotiation needs one of the conditions in regulation 27(4).',
      relationshipSentence[relationship],
      'You commit to advertising on Public Contracts Scotland, assessing tenders against published criteria, and observing the standstill before you sign.',
    ].join(' '),
    references: [
      pcs2015.choiceOfProcedures,
      pcs2015.openProcedure,
      pcs2015.restrictedProcedure,
      ref(
        'pcs-regs-2015',
        'Competitive procedure with negotiation and the other procedures: see the contents of Part 2, Chapter 2, Section 3',
        'Public Contracts (Scotland) Regulations 2015, Part 2, Chapter 2, Section 3 (procedures)',
        `${PCS}/part/2/chapter/2/crossheading/procedures`,
      ),
      pcs2015.preliminaryMarketConsultation,
      pcs2015.noticeOfDecisionToAwardAndStandstill,
    ],
    risks: [pcsChallengeRisk, ...commonRisks, lowBidRisk, relationshipRisk(ctx, relationship)],
    nextSteps: [
      bringTogether,
      pcsMarketConsultationStep,
      ...relationshipSteps(ctx, relationship),
      'Advertise a contract notice on Public Contracts Scotland, naming the procedure and setting out the criteria and time limits.',
      pcsEvaluationStep,
      pcsStandstillStep,
      pcsSignAndPublishStep,
    ],
  }
}

export const competitiveProcedure: RouteContent = {
  id: 'competitive-procedure',
  name: 'Standard competitive procedure',
  appliesWhen:
    'A service that is not light touch, at or above the threshold, bought through an open or competitive procedure.',
  variantLabels: relationshipLabels,
  text: byRegime({
    'pa-2023': byNation({
      wales: byRelationship(paText(tenderNotice.wales)),
      elsewhere: byRelationship(paText(tenderNotice.elsewhere)),
    }),
    'pcr-2015': byRelationship(pcrText),
    'pcr-scotland-2015': byRelationship(pcsText),
  }),
}
