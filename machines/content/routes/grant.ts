import { SCA, subsidyControlAct2022 } from '../common-references'
import { formatPounds } from '../money'
import { ref } from '../reference'
import type { Reference, RouteContent, RouteContext, RouteText } from '../route-content'

/**
 * Subsidy Control Act 2022 figures (read on legislation.gov.uk, legal-check.md §9).
 * They hold under every procurement regime, so grant, asset and joint venture content share them.
 */
export const subsidyFigures = {
  /** s.36(1): Minimal Financial Assistance over the current and two previous financial years. */
  mfaLimit: 315_000,
  /** s.38(1): SPEI assistance over the same period. */
  speiLimit: 725_000,
  /** s.36(4) and s.38(4): above this, MFA and SPEI awards still go on the subsidy database. */
  transparencyFloor: 100_000,
} as const

/** The Windsor Framework caveat, for every subsidy-type result in Northern Ireland. */
export const windsorSentences = [
  'In Northern Ireland, EU State aid rules can still apply under Windsor Framework Article 10. They reach support that affects trade in goods or electricity with the EU.',
] as const

export const windsorStep =
  'Ask your subsidy control officer whether Article 10 of the Windsor Framework brings in EU State aid rules. The effect on trade must be genuine, not hypothetical.'

export function windsorReferences(): Reference[] {
  return [
    ref(
      'windsor-framework-art-10',
      'Where EU State aid rules still apply in Northern Ireland',
      'Windsor Framework, Article 10 (UK Government guidance)',
    ),
    ref(
      'dfe-ni-state-aid',
      'State aid and subsidy control in Northern Ireland',
      'Department for the Economy (NI) guidance',
    ),
  ]
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

function notASubsidy(ctx: RouteContext, ni: boolean): RouteText {
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
      ...(ni ? windsorSentences : []),
    ].join(' '),
    references: [
      subsidyMeaning,
      ref(
        'subsidy-control-act-2022',
        'Meaning of "enterprise"',
        'Subsidy Control Act 2022, s.7',
        `${SCA}/section/7`,
      ),
      ...(ni ? windsorReferences() : []),
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
      ...(ni ? [windsorStep] : []),
      selectionStep,
      agreementStep,
      monitorStep,
    ],
  }
}

function minimalFinancialAssistance(ctx: RouteContext, ni: boolean): RouteText {
  const limit = formatPounds(subsidyFigures.mfaLimit)
  return {
    title: 'Grant funding as Minimal Financial Assistance under the Subsidy Control Act 2022',
    summary: [
      'A grant funds an organisation to carry out its own activity for public benefit.',
      whyNotAContract(ctx),
      'You said the recipient trades on a market, so the grant may be a subsidy under the Subsidy Control Act 2022.',
      `You expect the recipient to stay within the Minimal Financial Assistance limit of ${limit} over this and the previous two financial years.`,
      'Within that limit, most subsidy control requirements do not apply.',
      'Before paying, you must notify the recipient in writing and get its written confirmation that it stays within the limit.',
      'You commit to a grant agreement and to monitoring it.',
      ...(ni ? windsorSentences : []),
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
      ...(ni ? windsorReferences() : []),
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
      ...(ni ? [windsorStep] : []),
      selectionStep,
      agreementStep,
      `When you pay, give the recipient a written Minimal Financial Assistance confirmation. Enter awards over ${formatPounds(subsidyFigures.transparencyFloor)} on the subsidy database.`,
      monitorStep,
    ],
  }
}

function subsidyAssessment(ctx: RouteContext, ni: boolean): RouteText {
  return {
    title: 'Grant funding assessed as a subsidy under the Subsidy Control Act 2022',
    summary: [
      'A grant funds an organisation to carry out its own activity for public benefit.',
      whyNotAContract(ctx),
      'You said the recipient trades on a market, so the grant is likely to be a subsidy.',
      `Minimal Financial Assistance, up to ${formatPounds(subsidyFigures.mfaLimit)} over three financial years, may not cover it.`,
      'You must consider the subsidy control principles and give the grant only if it is consistent with them.',
      'You could instead designate the service as a service of public economic interest (SPEI).',
      `SPEI assistance up to ${formatPounds(subsidyFigures.speiLimit)} over three financial years may then be an alternative.`,
      'You commit to a recorded assessment, transparency and monitoring.',
      ...(ni ? windsorSentences : []),
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
      ...(ni ? windsorReferences() : []),
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
      ...(ni ? [windsorStep] : []),
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
  text: (ctx) => {
    const ni = ctx.jurisdiction === 'northern-ireland'
    if (ctx.variant === 'minimal-financial-assistance') return minimalFinancialAssistance(ctx, ni)
    if (ctx.variant === 'subsidy-assessment') return subsidyAssessment(ctx, ni)
    return notASubsidy(ctx, ni)
  },
}
