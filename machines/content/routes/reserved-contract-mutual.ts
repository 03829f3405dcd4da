import { pa2023, pcr2015 } from '../common-references'
import { lightTouchAwardNotice, pcrStandstillStep } from '../common-sentences'
import {
  conflictsAssessmentReference,
  conflictsAssessmentStep,
  largeContractReferences,
} from '../contract-duties'
import { PA, PCR } from '../legislation'
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
import {
  largeContractStep,
  type TenderNoticeLayer,
  tenderNoticeLayer,
} from './partnership-award-steps'

// Issue 17: next steps name the plan's steps: the plan counts the periods these next steps link to.

const evidenceRisk =
  'Excluded bidders can challenge an unlawful reservation, so keep evidence that the contract and the winner meet every condition.'
const weakMarketRisk =
  'If too few qualifying mutuals bid, competition will be weak, so test the market first and keep a fallback plan.'
const constitutionRisk =
  "Check each bidder's constitution and ownership, not its label: profit rules and employee control must meet the test."
const spinOutRisk =
  'If the mutual spun out of your organisation, former colleagues must declare the conflict of interest and stay out of the evaluation.'

// Always light touch services: the over-£5m duties are those of a light touch contract.
const paText =
  (notice: TenderNoticeLayer) =>
  (ctx: RouteContext): RouteText => ({
    title: 'Competitive flexible procedure reserved to public service mutuals',
    summary: [
      'You want to reserve the competition to public service mutuals, and the contract meets every condition in section 33 of the Procurement Act 2023.',
      'The conditions are reservable light touch services, a competitive flexible procedure, and a maximum term, extensions included, of five years or less.',
      valueSentence(ctx),
      'The qualification test: a public service mutual that has not entered a comparable section 33 contract with you in the three years before this award.',
      'A public service mutual exists mainly to deliver reservable light touch services.',
      'It is run not-for-profit or shares profits only with members, and its employees manage and control it.',
      'You commit to applying this test at selection and disregarding tenders from bidders that fail it.',
    ].join(' '),
    references: [
      ref(
        'pa-2023',
        'Reserving contracts to public service mutuals',
        'Procurement Act 2023, s.33',
        `${PA}/section/33`,
      ),
      pa2023.competitiveFlexibleProcedure,
      pa2023.lightTouchContracts,
      conflictsAssessmentReference,
      pa2023.tenderNotice,
      ...notice.references,
      pa2023.lightTouchStandstill,
      ...largeContractReferences(ctx, true),
      pa2023.lightTouchContractDetailsNotice,
    ],
    risks: [
      evidenceRisk,
      weakMarketRisk,
      'A mutual that wins cannot win a comparable reserved contract from you for three years, so plan the next procurement now.',
      constitutionRisk,
      spinOutRisk,
    ],
    nextSteps: [
      'Involve your procurement and legal teams, service users, and the team that delivers the service now.',
      'Confirm that the services are reservable light touch services, and set the maximum term, extensions included, at five years or less.',
      'Run preliminary market engagement with mutuals (s.16) and publish a preliminary market engagement notice (s.17).',
      conflictsAssessmentStep('tender notice'),
      `Publish a tender notice for a competitive flexible procedure that states the competition is reserved to qualifying public service mutuals (s.33).${notice.sentence}`,
      "At selection, check each bidder's status and whether it entered a comparable section 33 contract with you in the past three years.",
      ...largeContractStep(ctx, true),
      `${lightTouchAwardNotice} Sign after it ends, then publish a [contract details notice](plan:pa.uk7) by its deadline (s.53).`,
    ],
  })

function pcrText(ctx: RouteContext): RouteText {
  return {
    title: 'Contract reserved to qualifying organisations (PCR 2015, regulation 77)',
    summary: [
      'Your procurement began before 24 February 2025, so regulation 77 of the Public Contracts Regulations 2015 governs the reservation.',
      'The contract must cover only services with the codes listed in regulation 77(2) and last three years or less.',
      'Your call for competition must refer to the reservation.',
      valueSentence(ctx),
      'The qualification test (reg 77(3)): a public service mission linked to those services, with profits reinvested or shared on participatory principles.',
      'Ownership or management must rest on employee ownership or participation, or involve employees, users or stakeholders actively.',
      'The organisation must not have had a regulation 77 contract for these services from you in the past three years.',
      'You commit to a competition open only to bidders that pass this test.',
    ].join(' '),
    references: [
      ref(
        'pcr-2015',
        'Reserved contracts for certain services',
        'Public Contracts Regulations 2015, reg 77',
        `${PCR}/regulation/77`,
      ),
      ref(
        'pcr-2015',
        'Light touch regime',
        'Public Contracts Regulations 2015, regs 74-76',
        `${PCR}/regulation/74`,
      ),
      pcr2015.awardDecisionNoticesAndStandstill,
      pcrSavingReference,
    ],
    risks: [
      evidenceRisk,
      weakMarketRisk,
      'For three years after this award, the winner cannot win another reserved contract for these services from you (reg 77(3)(d)); it can still win an open competition.',
      constitutionRisk,
      spinOutRisk,
    ],
    nextSteps: [
      ...pcrSavingSteps('procurement'),
      'Check that your call for competition referred to the reservation, as regulation 77(5) requires.',
      'Involve your procurement and legal teams, service users, and the team that delivers the service now.',
      'Check each bidder against the four conditions in regulation 77(3), including the three-year rule, then evaluate tenders as your notice set out, recording your reasons.',
      pcrStandstillStep,
      'Sign, then publish a contract award notice on Find a Tender and, where Part 4 applies to your body, the award on Contracts Finder. Plan the next procurement now: the contract can last no more than three years (reg 77(4)).',
    ],
  }
}

export const reservedContractMutual: RouteContent = {
  id: 'reserved-contract-mutual',
  name: 'Competition reserved to public service mutuals',
  appliesWhen:
    'A light touch service that meets every condition for reserving the competition to public service mutuals (not available in Scotland).',
  variantLabels: {
    'light-touch': 'Light touch services',
  },
  // The machine reaches this route only for light touch services, and never under the Scottish
  // regulations, which did not adopt the reservation (their regulation 21 is for supported
  // businesses only): so there is no text for a standard service or for Scotland's regulations.
  text: byRegime({
    'pa-2023': byNation({
      wales: paText(tenderNoticeLayer.wales),
      elsewhere: paText(tenderNoticeLayer.elsewhere),
    }),
    'pcr-2015': pcrText,
  }),
}
