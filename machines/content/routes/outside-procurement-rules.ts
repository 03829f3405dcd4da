import { PA, PCR, PCS } from '../legislation'
import { ref } from '../reference'
import {
  byNation,
  byRegime,
  type Reference,
  type RouteContent,
  type RouteContext,
  type RouteText,
  type TextFor,
} from '../route-content'

/**
 * No procurement by the body is governed by the procurement rules (decision model, sections
 * 4.1, 5.1 and 6.2). The regime is the body's own today, `pa-2023` or `pcr-scotland-2015`,
 * and the references hold whatever was answered about timing: the contracting-authority test
 * of each set of rules, and direct payment law. The 2015 Regulations' test is shown beside the
 * Act's because this path never asks when the procurement began.
 */

/* ----------------------------------------------------- not a contracting authority */

const CARE = 'https://www.legislation.gov.uk/ukpga/2014/23'

const notBound =
  'On your answers, your organisation is not a contracting authority, so the public procurement rules do not bind it and no procedure is required.'

const stillApply =
  'Your funders’ conditions, charity and company law, and your own rules still apply.'

const eitherSide =
  'Charities, housing associations, universities and companies can fall on either side of the test, depending on their own funding and control.'

const commitReview =
  'You commit to recording this assessment with its evidence, and to reviewing it as your funding changes.'

const notAuthorityRisks = [
  'If the assessment is wrong, your contracts can be challenged as unlawful direct awards.',
  'Grant agreements often require competitive quotes or compliance with the procurement rules. Breaching them can mean repaying the grant.',
  'Your status can change: more public funding, or more public control of your board, can make you a contracting authority.',
  'Passing public money on to a provider may raise subsidy control questions. The Subsidy Control Act 2022 has its own meaning of public authority, so check how it applies to you.',
]

const recordStep =
  'Record the assessment with evidence: your income sources by year, who appoints your board, and any public control or guarantee of your losses.'
const reviewStep =
  'Review the assessment at least once a year, and whenever your funding or governance changes.'
const fundingStep =
  'Read the procurement clauses of every funding agreement that pays for this service, and follow them.'
const fairProcessStep =
  'Where public money pays for the service, run a proportionate, fair process anyway: seek quotes, set clear criteria, and record why you chose the provider.'
const noNoticesStep =
  'No procurement notice or standstill is required of you, but advertising the opportunity can widen your choice and help show value for money.'

function notAuthorityPa(ctx: RouteContext): RouteText {
  // The 2015 Regulations govern a procurement begun before 24 February 2025 (SI 2024/716 reg 5);
  // for a reserved body in Scotland, which set of 2015 Regulations governed it is disputed.
  const before = ctx.reservedBodyInScotland
    ? 'Before 24 February 2025 the 2015 Regulations’ test applied instead, and which Regulations governed a reserved body in Scotland is disputed: check.'
    : 'If this procurement began before 24 February 2025, the 2015 Regulations’ test of a “body governed by public law” applied instead (reg 2(1)).'
  return {
    title: 'Not bound by the procurement rules',
    summary: [
      notBound,
      'Under the Procurement Act 2023 a contracting authority is funded wholly or mainly from public money, or overseen by public bodies (s.2).',
      'It also does not operate on a commercial basis. Oversight means public bodies manage or control it, or appoint more than half of its board.',
      before,
      eitherSide,
      stillApply,
      commitReview,
    ].join(' '),
    references: [
      ref(
        'pa-2023',
        'Contracting authorities: public authorities, oversight and operating on a commercial basis',
        'Procurement Act 2023, s.2(1)-(4)',
        `${PA}/section/2`,
      ),
      ref(
        'pa-2023',
        'A public contract is one awarded by a contracting authority',
        'Procurement Act 2023, s.3',
        `${PA}/section/3`,
      ),
      ref(
        'co-contracting-authority-guidance',
        'The features of a contracting authority are the same as under the 2015 Regulations',
        'Cabinet Office, Guidance: Contracting Authority definition',
      ),
      ref(
        'pcr-2015',
        'Before 24 February 2025: contracting authorities and bodies governed by public law',
        'Public Contracts Regulations 2015, reg 2(1)',
        `${PCR}/regulation/2`,
      ),
      ref(
        'pcr-2015',
        'Before 24 February 2025: works contracts subsidised more than 50% by a contracting authority',
        'Public Contracts Regulations 2015, reg 13',
        `${PCR}/regulation/13`,
      ),
    ],
    risks: notAuthorityRisks,
    nextSteps: [
      recordStep,
      reviewStep,
      fundingStep,
      fairProcessStep,
      'The Procurement Act 2023 has no rule for contracts subsidised by a contracting authority. For a procurement begun before 24 February 2025, check the 2015 Regulations’ rule on subsidised works (reg 13).',
      noNoticesStep,
    ],
  }
}

function notAuthorityPcs(): RouteText {
  return {
    title: 'Not bound by the procurement rules (Public Contracts (Scotland) Regulations 2015)',
    summary: [
      notBound,
      'Under the Public Contracts (Scotland) Regulations 2015, a “body governed by public law” is a contracting authority (reg 2(1)).',
      'It is set up to meet needs in the general interest, not of an industrial or commercial character, and has legal personality.',
      'It is also financed mostly by public bodies, or supervised by them, or has more than half of its board appointed by them.',
      eitherSide,
      stillApply,
      commitReview,
    ].join(' '),
    references: [
      ref(
        'pcs-regs-2015',
        'Contracting authorities and bodies governed by public law',
        'Public Contracts (Scotland) Regulations 2015, reg 2(1)',
        `${PCS}/regulation/2`,
      ),
      ref(
        'pcs-regs-2015',
        'Works contracts subsidised more than 50% by a contracting authority, and connected services',
        'Public Contracts (Scotland) Regulations 2015, reg 14',
        `${PCS}/regulation/14`,
      ),
    ],
    risks: [
      ...notAuthorityRisks.slice(0, 3),
      'If a contracting authority subsidises more than half of certain works at or above the works threshold, the regulations bind you for them anyway (reg 14).',
      notAuthorityRisks[3] as string,
    ],
    nextSteps: [
      recordStep,
      reviewStep,
      fundingStep,
      fairProcessStep,
      'Check whether this is connected with works subsidised more than 50% by a contracting authority: civil engineering, or buildings for hospitals, sport, leisure, schools, universities or administration. If so, the regulations apply, and the subsidising authority must tell you (reg 14).',
      noNoticesStep,
    ],
  }
}

/* -------------------------------------------------------------- direct payment */

const directPaymentOpening = [
  'You told us this service is for one person, who will get a direct payment and arrange it themselves.',
  'The person, or someone acting for them, receives the money and contracts with the provider.',
  'You are not awarding a contract, so no procurement procedure, notice or standstill applies to their choice.',
]

const directPaymentCommit =
  'You commit to paying, monitoring and reviewing the payment, not to choosing the provider.'

/**
 * Who makes direct payments, for a body that is not the one the law names. In Northern Ireland
 * personal social services are run by health and social care bodies, not councils. An NHS body
 * in England may instead pay a personal health budget as a direct payment; whether a purchase
 * with it is outside the Provider Selection Regime is unconfirmed (spec 5.2, 7.1).
 */
function bodyCheck(ctx: RouteContext, law: DirectPaymentLaw): string[] {
  if (ctx.authorityType === 'nhs' && ctx.jurisdiction === 'england')
    return [
      'For health care, a personal health budget can be paid as a direct payment under NHS direct payment regulations.',
      'Whether a purchase made with it falls outside the Provider Selection Regime is a point to check.',
    ]
  if (ctx.authorityType === law.named) return []
  return [`This law gives the power to ${law.who}: check that your organisation has it.`]
}

function buyerAgainRisk(ctx: RouteContext): string {
  const instead =
    ctx.regime === 'pa-2023'
      ? 'Then use the user choice route or a competition.'
      : 'Then the Scottish procurement rules may apply to you: check which.'
  return `If you, not the person, choose, contract with or pay the provider, for example through a managed account you run, you may be the buyer again. ${instead}`
}

type DirectPaymentLaw = {
  title: string
  law: string[]
  references: Reference[]
  conditionsStep: string
  planStep: string
  /** The kind of body the law gives the power to, and its name in words. */
  named: RouteContext['authorityType']
  who: string
}

function directPaymentText(law: (ctx: RouteContext) => DirectPaymentLaw): TextFor {
  return (ctx) => {
    const l = law(ctx)
    return {
      title: l.title,
      summary: [...directPaymentOpening, ...l.law, ...bodyCheck(ctx, l), directPaymentCommit].join(
        ' ',
      ),
      references: [
        ...l.references,
        ...(ctx.authorityType === 'nhs' && ctx.jurisdiction === 'england'
          ? [
              ref(
                'nhse-direct-payments-healthcare',
                'Direct payments for health care: one way of managing a personal health budget',
                'NHS England, Guidance on direct payments for healthcare',
              ),
            ]
          : []),
      ],
      risks: [
        buyerAgainRisk(ctx),
        'Monitor that the payments meet the person’s assessed needs, and review them when the needs change.',
        'A person managing payments may struggle to find a provider or to employ staff, so make support available.',
        'Set out in writing what the payment may be spent on, and what happens to money not spent on it.',
      ],
      nextSteps: [
        l.conditionsStep,
        l.planStep,
        'Agree with the person how the payment will be used, accounted for and reviewed.',
        'Leave the choice of provider and the contract to the person. You award no contract, so no procurement notice or standstill applies.',
        'Offer support with managing the payment, for example a support service or a payroll provider.',
        'If the person would rather you arranged the service, answer the user choice question again: you would then be the buyer.',
      ],
    }
  }
}

const englandLaw = (): DirectPaymentLaw => ({
  title: 'The person buys the service with a direct payment (Care Act 2014)',
  law: [
    'The Care Act 2014 lets a council pay a direct payment where the adult, or an authorised person, asks for one (ss.31-32).',
    'The council must be satisfied that the payments can be managed and are an appropriate way to meet the needs.',
  ],
  references: [
    ref(
      'care-act-2014',
      'Direct payments: adults with capacity, adults without capacity, and further provision',
      'Care Act 2014, ss.31-33',
      `${CARE}/section/31`,
    ),
    ref('care-act-2014', 'The personal budget', 'Care Act 2014, s.26', `${CARE}/section/26`),
    ref(
      'care-act-2014',
      'The care and support plan (check which provision requires it to record the direct payment)',
      'Care Act 2014, s.25',
      `${CARE}/section/25`,
    ),
  ],
  conditionsStep:
    'Confirm the conditions of ss.31-32 of the Care Act 2014 on the person’s file: the request, capacity or an authorised person, and why the payment is appropriate.',
  planStep:
    'Record in the care and support plan the needs the payment meets, and its amount and frequency (check the provision that requires this; it is reported as s.25(2)).',
  named: 'local-authority',
  who: 'councils with care and support duties',
})

const walesLaw = (): DirectPaymentLaw => ({
  title:
    'The person buys the service with a direct payment (Social Services and Well-being (Wales) Act 2014)',
  law: [
    'Section 50 of the Social Services and Well-being (Wales) Act 2014, and regulations under it, let a council make direct payments towards an adult’s care and support.',
    'The adult, or someone lawfully acting for them, must consent, and the council must be satisfied the payments are an appropriate way to meet the needs.',
  ],
  references: [
    ref(
      'sswa-2014',
      'Direct payments to meet an adult’s needs',
      'Social Services and Well-being (Wales) Act 2014, s.50',
      'https://www.legislation.gov.uk/anaw/2014/4/section/50',
    ),
  ],
  conditionsStep:
    'Confirm the conditions of s.50 of the 2014 Act and its regulations on the person’s file: consent, and why the payment is appropriate.',
  planStep:
    'Record in the person’s care and support plan the needs the payment meets, and its amount and frequency.',
  named: 'local-authority',
  who: 'councils with social services functions',
})

const northernIrelandLaw = (): DirectPaymentLaw => ({
  title:
    'The person buys the service with a direct payment (Carers and Direct Payments Act (Northern Ireland) 2002)',
  law: [
    'Section 8 of the Carers and Direct Payments Act (Northern Ireland) 2002, and regulations under it, provide for direct payments.',
    'With the person’s consent, the authority that decided to provide a personal social service may pay them to secure it themselves.',
  ],
  references: [
    ref(
      'carers-direct-payments-ni-2002',
      'Direct payments for personal social services',
      'Carers and Direct Payments Act (Northern Ireland) 2002, s.8',
    ),
  ],
  conditionsStep:
    'Confirm on the person’s file the conditions of s.8 of the 2002 Act and its regulations, including consent.',
  planStep:
    'Record in the person’s care plan the needs the payment meets, and its amount and frequency.',
  named: 'nhs',
  who: 'the health and social care authorities that provide personal social services',
})

const scotlandLaw = (): DirectPaymentLaw => ({
  title:
    'The person buys the service with a direct payment (Social Care (Self-directed Support) (Scotland) Act 2013)',
  law: [
    'Under the Social Care (Self-directed Support) (Scotland) Act 2013, a council must offer a person eligible for social care four options for their support.',
    'Option 1 is a direct payment, which the person uses to arrange their own support.',
  ],
  references: [
    ref(
      'sds-scotland-2013',
      'The options for self-directed support',
      'Social Care (Self-directed Support) (Scotland) Act 2013',
    ),
    ref(
      'sds-scotland-guidance',
      'Option 1: a direct payment to the supported person',
      'Scottish Government, Self-directed Support statutory guidance, section 3',
    ),
  ],
  conditionsStep:
    'Confirm on the person’s file that they chose Option 1 after the information and assistance the 2013 Act requires.',
  planStep:
    'Record in the person’s support plan the needs the payment meets, and its amount and frequency.',
  named: 'local-authority',
  who: 'councils with social work functions',
})

const directPayment: TextFor = (ctx) =>
  byNation({
    wales: directPaymentText(walesLaw),
    'northern-ireland': directPaymentText(northernIrelandLaw),
    scotland: directPaymentText(scotlandLaw),
    elsewhere: directPaymentText(englandLaw),
  })(ctx)

/* --------------------------------------------------------------------- the route */

function byVariantOf(texts: Record<'not-a-contracting-authority' | 'direct-payment', TextFor>) {
  return (ctx: RouteContext): RouteText => {
    const text = texts[ctx.variant as keyof typeof texts]
    if (!text) throw new Error(`outside-procurement-rules has no variant ${ctx.variant}`)
    return text(ctx)
  }
}

export const outsideProcurementRules: RouteContent = {
  id: 'outside-procurement-rules',
  name: 'Outside the procurement rules',
  appliesWhen:
    'Your organisation is not a contracting authority, or the person buys the service themselves with a direct payment.',
  variantLabels: {
    'not-a-contracting-authority': 'Not a contracting authority',
    'direct-payment': 'Direct payment',
  },
  text: byRegime({
    'pa-2023': byVariantOf({
      'not-a-contracting-authority': notAuthorityPa,
      'direct-payment': directPayment,
    }),
    'pcr-scotland-2015': byVariantOf({
      'not-a-contracting-authority': notAuthorityPcs,
      'direct-payment': directPayment,
    }),
  }),
}
