import { isDevolvedWelshAuthority } from '../../devolved-welsh-authority'
import { pa2023, pcs2015 } from '../common-references'
import { lightTouchAwardNotice } from '../common-sentences'
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
  byRegime,
  type Reference,
  type RouteContent,
  type RouteContext,
  type RouteText,
} from '../route-content'
import { valueSentence } from '../value-sentence'
import {
  throughSell2Wales,
  welshNoticeContentReference,
  welshPlatformReferenceFor,
} from '../welsh-notices'
import { byVariant } from './light-touch-variant'

// Issue 17: next steps name the plan's steps: the plan counts the periods these next steps link to.

const onlyOne =
  'You told us only one provider can deliver this service, because of exclusive rights or for technical reasons, not preference.'

const evidenceStep =
  'Gather the evidence that only this provider can deliver: the exclusive rights or technical reasons, and why no reasonable alternative exists.'

/** Who signs off an award without competition, named in the first step. */
const involve = (approves: string) =>
  `Involve your legal team, the budget holder and the officer who will approve ${approves}.`

/**
 * What a transparency notice must contain, and where it goes. For a devolved Welsh authority the
 * Welsh Ministers' regulations govern (legal review 2026-12 A, W2, I10); the Procurement
 * Regulations 2024 reg 26 holds for England and Northern Ireland.
 */
export function transparencyNotice(ctx: RouteContext): { step: string; references: Reference[] } {
  if (isDevolvedWelshAuthority(ctx))
    return {
      step: `Before you award, ${throughSell2Wales('[transparency notice](plan:pa.uk5) (s.44)')}. The Procurement (Wales) Regulations 2024 set what it must contain. Submit your later notices the same way.`,
      references: [
        welshNoticeContentReference,
        welshPlatformReferenceFor('The transparency notice', 'j'),
      ],
    }
  return {
    step: 'Publish a [transparency notice](plan:pa.uk5) (s.44) on the central digital platform before you award; regulation 26 of the Procurement Regulations 2024 sets what it must contain.',
    references: [
      ref(
        'procurement-regs-2024',
        'What a transparency notice must contain',
        'Procurement Regulations 2024, reg 26',
        'https://www.legislation.gov.uk/uksi/2024/692/regulation/26',
      ),
    ],
  }
}

const commonRisks = [
  'Exclusive rights you created yourself, or a specification drawn around one provider, are unlikely to justify an award without competition.',
  'Officers close to the provider must declare any interest, because a conflict of interest undermines the reasons for choosing it.',
  'Relying on one provider leaves you exposed if it fails, so agree continuity plans, step-in rights and an exit strategy.',
  'Adding services that others could provide may need a competition, so keep the scope to what only this provider can deliver.',
]

function paText(ctx: RouteContext, lightTouch: boolean): RouteText {
  const notice = transparencyNotice(ctx)
  // Over £5m: the KPIs (s.52, not for light touch) come before signing, the copy of the contract (s.53(3)) after.
  const large = largeContractSteps(ctx, lightTouch)
  return {
    title: lightTouch
      ? 'Direct award to the only capable supplier (light touch contract)'
      : 'Direct award to the only capable supplier',
    summary: [
      onlyOne,
      'The Procurement Act 2023 lets you award directly in that case (s.41), using the justifications in Schedule 5, paragraphs 5 and 6.',
      'Each needs two things: only that supplier can deliver, and there is no reasonable alternative.',
      valueSentence(ctx),
      'Test the market first, through preliminary market engagement, so your record shows that no one else could deliver.',
      lightTouch
        ? 'You commit to publishing a transparency notice and a contract award notice; light touch contracts need no standstill, but a voluntary one is advised.'
        : 'You commit to publishing a transparency notice before the award, then a contract award notice and a mandatory standstill of 8 working days.',
    ].join(' '),
    references: [
      ref(
        'pa-2023',
        'Direct award in special cases',
        'Procurement Act 2023, s.41',
        `${PA}/section/41`,
      ),
      ref(
        'pa-2023',
        'Single suppliers: exclusive rights, or no competition for technical reasons',
        'Procurement Act 2023, Schedule 5, paragraphs 5 and 6',
        `${PA}/schedule/5`,
      ),
      ref('pa-2023', 'Transparency notices', 'Procurement Act 2023, s.44', `${PA}/section/44`),
      ...notice.references,
      pa2023.preliminaryMarketEngagement,
      conflictsAssessmentReference,
      ref(
        'pa-2023',
        lightTouch
          ? 'Standstill: light touch contracts are exempt; voluntary standstill'
          : 'Mandatory standstill of 8 working days',
        lightTouch ? 'Procurement Act 2023, s.51(3)(f) and (4)-(5)' : 'Procurement Act 2023, s.51',
        `${PA}/section/51`,
      ),
      ...largeContractReferences(ctx, lightTouch),
      pa2023.directAwardGuidance,
    ],
    risks: [
      'A competitor that can offer a reasonable alternative can challenge the award, and a court can set aside a contract awarded unlawfully.',
      ...commonRisks,
    ],
    nextSteps: [
      `${evidenceStep} ${involve('the direct award justification')}`,
      'Test the market first, for example through preliminary market engagement (s.16), and record the responses. A notice under s.17 is good practice here, not a duty.',
      'Check that the provider is not an excluded supplier, and consider whether it is an excludable supplier (s.41).',
      `${conflictsAssessmentStep('transparency notice')} ${notice.step}`,
      lightTouch
        ? lightTouchAwardNotice
        : 'Publish a [contract award notice](plan:pa.uk6) (s.50), then wait for [the mandatory standstill to end](plan:pa.standstill.mandatory) (s.51) before you sign.',
      ...large.slice(0, -1),
      'Publish a [contract details notice](plan:pa.uk7) by its deadline after signing (s.53).',
      ...large.slice(-1),
    ],
  }
}

function pcrText(ctx: RouteContext, lightTouch: boolean): RouteText {
  return {
    title: lightTouch
      ? 'Light touch award without a call for competition: only one provider (PCR 2015)'
      : 'Negotiated procedure without prior publication: only one provider (PCR 2015)',
    summary: [
      onlyOne,
      'Your procurement began before 24 February 2025, so the Public Contracts Regulations 2015 apply.',
      'Regulation 32(2)(b) allows a negotiated procedure without prior publication where only one provider can deliver, for technical reasons or to protect exclusive rights.',
      'It applies only where no reasonable alternative exists and you have not narrowed the requirement artificially.',
      valueSentence(ctx),
      ...(lightTouch
        ? [
            'Because the service is light touch, regulation 75(2) means you need not publish a call for competition where this ground applies.',
          ]
        : []),
      'You commit to publishing a voluntary ex ante transparency (VEAT) notice, which announces the award in advance. You then wait at least 10 days before you sign.',
    ].join(' '),
    references: [
      ref(
        'pcr-2015',
        'Negotiated procedure without prior publication: only one provider',
        'Public Contracts Regulations 2015, reg 32(2)(b)',
        `${PCR}/regulation/32`,
      ),
      ...(lightTouch
        ? [
            ref(
              'pcr-2015',
              'Light touch contracts: no call for competition where reg 32 could be used',
              'Public Contracts Regulations 2015, reg 75(2)',
              `${PCR}/regulation/75`,
            ),
          ]
        : []),
      ref(
        'pcr-2015',
        'Voluntary transparency notice and 10-day wait, protecting against ineffectiveness',
        'Public Contracts Regulations 2015, reg 99(3)-(4)',
        `${PCR}/regulation/99`,
      ),
      pcrSavingReference,
    ],
    risks: [
      'A competitor that can offer a reasonable alternative can challenge the award, and a court can declare the contract ineffective.',
      ...commonRisks,
    ],
    nextSteps: [
      ...pcrSavingSteps('procurement'),
      'Here the step that counts is usually contacting the provider to begin the negotiated procedure, or publishing a VEAT notice (reg 5(3)(b) and (d)). If neither happened, make a Procurement Act 2023 direct award instead (s.41, Schedule 5, paragraphs 5 and 6), after a transparency notice (s.44).',
      `${evidenceStep} ${involve('the decision not to advertise')}`,
      'Negotiate terms with the provider, and record why regulation 32(2)(b) applies in your procurement report (reg 84).',
      'If you have not already, publish a voluntary transparency (VEAT) notice on Find a Tender, giving your reasons for awarding without a competition (reg 99(4)). Wait for [the standstill after it](plan:pcr.veat-wait) to end before you sign (reg 99(3)).',
      'Publish a contract award notice on Find a Tender and, where Part 4 applies to your body, the award on Contracts Finder.',
    ],
  }
}

function pcsText(ctx: RouteContext, lightTouch: boolean): RouteText {
  return {
    title: 'Negotiated procedure without prior publication: only one provider (Scotland)',
    summary: [
      onlyOne,
      'As a devolved Scottish body, you may use the negotiated procedure without prior publication in regulation 33 of the Public Contracts (Scotland) Regulations 2015.',
      'Use it only where that is genuinely so, and record why no reasonable alternative exists.',
      valueSentence(ctx),
      ...(lightTouch
        ? [
            'For light touch services, ask your legal team how regulations 74 to 76 apply to an award without advertising.',
          ]
        : []),
      'Test the market first, so your record shows that no one else could deliver.',
      'You commit to publishing a voluntary transparency notice, then waiting at least 10 days after its publication before you sign (reg 91(7)).',
    ].join(' '),
    references: [
      ref(
        'pcs-regs-2015',
        'Negotiated procedure without prior publication',
        'Public Contracts (Scotland) Regulations 2015, reg 33',
        `${PCS}/regulation/33`,
      ),
      ...(lightTouch ? [pcs2015.socialAndOtherSpecificServices] : []),
      pcs2015.preliminaryMarketConsultation,
      pcs2015.noStandstillWithoutPublication,
      pcs2015.ineffectivenessAfterTransparencyNotice,
      pcs2015.procurementJourneyNoStandstill,
    ],
    risks: [
      'A competitor that can offer a reasonable alternative can challenge the award. Without the notice and the wait, a court may find the contract ineffective.',
      ...commonRisks,
    ],
    nextSteps: [
      'Record the evidence that only this provider can deliver, and why no reasonable alternative exists, to show that regulation 33 applies.',
      'Test the market through preliminary market consultation (reg 41) or a prior information notice, and record the responses.',
      'Involve your legal team, the budget holder and the officer who will approve the decision not to advertise.',
      'Publish a voluntary transparency notice that names the provider and explains why you are awarding without a competition (reg 91(7)(a)).',
      'No award decision notice or standstill under regulations 85 and 86 applies, because the contract is exempt from prior publication of a contract notice (regs 85(4)(c) and 86(2)(a)).',
      'Instead, wait for [the standstill after the voluntary transparency notice](plan:pcs.veat-wait) to end before you sign (reg 91(7)(b)). A court then cannot make an ineffectiveness order on the ground that no contract notice was published.',
      'Sign after the wait ends, then publish a contract award notice on Public Contracts Scotland.',
    ],
  }
}

export const directAwardUniqueness: RouteContent = {
  id: 'direct-award-uniqueness',
  name: 'Direct award to the only capable provider',
  appliesWhen:
    'Only one provider can deliver, because of exclusive rights or for technical reasons, and no reasonable alternative exists.',
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
