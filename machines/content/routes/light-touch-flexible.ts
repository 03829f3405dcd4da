import { isBelowThreshold } from '../../threshold'
import { pa2023, pcr2015, pcs2015 } from '../common-references'
import {
  assessmentSummaryStep,
  challengeBeforeSigningRisk,
  evaluatorConflictRisk,
  lightTouchAwardNotice,
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
import { PA, PCR } from '../legislation'
import { formatPounds } from '../money'
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

/** Where the value sits against the light touch threshold, in one sentence. */
function valueSentence(ctx: RouteContext): string {
  const t = ctx.threshold
  const v = ctx.contractValue
  if (!t || v === undefined) {
    return 'You told us the contract is at or above the light touch threshold, so the light touch rules apply.'
  }
  if (isBelowThreshold(v, t)) {
    return `At ${formatPounds(v)}, the contract is below the ${formatPounds(t.amount)} light touch threshold, so check the value before relying on this route.`
  }
  return `At ${formatPounds(v)}, the contract is at or above the ${formatPounds(t.amount)} light touch threshold, so the light touch rules apply.`
}

const bringTogether =
  'Bring together commissioners, service users and carers, finance, and your procurement and legal teams to agree the outcomes and budget.'

const lowBidRisk =
  'A provider that bids too low may fail during the contract, so test financial standing proportionately and plan for continuity of service.'

/** Where the tender notice goes: Find a Tender, or for a devolved Welsh authority through Sell2Wales. */
type TenderNotice = { step: string; references: Reference[] }

const tenderNotice: { wales: TenderNotice; elsewhere: TenderNotice } = {
  wales: {
    step: `Then ${throughSell2Wales('[tender notice](plan:pa.uk4) (s.21)')}. Set out your stages, criteria and timescales in it, and submit your later notices the same way.`,
    references: [welshDigitalPlatformReference],
  },
  elsewhere: {
    step: 'Then publish a [tender notice](plan:pa.uk4) (s.21) on the central digital platform, Find a Tender, setting out your stages, criteria and timescales.',
    references: [],
  },
}

const paText =
  (notice: TenderNotice) =>
  (ctx: RouteContext, relationship: Relationship): RouteText => ({
    title: {
      'open-book': 'Light touch contract by competitive flexible procedure, with open-book pricing',
      'outcomes-based':
        'Light touch contract by competitive flexible procedure, with payment by results',
      conventional: 'Light touch contract by competitive flexible procedure',
    }[relationship],
    summary: [
      'This is a light touch contract under the Procurement Act 2023, awarded by a competitive flexible procedure that you design.',
      valueSentence(ctx),
      'You set your own stages, timescales and dialogue with bidders, as long as the procedure is proportionate.',
      'Your award criteria may reflect the views of people who use the service, their different needs and the value of local delivery.',
      relationshipSentence[relationship],
      'You commit to publishing a tender notice, following the procedure it describes, treating bidders equally and publishing the award.',
    ].join(' '),
    references: [
      pa2023.lightTouchContracts,
      ref(
        'pa-2023',
        'Competitive tendering procedures: the competitive flexible procedure',
        'Procurement Act 2023, s.20',
        `${PA}/section/20`,
      ),
      ref(
        'pa-2023',
        'Award criteria for light touch contracts',
        'Procurement Act 2023, s.23(6)',
        `${PA}/section/23`,
      ),
      pa2023.preliminaryMarketEngagement,
      pa2023.tenderNotice,
      ...notice.references,
      conflictsAssessmentReference,
      pa2023.lightTouchStandstill,
      pa2023.lightTouchContractDetailsNotice,
      ...largeContractReferences(ctx, true),
    ],
    risks: [
      'A flexible procedure can still be challenged if you depart from your tender notice or treat bidders unequally, so record each decision and its reasons.',
      'Light touch contracts have no mandatory standstill, so skipping a voluntary one leaves no time to settle a complaint before you sign.',
      'Staff, advisers or user representatives with links to a bidder create conflicts of interest, which the Act requires you to identify and mitigate.',
      'A provider that bids too low may fail during the contract, so test financial capacity proportionately and plan for continuity of service.',
      relationshipRisk(ctx, relationship),
    ],
    nextSteps: [
      bringTogether,
      'Publish a planned procurement notice (s.15) if you can. If you engage providers first (s.16), publish a preliminary market engagement notice (s.17) before the tender notice, or give your reasons for not doing so in the tender notice.',
      ...relationshipSteps(ctx, relationship),
      `${conflictsAssessmentStep('tender notice')} ${notice.step}`,
      assessmentSummaryStep,
      lightTouchAwardNotice,
      'Sign after [the standstill ends](plan:pa.standstill.voluntary), then publish a [contract details notice](plan:pa.uk7) by its deadline (s.53).',
      ...largeContractSteps(ctx, true),
    ],
  })

function pcrText(ctx: RouteContext, relationship: Relationship): RouteText {
  return {
    title: {
      'open-book': 'Light Touch Regime procurement with open-book pricing (PCR 2015)',
      'outcomes-based': 'Light Touch Regime procurement with payment by results (PCR 2015)',
      conventional: 'Light Touch Regime procurement (PCR 2015)',
    }[relationship],
    summary: [
      pcrStillGovernsSentence,
      'Social and other specific services listed in Schedule 3 follow the Light Touch Regime in regulations 74 to 76.',
      valueSentence(ctx),
      'You design a proportionate procedure, provided it respects the principles of transparency and equal treatment.',
      relationshipSentence[relationship],
      'You commit to running the procedure your notice described, giving reasons to bidders and observing the standstill before you sign.',
    ].join(' '),
    references: [
      ref(
        'pcr-2015',
        'Award of contracts for social and other specific services',
        'Public Contracts Regulations 2015, reg 74 and Schedule 3',
        `${PCR}/regulation/74`,
      ),
      ref(
        'pcr-2015',
        'Light touch notices: contract notice or prior information notice, and award notice',
        'Public Contracts Regulations 2015, reg 75',
        `${PCR}/regulation/75`,
      ),
      ref(
        'pcr-2015',
        'Principles of awarding light touch contracts',
        'Public Contracts Regulations 2015, reg 76',
        `${PCR}/regulation/76`,
      ),
      pcr2015.awardDecisionNoticesAndStandstill,
      pcrSavingReference,
    ],
    risks: [
      challengeBeforeSigningRisk,
      'Departing from the procedure in your notice is lawful only if you meet every condition in regulation 76(4), so document any change.',
      evaluatorConflictRisk,
      lowBidRisk,
      relationshipRisk(ctx, relationship),
    ],
    nextSteps: [
      ...pcrSavingSteps('procurement'),
      'Involve service users, commissioners and your procurement and legal teams in evaluation, and collect conflict of interest declarations.',
      ...relationshipSteps(ctx, relationship),
      'Run the procedure, conditions for participation and time limits that your call for competition set out (reg 76(3)).',
      'Send every bidder [an award decision notice](plan:pcr.reg86) with the reasons, the scores and the date the standstill ends (reg 86). Wait for [the standstill to end](plan:pcr.standstill) before you sign (reg 87).',
      'Publish a contract award notice on Find a Tender (reg 75(3)) and, where Part 4 applies to your body, the award on Contracts Finder.',
    ],
  }
}

function pcsText(ctx: RouteContext, relationship: Relationship): RouteText {
  return {
    title: {
      'open-book':
        'Social and other specific services procurement with open-book pricing (Scotland)',
      'outcomes-based':
        'Social and other specific services procurement with payment by results (Scotland)',
      conventional: 'Social and other specific services procurement (Scotland)',
    }[relationship],
    summary: [
      'Under the Public Contracts (Scotland) Regulations 2015, social and other specific services follow the lighter rules in regulations 74 to 76.',
      valueSentence(ctx),
      'You design a proportionate procedure, provided it is transparent and treats bidders equally.',
      relationshipSentence[relationship],
      'The Procurement Reform (Scotland) Act 2014 adds a sustainable procurement duty to consider well-being, smaller suppliers and the third sector.',
      'You commit to advertising the contract, following the procedure you publish, giving reasons to bidders and observing the standstill before you sign.',
    ].join(' '),
    references: [
      pcs2015.socialAndOtherSpecificServices,
      pcs2015.noticeOfDecisionToAwardAndStandstill,
      pcs2015.preliminaryMarketConsultation,
      ref(
        'procurement-reform-scotland-2014',
        'Sustainable procurement duty',
        'Procurement Reform (Scotland) Act 2014, s.9',
        'https://www.legislation.gov.uk/asp/2014/12/section/9',
      ),
    ],
    risks: [
      pcsChallengeRisk,
      'Changing the procedure after you advertise it risks unequal treatment, so tell all bidders of any change and record why it is fair.',
      evaluatorConflictRisk,
      lowBidRisk,
      relationshipRisk(ctx, relationship),
    ],
    nextSteps: [
      bringTogether,
      pcsMarketConsultationStep,
      ...relationshipSteps(ctx, relationship),
      'Advertise a contract notice on Public Contracts Scotland, setting out the procedure, conditions and time limits you will follow.',
      pcsEvaluationStep,
      pcsStandstillStep,
      pcsSignAndPublishStep,
    ],
  }
}

export const lightTouchFlexible: RouteContent = {
  id: 'light-touch-flexible',
  name: 'Light touch competitive process',
  appliesWhen:
    'A light touch service at or above the light touch threshold, bought through a proportionate competition you design.',
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
