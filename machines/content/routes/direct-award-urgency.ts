// Award without competition because of extreme and unavoidable urgency (decision model 5.1 and
// 6.2). Provisions read on legislation.gov.uk for the 2026-12-02 check: PA 2023 ss.41, 44, 50, 51,
// 53, 54 and Sch 5 paras 13-14; PCR 2015 regs 32(2)(c) and (4), 50(1), 75(2)-(4), 86(5)(a), 99(3)-(4);
// PCS Regs 2015 regs 33(1)(c) and (3), 51, 75(2)-(3), 85-86, 91(6)-(7).
import { pa2023, pcs2015 } from '../common-references'
import {
  conflictsAssessmentReference,
  conflictsAssessmentStep,
  largeContractReferences,
  largeContractSteps,
} from '../contract-duties'
import { PA, PCR, PCS } from '../legislation'
import { pcrSavingReference, pcrSavingSteps } from '../pcr-saving'
import { ref } from '../reference'
import { byRegime, type RouteContent, type RouteContext, type RouteText } from '../route-content'
import { valueSentence } from '../value-sentence'
import { transparencyNotice } from './direct-award-uniqueness'
import { byVariant } from './light-touch-variant'

// Issue 17: next steps name the plan's steps: the plan counts the periods these next steps link to.

const tooUrgent =
  'You told us the need is so urgent, because of events you could not foresee and did not cause, that no competition could be run in time.'

/** Who signs off an award without competition, named in the first step. */
const involve = (approves: string) =>
  `Involve your legal team, the budget holder and the officer who will approve ${approves}.`

const recordStep =
  'Record the events that made the need urgent, with their dates, and why even a shortened competition could not be run in time.'

const commonRisks = [
  'Urgency caused by your own delay, or a deadline you could have foreseen, defeats the ground, so record events and dates as they happen.',
  'The award may cover only what the emergency strictly needs, so limit its scope and term and plan a competition for what follows.',
  'Officers close to the provider must declare any interest, because a conflict of interest undermines the reasons for choosing it.',
]

function paText(ctx: RouteContext, lightTouch: boolean): RouteText {
  const notice = transparencyNotice(ctx)
  // Over £5m: the KPIs (s.52, not for light touch) come before signing, the copy of the contract (s.53(3)) after.
  const large = largeContractSteps(ctx, lightTouch)
  return {
    title: lightTouch
      ? 'Direct award for extreme and unavoidable urgency (light touch contract)'
      : 'Direct award for extreme and unavoidable urgency',
    summary: [
      tooUrgent,
      'The Procurement Act 2023 then allows a direct award (s.41), using the justification in Schedule 5, paragraph 13.',
      'The services must be strictly necessary for reasons of extreme and unavoidable urgency, so that no competitive tendering procedure could award them.',
      'Urgency is unavoidable only if you did not cause it and could not have foreseen it (para 14).',
      lightTouch
        ? 'Light touch contracts have no minimum time periods, so first rule out a quick competition.'
        : 'A competition with 10-day periods is allowed in a state of urgency (s.54), so first rule that out.',
      valueSentence(ctx),
      'You commit to a transparency notice before the award and a contract award notice before you sign.',
      'No standstill is mandatory, but a voluntary one lowers the risk.',
    ].join(' '),
    references: [
      ref(
        'pa-2023',
        'Direct award in special cases, including to an excluded supplier when no other can perform in time',
        'Procurement Act 2023, s.41(1)-(5)',
        `${PA}/section/41`,
      ),
      ref(
        'pa-2023',
        'Extreme and unavoidable urgency',
        'Procurement Act 2023, Schedule 5, paragraphs 13 and 14',
        `${PA}/schedule/5`,
      ),
      ref(
        'pa-2023',
        'Shorter time periods in a state of urgency; none for light touch contracts',
        'Procurement Act 2023, s.54(3)-(4)',
        `${PA}/section/54`,
      ),
      ref('pa-2023', 'Transparency notices', 'Procurement Act 2023, s.44', `${PA}/section/44`),
      ...notice.references,
      conflictsAssessmentReference,
      pa2023.contractAwardNotice,
      ref(
        'pa-2023',
        'No mandatory standstill after an urgency award; a voluntary standstill of at least 8 working days',
        lightTouch
          ? 'Procurement Act 2023, s.51(3)(a) and (f), (4)-(5)'
          : 'Procurement Act 2023, s.51(3)(a), (4)-(5)',
        `${PA}/section/51`,
      ),
      ...largeContractReferences(ctx, lightTouch),
      lightTouch ? pa2023.lightTouchContractDetailsNotice : pa2023.contractDetailsNotice,
      pa2023.directAwardGuidance,
    ],
    risks: [
      'Courts read this ground strictly, and a competitor that could have delivered can challenge the award; a court can set aside a contract awarded unlawfully.',
      ...commonRisks,
      'Signing at once leaves no time for a challenge before the contract is made, so set a voluntary standstill where the emergency allows it.',
    ],
    nextSteps: [
      `${recordStep} ${involve('the direct award justification')}`,
      'Where time allows, ask several providers for quick offers (s.41(3) allows a selection process), and keep the contract short and limited to the emergency.',
      'Check that the provider is not an excluded supplier, and consider whether it is excludable (s.41(4)). An excluded supplier may be chosen only if no other can perform in time (s.41(5)(d)).',
      `${conflictsAssessmentStep('transparency notice')} ${notice.step}`,
      `Publish a [contract award notice](plan:pa.uk6) (s.50) before you sign. An urgency award needs no standstill (s.51(3)(a)), but [a voluntary standstill](plan:pa.standstill.voluntary) lowers the risk of challenge (s.51(4)-(5)).`,
      ...large.slice(0, -1),
      'Publish a [contract details notice](plan:pa.uk7) by its deadline after signing (s.53).',
      ...large.slice(-1),
    ],
  }
}

function pcrText(ctx: RouteContext, lightTouch: boolean): RouteText {
  return {
    title: lightTouch
      ? 'Light touch award without a call for competition: extreme urgency (PCR 2015)'
      : 'Negotiated procedure without prior publication: extreme urgency (PCR 2015)',
    summary: [
      tooUrgent,
      'Your procurement began before 24 February 2025, so the Public Contracts Regulations 2015 apply.',
      'Regulation 32(2)(c) allows a negotiated procedure without prior publication, but only as far as strictly necessary.',
      'Events you could not foresee and did not cause (reg 32(4)) must mean that even shortened time limits for a competition cannot be met.',
      valueSentence(ctx),
      ...(lightTouch
        ? [
            'Because the service is light touch, regulation 75(2) means you need not publish a call for competition where this ground applies.',
          ]
        : []),
      'No award decision notices or standstill are required (reg 86(5)(a)).',
      'A voluntary transparency notice and a wait of at least 10 days protect the contract against being declared ineffective.',
    ].join(' '),
    references: [
      ref(
        'pcr-2015',
        'Negotiated procedure without prior publication: extreme urgency, not attributable to the authority',
        'Public Contracts Regulations 2015, reg 32(2)(c) and (4)',
        `${PCR}/regulation/32`,
      ),
      ...(lightTouch
        ? [
            ref(
              'pcr-2015',
              'Light touch contracts: no call for competition where reg 32 could be used; award notices',
              'Public Contracts Regulations 2015, reg 75(2)-(4)',
              `${PCR}/regulation/75`,
            ),
          ]
        : [
            ref(
              'pcr-2015',
              'Contract award notice within 30 days of the award',
              'Public Contracts Regulations 2015, reg 50(1)',
              `${PCR}/regulation/50`,
            ),
          ]),
      ref(
        'pcr-2015',
        'No award decision notices where the award may be made without prior publication',
        'Public Contracts Regulations 2015, reg 86(5)(a)',
        `${PCR}/regulation/86`,
      ),
      ref(
        'pcr-2015',
        'Voluntary transparency notice and 10-day wait, protecting against ineffectiveness',
        'Public Contracts Regulations 2015, reg 99(3)-(4)',
        `${PCR}/regulation/99`,
      ),
      pcrSavingReference,
    ],
    risks: [
      'Courts read this ground strictly, and a competitor that could have delivered can challenge the award; a court can declare the contract ineffective.',
      ...commonRisks,
    ],
    nextSteps: [
      ...pcrSavingSteps('procurement'),
      'Here the step that counts is usually contacting the provider to begin the negotiated procedure, or publishing a VEAT notice (reg 5(3)(b) and (d)). If neither happened, make a Procurement Act 2023 direct award for urgency (s.41, Schedule 5, paragraph 13) after a transparency notice (s.44).',
      `${recordStep} ${involve('the decision not to advertise')}`,
      'Agree terms limited to what the emergency strictly needs, and record why regulation 32(2)(c) applies in your procurement report (reg 84).',
      'If the emergency allows, publish a voluntary transparency (VEAT) notice on Find a Tender giving your reasons (reg 99(4)). Then wait for [the standstill after it](plan:pcr.veat-wait) to end before you sign (reg 99(3)).',
      lightTouch
        ? 'Publish a light touch award notice on Find a Tender, on its own or grouped each quarter (reg 75(3)-(4)). Where Part 4 applies to your body, publish the award on Contracts Finder too.'
        : 'Publish a [contract award notice](plan:pcr.f03) on Find a Tender by its deadline (reg 50(1)). Where Part 4 applies to your body, publish the award on Contracts Finder too.',
    ],
  }
}

function pcsText(ctx: RouteContext, lightTouch: boolean): RouteText {
  return {
    title: 'Negotiated procedure without prior publication: extreme urgency (Scotland)',
    summary: [
      tooUrgent,
      'As a devolved Scottish body, you may then use the negotiated procedure without prior publication in regulation 33(1)(c) of the Public Contracts (Scotland) Regulations 2015.',
      'It applies only if strictly necessary, where events you could not foresee and did not cause (reg 33(3)) mean even shortened time limits cannot be met.',
      valueSentence(ctx),
      ...(lightTouch
        ? [
            'Because the service is light touch, regulation 75(2) means you need not publish a call for competition where this ground applies.',
          ]
        : []),
      'No notice of decision to award or standstill applies (reg 86(2)(a)).',
      'A voluntary transparency notice and a wait of at least 10 days protect the contract against ineffectiveness (reg 91(7)).',
    ].join(' '),
    references: [
      ref(
        'pcs-regs-2015',
        'Negotiated procedure without prior publication: extreme urgency, not attributable to the authority',
        'Public Contracts (Scotland) Regulations 2015, reg 33(1)(c) and (3)',
        `${PCS}/regulation/33`,
      ),
      ...(lightTouch
        ? [
            ref(
              'pcs-regs-2015',
              'Social and other specific services: no call for competition where reg 33 could be used; award notices',
              'Public Contracts (Scotland) Regulations 2015, reg 75(2)-(3)',
              `${PCS}/regulation/75`,
            ),
          ]
        : [
            ref(
              'pcs-regs-2015',
              'Contract award notice',
              'Public Contracts (Scotland) Regulations 2015, reg 51',
              `${PCS}/regulation/51`,
            ),
          ]),
      pcs2015.noStandstillWithoutPublication,
      pcs2015.ineffectivenessAfterTransparencyNotice,
      pcs2015.procurementJourneyNoStandstill,
    ],
    risks: [
      'Courts read this ground strictly, and a competitor that could have delivered can challenge the award. Without the notice and the wait, a court may find the contract ineffective.',
      ...commonRisks,
    ],
    nextSteps: [
      `${recordStep} ${involve('the decision not to advertise')}`,
      'Where time allows, ask more than one provider for a quick offer, and agree terms limited to what the emergency strictly needs.',
      'Publish a voluntary transparency notice that names the provider and explains why you are awarding without a competition (reg 91(7)(a)).',
      'If the emergency allows, wait for [the standstill after it](plan:pcs.veat-wait) to end before you sign (reg 91(7)(b)). A court then cannot make an ineffectiveness order because no contract notice was published.',
      'No notice of decision to award or standstill under regulations 85 and 86 applies, because the contract is exempt from prior publication of a contract notice (regs 85(4)(c) and 86(2)(a)).',
      lightTouch
        ? 'Sign, then publish a contract award notice on Public Contracts Scotland, on its own or grouped each quarter (reg 75(3)).'
        : 'Sign, then publish [a contract award notice](plan:pcs.can) on Public Contracts Scotland by its deadline (reg 51).',
    ],
  }
}

export const directAwardUrgency: RouteContent = {
  id: 'direct-award-urgency',
  name: 'Direct award for extreme urgency',
  appliesWhen:
    'Events you could not foresee and did not cause make the need so urgent that no competition, even a shortened one, could award the contract in time.',
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
