import { SCA, subsidyControlAct2022 } from '../common-references'
import { formatPounds } from '../money'
import { ref } from '../reference'
import {
  byVariantId,
  type Reference,
  type RouteContent,
  type RouteContext,
  type RouteText,
} from '../route-content'
import { assistancePeriod, subsidyFigures } from '../subsidy-figures'

export { assistancePeriod, subsidyFigures }

/** The MFA limit in one sentence, for steps that name it in passing. */
export const mfaLimitSentence = `The Minimal Financial Assistance limit is ${formatPounds(subsidyFigures.mfaLimit)} of MFA and SPEI assistance together, over ${assistancePeriod}.`

/**
 * The Windsor Framework caveat, for every subsidy-type result in Northern Ireland. Article 10
 * reaches measures affecting trade between Northern Ireland and the EU in goods (agri-food
 * included) and the wholesale electricity market (DfE NI; UK Government guidance).
 */
export const windsorSentences = [
  'In Northern Ireland, EU State aid rules can also apply under Windsor Framework Article 10.',
] as const

export const windsorStep =
  'Ask your subsidy control officer whether Windsor Framework Article 10 brings in EU State aid rules. It reaches support affecting trade between Northern Ireland and the EU in goods, agri-food included, or the wholesale electricity market. The effect must be genuine, not hypothetical.'

/**
 * For results in England, Wales and Scotland: the UK Government guidance (Section 3) applies
 * Article 10 to a beneficiary located in Great Britain that has a real presence in the Northern
 * Ireland market, so the check is not for Northern Ireland bodies only.
 */
export const windsorGreatBritainStep =
  'If the recipient sells goods or wholesale electricity in Northern Ireland, ask your subsidy control officer whether Windsor Framework Article 10 brings in EU State aid rules.'

const windsorGuidance = () =>
  ref(
    'windsor-framework-art-10',
    'Where EU State aid rules still apply under the Windsor Framework, including to recipients in Great Britain',
    'Windsor Framework, Article 10 (UK Government guidance)',
  )

export function windsorReferences(): Reference[] {
  return [
    windsorGuidance(),
    ref(
      'dfe-ni-state-aid',
      'State aid and subsidy control in Northern Ireland',
      'Department for the Economy (NI) guidance',
    ),
  ]
}

/** The Windsor Framework caveat for a subsidy-type result: in full in Northern Ireland, a check elsewhere. */
export function windsorFor(ctx: Pick<RouteContext, 'jurisdiction'>): {
  sentences: readonly string[]
  references: Reference[]
  steps: string[]
} {
  return ctx.jurisdiction === 'northern-ireland'
    ? { sentences: windsorSentences, references: windsorReferences(), steps: [windsorStep] }
    : { sentences: [], references: [windsorGuidance()], steps: [windsorGreatBritainStep] }
}

const subsidyMeaning = ref(
  'subsidy-control-act-2022',
  'Meaning of "subsidy"',
  'Subsidy Control Act 2022, s.2',
  `${SCA}/section/2`,
)

function whyNotAContract(ctx: RouteContext): string {
  return ctx.answers['enforceable-deliverables'] === 'no'
    ? 'You said you will not set deliverables you can enforce, so the payment buys no service.'
    : 'You said neither you nor the people you serve receive the services in return, so the payment buys no service.'
}

const commonRisks = {
  contract:
    'If the agreement in substance buys services for you with enforceable deliverables, it is a public contract. It can then be challenged as an unlawful direct award.',
  failure:
    'The recipient may under-deliver or close, so pay in stages, monitor progress and keep a right to claw back unspent or misused money.',
  conflicts:
    'Councillors, board members or staff linked to the recipient must declare the interest and take no part in the decision.',
  fairness:
    'Other organisations can seek judicial review of an unfair or unexplained choice of recipient, so record your criteria and reasons.',
}

const firstStep =
  'Confirm your legal power to give the grant and who must approve it, with your legal and finance teams.'
const selectionStep =
  'Choose the recipient fairly: run an open call, or record why you are funding this organisation directly.'
const agreementStep =
  'Write a grant agreement setting out the purpose, outcomes, reporting, payment stages and clawback. No procurement notice or standstill applies.'
const monitorStep =
  'Monitor delivery against the agreement and keep records of the award, the checks you made and the payments.'

function notASubsidy(ctx: RouteContext): RouteText {
  const windsor = windsorFor(ctx)
  return {
    title: 'Grant funding to an organisation that does not trade (not a subsidy)',
    summary: [
      'A grant funds an organisation to carry out its own activity for public benefit.',
      'It is not a contract for services, so procurement rules do not apply.',
      whyNotAContract(ctx),
      'You also said the recipient does not offer goods or services on a market.',
      'The Subsidy Control Act 2022 only covers support to an enterprise, meaning someone engaged in economic activity on a market.',
      'So this grant is unlikely to be a subsidy.',
      'You commit to a written grant agreement, proportionate monitoring and a fair, reasoned decision.',
      ...windsor.sentences,
    ].join(' '),
    references: [
      subsidyMeaning,
      ref(
        'subsidy-control-act-2022',
        'Meaning of "enterprise"',
        'Subsidy Control Act 2022, s.7',
        `${SCA}/section/7`,
      ),
      ...windsor.references,
    ],
    risks: [
      commonRisks.contract,
      'If the recipient starts trading, or passes the money to a trading arm, the grant may become a subsidy that needs assessment.',
      commonRisks.failure,
      commonRisks.conflicts,
    ],
    nextSteps: [
      firstStep,
      'Record why the recipient is not an enterprise, checking its accounts and activities for any trading, with your subsidy control officer.',
      ...windsor.steps,
      selectionStep,
      agreementStep,
      monitorStep,
    ],
  }
}

/** Why the grant may be a subsidy: a "not sure" answer is an assumption, never "you said". */
function marketSentence(ctx: RouteContext, conclusion: string): string {
  return ctx.answers['economic-activity'] === 'not-sure'
    ? `You were not sure whether the activity is offered on a market, so we take the cautious view: the grant ${conclusion}.`
    : `You said the recipient trades on a market, so the grant ${conclusion}.`
}

function minimalFinancialAssistance(ctx: RouteContext): RouteText {
  const limit = formatPounds(subsidyFigures.mfaLimit)
  const windsor = windsorFor(ctx)
  return {
    title: 'Grant funding as Minimal Financial Assistance under the Subsidy Control Act 2022',
    summary: [
      'A grant funds an organisation to carry out its own activity for public benefit.',
      whyNotAContract(ctx),
      marketSentence(ctx, 'may be a subsidy under the Subsidy Control Act 2022'),
      `You expect the recipient to stay within the Minimal Financial Assistance limit: ${limit} of MFA and SPEI assistance together, over ${assistancePeriod}.`,
      'Within that limit, most subsidy control requirements do not apply.',
      'Before paying, you must notify the recipient in writing and get its written confirmation that it stays within the limit.',
      'You commit to a grant agreement and to monitoring it.',
      ...windsor.sentences,
    ].join(' '),
    references: [
      subsidyMeaning,
      ref(
        'subsidy-control-act-2022',
        'Minimal Financial Assistance: the limit and the period',
        'Subsidy Control Act 2022, s.36',
        `${SCA}/section/36`,
      ),
      ref(
        'subsidy-control-act-2022',
        'Minimal Financial Assistance: notification and confirmation',
        'Subsidy Control Act 2022, s.37',
        `${SCA}/section/37`,
      ),
      ...windsor.references,
    ],
    risks: [
      commonRisks.contract,
      `If the recipient’s earlier awards push it over ${limit}, the exemption does not apply and the grant must meet the subsidy control principles.`,
      commonRisks.failure,
      commonRisks.conflicts,
    ],
    nextSteps: [
      firstStep,
      'Send the recipient a Minimal Financial Assistance notification stating the value, and get its written confirmation before you pay (s.37).',
      ...windsor.steps,
      selectionStep,
      agreementStep,
      `When you pay, give the recipient a written Minimal Financial Assistance confirmation. Enter awards over ${formatPounds(subsidyFigures.transparencyFloor)} on the subsidy database.`,
      monitorStep,
    ],
  }
}

function subsidyAssessment(ctx: RouteContext): RouteText {
  const windsor = windsorFor(ctx)
  return {
    title: 'Grant funding assessed as a subsidy under the Subsidy Control Act 2022',
    summary: [
      'A grant funds an organisation to carry out its own activity for public benefit.',
      whyNotAContract(ctx),
      marketSentence(ctx, 'is likely to be a subsidy'),
      `Minimal Financial Assistance may not cover it: up to ${formatPounds(subsidyFigures.mfaLimit)} of MFA and SPEI assistance together, over ${assistancePeriod}.`,
      'You must consider the subsidy control principles and give the grant only if it is consistent with them.',
      'You could instead designate the service as a service of public economic interest (SPEI).',
      `SPEI assistance up to ${formatPounds(subsidyFigures.speiLimit)}, counted the same way, may then be an alternative.`,
      'You commit to a recorded assessment, transparency and monitoring.',
      ...windsor.sentences,
    ].join(' '),
    references: [
      subsidyMeaning,
      subsidyControlAct2022.dutyToApplySubsidyControlPrinciples,
      ref(
        'subsidy-control-act-2022',
        'The subsidy control principles',
        'Subsidy Control Act 2022, Schedule 1',
        `${SCA}/schedule/1`,
      ),
      ref(
        'subsidy-control-act-2022',
        'Entering subsidies on the subsidy database',
        'Subsidy Control Act 2022, s.33',
        `${SCA}/section/33`,
      ),
      ref(
        'subsidy-control-act-2022',
        'SPEI assistance: the limit and the period',
        'Subsidy Control Act 2022, s.38',
        `${SCA}/section/38`,
      ),
      ...windsor.references,
    ],
    risks: [
      commonRisks.contract,
      'A subsidy given without a proper assessment can be challenged in the Competition Appeal Tribunal, which can order its recovery.',
      commonRisks.failure,
      commonRisks.conflicts,
      commonRisks.fairness,
    ],
    nextSteps: [
      firstStep,
      'With your subsidy control officer, check whether Minimal Financial Assistance covers the grant before a full assessment. Check assistance for services of public economic interest (SPEI) too.',
      'Otherwise assess the grant against each subsidy control principle and record your conclusion before you decide (s.12).',
      'Check whether the grant is large or sensitive enough to need referral to the CMA’s Subsidy Advice Unit.',
      ...windsor.steps,
      agreementStep,
      'Enter the subsidy on the subsidy database where the transparency rules require it (s.33), then monitor delivery.',
    ],
  }
}

export const grant: RouteContent = {
  id: 'grant',
  name: 'Grant funding',
  appliesWhen:
    'You fund an organisation’s own activity for public benefit, without buying services for your organisation in return.',
  variantLabels: {
    'not-a-subsidy': 'Not a subsidy (the recipient does not trade)',
    'minimal-financial-assistance': 'Minimal Financial Assistance',
    'subsidy-assessment': 'Subsidy assessed against the principles',
  },
  // The same text under every regime the machine reaches it under (the body's own regime today,
  // the Procurement Act or the Scottish regulations): a grant is not a procurement, and the
  // Subsidy Control Act 2022 holds across the UK. Only Northern Ireland differs, by the Windsor
  // Framework (windsorFor).
  text: byVariantId({
    'not-a-subsidy': notASubsidy,
    'minimal-financial-assistance': minimalFinancialAssistance,
    'subsidy-assessment': subsidyAssessment,
  }),
}
