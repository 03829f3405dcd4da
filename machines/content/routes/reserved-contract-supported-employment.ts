// A competition reserved to supported employment providers (decision model 5.1 and 6.2).
// Provisions read on legislation.gov.uk for the 2026-12-02 check: PA 2023 s.32 (with ss.16-17,
// 20, 50-53); PCR 2015 reg 20; PCS Regs 2015 reg 21. Whether reg 20 (PCR) and reg 21 (PCS) can be
// used for a light touch contract under regs 74-76 is not confirmed (plan-facts.md F-PCR-20,
// F-PCS-21), so the light touch variants put it as a point to check.
import { isDevolvedWelshAuthority } from '../../devolved-welsh-authority'
import { pa2023, pcr2015, pcs2015, procurementWales2024 } from '../common-references'
import {
  challengeBeforeSigningRisk,
  lightTouchAwardNotice,
  pcrStandstillStep,
  pcsStandstillStep,
} from '../common-sentences'
import {
  conflictsAssessmentReference,
  conflictsAssessmentStep,
  largeContractReferences,
} from '../contract-duties'
import { PA, PCR, PCS } from '../legislation'
import { pcrSavingReference, pcrSavingSteps } from '../pcr-saving'
import { ref } from '../reference'
import { byRegime, type RouteContent, type RouteContext, type RouteText } from '../route-content'
import { valueSentence } from '../value-sentence'
import { byVariant } from './light-touch-variant'
import { largeContractStep, welshTenderNoticeSentence } from './partnership-award-steps'

// Issue 17: next steps name the plan's steps: the plan counts the periods these next steps link to.

const weakMarketRisk =
  'Too few qualifying providers may bid, leaving weak competition, so test the market before you reserve and keep a fallback plan.'
const evidenceRisk =
  'Check each bidder’s evidence of the 30% share at selection, not its label: admitting one that fails the test exposes the award to challenge.'
const reservationRisk =
  'Bidders you turn away can challenge an unlawful reservation, so record why you reserved and how each bidder met the test.'

const involveStep =
  'Involve your procurement and legal teams, service users and local supported employment organisations. Agree what evidence of the 30% share you will accept, and the social outcomes you will measure.'

/* ------------------------------------------------------------ Procurement Act 2023 */

function paText(ctx: RouteContext, lightTouch: boolean): RouteText {
  const wales = isDevolvedWelshAuthority(ctx)
  return {
    title: lightTouch
      ? 'Competitive flexible procedure reserved to supported employment providers (light touch contract)'
      : 'Competitive flexible procedure reserved to supported employment providers',
    summary: [
      'You want to reserve the competition to supported employment providers, which section 32 of the Procurement Act 2023 allows in a competitive flexible procedure.',
      'Such a provider exists wholly or partly to give employment, or support into employment, to disabled or disadvantaged people.',
      'They must make up at least 30% of its workforce, of the part doing the contract, or of the combined workforce where several organisations share it.',
      valueSentence(ctx),
      'You must disregard tenders from bidders that do not qualify (s.32(3)); every other duty of the Act still applies.',
      ...(wales
        ? [
            'The Welsh Government encourages devolved Welsh authorities to use this reservation (WPPN 009).',
          ]
        : []),
      lightTouch
        ? 'You commit to a tender notice that states the reservation, then a contract award notice; a voluntary standstill is advised.'
        : 'You commit to a tender notice that states the reservation, a contract award notice and a mandatory standstill of 8 working days before you sign.',
    ].join(' '),
    references: [
      ref(
        'pa-2023',
        'Reserving contracts to supported employment providers',
        'Procurement Act 2023, s.32',
        `${PA}/section/32`,
      ),
      pa2023.competitiveFlexibleProcedure,
      ...(lightTouch ? [pa2023.lightTouchContracts] : []),
      pa2023.preliminaryMarketEngagement,
      conflictsAssessmentReference,
      pa2023.tenderNotice,
      ...(wales
        ? [
            procurementWales2024.publicationThroughWelshPlatform,
            ref(
              'wppn-009',
              'Welsh policy on reserving contracts to supported employment providers and public service mutuals',
              'Welsh Government, WPPN 009: Reserving contracts to certain suppliers',
            ),
          ]
        : [
            ref(
              'procurement-regs-2024',
              'The tender notice says whether the contract is reserved under s.32',
              'Procurement Regulations 2024, reg 19(2)(h)',
              'https://www.legislation.gov.uk/uksi/2024/692/regulation/19',
            ),
          ]),
      pa2023.contractAwardNotice,
      lightTouch ? pa2023.lightTouchStandstill : pa2023.mandatoryStandstill,
      ...largeContractReferences(ctx, lightTouch),
      lightTouch ? pa2023.lightTouchContractDetailsNotice : pa2023.contractDetailsNotice,
    ],
    risks: [weakMarketRisk, evidenceRisk, reservationRisk, challengeBeforeSigningRisk],
    nextSteps: [
      involveStep,
      'Run preliminary market engagement to check that enough supported employment providers can deliver (s.16). Publish a preliminary market engagement notice first (s.17), or give reasons in the tender notice.',
      `${conflictsAssessmentStep('tender notice')} Publish a tender notice for a competitive flexible procedure that says only supported employment providers may take part (s.32).${welshTenderNoticeSentence(ctx)}`,
      'At selection, check each bidder’s workforce evidence against s.32(4), and disregard tenders from bidders that do not qualify (s.32(3)).',
      'Assess tenders against the published criteria, and send each bidder an assessment summary before you publish the award (s.50(3)).',
      ...largeContractStep(ctx, lightTouch),
      lightTouch
        ? `${lightTouchAwardNotice} Sign after it ends, then publish a [contract details notice](plan:pa.uk7) by its deadline (s.53).`
        : 'Publish a [contract award notice](plan:pa.uk6) (s.50), then wait for [the mandatory standstill to end](plan:pa.standstill.mandatory) (s.51) before you sign. Publish a [contract details notice](plan:pa.uk7) by its deadline after signing (s.53).',
    ],
  }
}

/* ------------------------------------------------------- Public Contracts Regulations 2015 */

function pcrText(ctx: RouteContext, lightTouch: boolean): RouteText {
  return {
    title: lightTouch
      ? 'Reserved contract under regulation 20, light touch services (PCR 2015)'
      : 'Reserved contract under regulation 20 (PCR 2015)',
    summary: [
      'Your procurement began before 24 February 2025, so regulation 20 of the Public Contracts Regulations 2015 governs the reservation.',
      'It lets you reserve the competition to sheltered workshops and to operators whose main aim is the social and professional integration of disabled or disadvantaged people.',
      'At least 30% of their employees must be disabled or disadvantaged workers. You may instead require the contract to be performed within a sheltered employment programme.',
      'The call for competition must refer to the reservation (reg 20(2)).',
      valueSentence(ctx),
      ...(lightTouch
        ? [
            'Whether regulation 20 can be used with the light touch regime (regs 74 to 76) is not settled: check with your legal team.',
          ]
        : []),
      'You commit to the procedure your notice announced, then award decision notices and a standstill before you sign.',
    ].join(' '),
    references: [
      ref(
        'pcr-2015',
        'Reserved contracts: sheltered workshops, supported businesses and sheltered employment programmes',
        'Public Contracts Regulations 2015, reg 20',
        `${PCR}/regulation/20`,
      ),
      ...(lightTouch
        ? [
            ref(
              'pcr-2015',
              'Light touch regime',
              'Public Contracts Regulations 2015, regs 74-76',
              `${PCR}/regulation/74`,
            ),
          ]
        : []),
      pcr2015.awardDecisionNoticesAndStandstill,
      pcrSavingReference,
    ],
    risks: [weakMarketRisk, evidenceRisk, reservationRisk, challengeBeforeSigningRisk],
    nextSteps: [
      ...pcrSavingSteps('procurement'),
      'Check that your call for competition referred to the reservation, as regulation 20(2) requires. If it did not, ask your legal team before you rely on it.',
      'Involve your procurement and legal teams, and check each bidder’s evidence that at least 30% of its employees are disabled or disadvantaged workers.',
      pcrStandstillStep,
      lightTouch
        ? 'Sign after the standstill ends, then publish a light touch award notice on Find a Tender, on its own or grouped each quarter (reg 75(3)-(4)).'
        : 'Sign after [the standstill ends](plan:pcr.standstill), then publish a [contract award notice](plan:pcr.f03) on Find a Tender by its deadline (reg 50(1)). Where Part 4 applies to your body, publish the award on Contracts Finder too.',
    ],
  }
}

/* --------------------------------------------- Public Contracts (Scotland) Regulations 2015 */

function pcsText(ctx: RouteContext, lightTouch: boolean): RouteText {
  return {
    title: lightTouch
      ? 'Contract reserved for supported businesses, light touch services (Scotland)'
      : 'Contract reserved for supported businesses (Scotland)',
    summary: [
      'As a devolved Scottish body, you may reserve the right to take part in this contract to supported businesses (reg 21 of the Public Contracts (Scotland) Regulations 2015).',
      'A supported business has as its main aim the social and professional integration of disabled or disadvantaged people, who make up at least 30% of its employees.',
      'You may instead require the contract to be performed within a supported employment programme that meets the same test.',
      'The contract notice must say so (reg 21(3)).',
      valueSentence(ctx),
      ...(lightTouch
        ? [
            'Whether regulation 21 can be used for social and other specific services (regs 74 to 76) is not settled: check with your legal team.',
          ]
        : []),
      'You commit to advertising on Public Contracts Scotland, a notice of your decision to award and a standstill before you sign.',
    ].join(' '),
    references: [
      ref(
        'pcs-regs-2015',
        'Reserved contracts: supported businesses and supported employment programmes',
        'Public Contracts (Scotland) Regulations 2015, reg 21',
        `${PCS}/regulation/21`,
      ),
      pcs2015.choiceOfProcedures,
      ...(lightTouch ? [pcs2015.socialAndOtherSpecificServices] : []),
      pcs2015.preliminaryMarketConsultation,
      pcs2015.noticeOfDecisionToAwardAndStandstill,
    ],
    risks: [
      weakMarketRisk,
      evidenceRisk,
      reservationRisk,
      'An unsuccessful bidder can challenge the award in the courts, so follow the procedure you advertised and record the reasons for each decision.',
    ],
    nextSteps: [
      involveStep,
      'Consider preliminary market consultation (reg 41) to check that enough supported businesses can deliver, keeping a record of what you share.',
      'Advertise a contract notice on Public Contracts Scotland that states the contract is reserved (reg 21(3)), with the procedure, criteria and time limits. A framework agreement can be reserved the same way (reg 21(1)).',
      'At selection, check each bidder’s evidence of the 30% share and its main aim, then evaluate tenders against the published criteria.',
      pcsStandstillStep,
      'Sign after the standstill ends, then publish a contract award notice on Public Contracts Scotland.',
    ],
  }
}

export const reservedContractSupportedEmployment: RouteContent = {
  id: 'reserved-contract-supported-employment',
  name: 'Competition reserved to supported employment providers',
  appliesWhen:
    'You want only organisations whose workforce is at least 30% disabled or disadvantaged people (supported businesses in Scotland) to compete for the contract.',
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
