import { notifiableFrom } from '../../notifiable-contract'
import { callOffThreshold } from '../call-off-threshold'
import { pa2023, pcs2015 } from '../common-references'
import {
  conflictsAssessmentReference,
  conflictsAssessmentStep,
  largeCallOffReferences,
  largeCallOffSteps,
} from '../contract-duties'
import { PA, PCR, PCS } from '../legislation'
import { formatPounds } from '../money'
import { pcrSavingReference, pcrSavingSteps } from '../pcr-saving'
import { ref } from '../reference'
import {
  byRegime,
  type Reference,
  type RouteContent,
  type RouteContext,
  type RouteText,
} from '../route-content'
import { byVariant } from './light-touch-variant'

// Issue 17: next steps name the plan's steps: the plan counts the periods these next steps link to.

/** The body is a devolved Scottish authority (its own regime is the Scottish regulations). */
const devolvedScottish = (ctx: RouteContext) => ctx.bodyRegime === 'pcr-scotland-2015'

const commonRisks = [
  'Calling off a framework that does not name your organisation, or buying outside its scope, turns the call-off into an unlawful direct award.',
  "A framework's prices and terms may be out of date, so check that they still give value for money and suit this service.",
  'Anyone choosing the supplier who has links to a framework supplier must declare them, because an unmanaged conflict of interest can taint the award.',
  "Adding services the framework does not cover, or changing its terms substantially, takes the contract outside the framework's protection.",
]

const involveTeams =
  "Involve your procurement and legal teams, the budget holder and the framework's managing organisation early."

/** PCR 2015 reg 1(7): the Regulations do not extend to Scotland, save one paragraph (legal review 2026-12 B, #1). */
const pcrExtent = ref(
  'pcr-2015',
  'Extent: the 2015 Regulations do not extend to Scotland, except paragraph 19 of Schedule 6',
  'Public Contracts Regulations 2015, reg 1(7)',
  `${PCR}/regulation/1`,
)

const sppn52026 = ref(
  'sppn-5-2026',
  'Cross-border co-operation within the UK',
  'Scottish Government, SPPN 5/2026',
)

const pcsFrameworkAgreements = ref(
  'pcs-regs-2015',
  'Framework agreements',
  'Public Contracts (Scotland) Regulations 2015, reg 34',
  `${PCS}/regulation/34`,
)

/** The step shared by every call-off: a dynamic purchasing system under the Scottish rules is not covered here (review B, #27). */
const pcsDpsCheck =
  'If it is a dynamic purchasing system rather than a framework agreement, these steps do not cover it: check the Scottish rules for those systems (reg 35) instead.'

/**
 * Below the threshold a call-off is not a public contract (s.3(2)). Whether the Act then asks any
 * notice of it is not settled here: Part 6's notice duties (s.87) reach "regulated
 * below-threshold contracts", and whether a call-off is one is left to a check (spec 6.2). For a
 * devolved Scottish body, Schedule 9A decides which duties apply at all.
 */
function paBelowThresholdStep(ctx: RouteContext): string {
  const c = callOffThreshold(ctx)
  const details = `If the call-off is ${c.atOrAbove}, sign, then publish a [contract details notice](plan:pa.uk7) by its deadline (s.53).`
  if (devolvedScottish(ctx))
    return `${details} If it is ${c.below}, you still follow the framework's own call-off rules: check in Schedule 9A whether any notice is then due.`
  const from = notifiableFrom({
    jurisdiction: ctx.jurisdiction,
    authorityType: ctx.authorityType,
    // A call-off path never asks the threshold class, so only the kind of body tells.
    thresholdKind: undefined,
  })
  const notifiable =
    from === undefined
      ? 'a notifiable below-threshold contract (s.87)'
      : `a notifiable below-threshold contract, from ${formatPounds(from)} for your organisation (s.87(4))`
  return `${details} If it is ${c.below}, it is not a public contract (s.3(2)), but you still follow the framework's own call-off rules. Check whether any notice is then due, such as the contract details notice for ${notifiable}.`
}

function paText(ctx: RouteContext, lightTouch: boolean): RouteText {
  const scottish = devolvedScottish(ctx)
  const c = callOffThreshold(ctx)
  // Schedule 9A decides which of the Act's duties reach a devolved Scottish body's call-off,
  // so the over-£5m duties are stated, as a condition, for everyone else and given to the
  // Scottish body to check.
  const large = scottish ? [] : largeCallOffSteps(ctx, lightTouch)
  const references: Reference[] = [
    ref(
      'pa-2023',
      lightTouch
        ? 'Frameworks; the call-off rules do not apply to light touch frameworks'
        : 'Frameworks',
      lightTouch ? 'Procurement Act 2023, s.45(9)' : 'Procurement Act 2023, s.45',
      `${PA}/section/45`,
    ),
    ...(lightTouch
      ? []
      : [
          ref(
            'pa-2023',
            'Frameworks: competitive selection process',
            'Procurement Act 2023, s.46',
            `${PA}/section/46`,
          ),
        ]),
    ref(
      'pa-2023',
      'Competitive award by reference to dynamic markets, and applications to join during a procedure',
      'Procurement Act 2023, s.34(4)-(5)',
      `${PA}/section/34`,
    ),
    ref(
      'pa-2023',
      'Conflicts of interest: identify them and keep them under review (s.81); ensure none puts a supplier at an unfair advantage or disadvantage (s.82)',
      'Procurement Act 2023, ss.81-82',
      `${PA}/section/81`,
    ),
    conflictsAssessmentReference,
    ref('pa-2023', 'Contract award notice', 'Procurement Act 2023, s.50', `${PA}/section/50`),
    ref(
      'pa-2023',
      'Standstill: call-offs and light touch contracts are exempt; voluntary standstill',
      'Procurement Act 2023, s.51(3)-(5)',
      `${PA}/section/51`,
    ),
    pa2023.contractDetailsNotice,
    ...(scottish
      ? []
      : [
          ref(
            'pa-2023',
            'Public contracts: a contract at or above the threshold that is not exempted',
            'Procurement Act 2023, s.3(2)',
            `${PA}/section/3`,
          ),
          ref(
            'pa-2023',
            'Notifiable below-threshold contracts and their notices',
            'Procurement Act 2023, s.87',
            `${PA}/section/87`,
          ),
          ...largeCallOffReferences(lightTouch),
        ]),
  ]
  if (scottish) {
    references.push(
      ref(
        'pa-2023',
        'Devolved Scottish authorities using Procurement Act arrangements',
        'Procurement Act 2023, s.115A and Schedule 9A',
        `${PA}/section/115A`,
      ),
      ref(
        'procurement-regs-2024',
        'Insertion of s.115A into the Procurement Act 2023',
        'Procurement Regulations 2024, reg 47',
        'https://www.legislation.gov.uk/uksi/2024/692/regulation/47',
      ),
      ref(
        'cross-border-scotland-2025',
        'Cross-border procurement rules for Scottish bodies, in force 20 December 2025',
        'SSI 2025/392',
      ),
      sppn52026,
    )
  }

  return {
    title: lightTouch
      ? 'Call-off from a light touch framework or dynamic market (Procurement Act 2023)'
      : 'Call-off from a framework or dynamic market (Procurement Act 2023)',
    summary: [
      'You will place a call-off, an order under a framework or dynamic market set up under the Procurement Act 2023 that covers this service.',
      ...(scottish
        ? [
            'As a devolved Scottish body, you may use it: section 115A applies most of the Act to your call-off, as SPPN 5/2026 explains.',
          ]
        : []),
      ...(lightTouch
        ? [
            "For a light touch framework, the Act's rules on how call-offs are awarded do not apply (s.45(9)), so its own terms decide.",
          ]
        : [
            'Under a framework, you usually run a competitive selection process among its suppliers (s.45).',
            'You may award without competition only if the framework has one supplier, or sets the core terms and an objective way to choose one.',
          ]),
      'Under a dynamic market, you run a competitive flexible procedure that may exclude suppliers who are not members, after considering applications to join from those taking part (s.34).',
      "You commit to following the framework's terms at any value.",
      `If the call-off is ${c.atOrAboveNamed}, you also publish a contract award notice and a contract details notice.`,
    ].join(' '),
    references,
    risks: [
      ...commonRisks,
      'A supplier left out of a mini-competition, or scored unfairly, can challenge the award and ask the court to set the contract aside.',
    ],
    nextSteps: [
      lightTouch
        ? 'Confirm that the framework or dynamic market covers this service and names your organisation among those entitled to use it.'
        : 'Confirm that the framework or dynamic market covers this service and names your organisation among those entitled to use it (s.45(5)(f)).',
      ...(scottish
        ? [
            'Read SPPN 5/2026 with your legal team, and check in Schedule 9A which duties of the Act apply to your call-off, including those for call-offs over £5 million (ss.52-53).',
          ]
        : []),
      lightTouch
        ? 'Read the call-off rules in the framework itself, since the Act leaves the method for a light touch framework to its terms (s.45(9)).'
        : 'Read its award rules: a competitive selection process (s.46), or a direct award on its core terms and objective selection mechanism (s.45(4)).',
      `${involveTeams} Throughout, take all reasonable steps to identify and keep under review conflicts of interest among those involved (s.81). Take all reasonable steps to ensure none puts a supplier at an unfair advantage or disadvantage (s.82).`,
      `For a dynamic market, you publish a tender notice and run a competitive flexible procedure (s.34). ${conflictsAssessmentStep('tender notice')}`,
      'Before excluding a supplier that is not a member, consider its application to join if it asked to take part or tendered (s.34(4)), unless s.34(5) applies. Then send each bidder an assessment summary before the contract award notice (s.50(3)).',
      [
        `If the call-off is ${c.atOrAbove}, publish a [contract award notice](plan:pa.uk6) (s.50). Call-offs are exempt from the mandatory standstill (s.51(3)), but consider [a voluntary standstill](plan:pa.standstill.voluntary).`,
        ...c.checks,
      ].join(' '),
      // The over-£5m duties: the KPIs come before entering into the contract (s.52(1)).
      ...(large.length > 0 ? [large.join(' ')] : []),
      paBelowThresholdStep(ctx),
    ],
  }
}

/**
 * The call-off's value is not asked, so what depends on it is a condition against the threshold
 * of the framework's rules: for a saved framework, the 2015 Regulations' own figure (legal review
 * 2026-12 A, I7). Below it, the call-off is still a call-off under the framework's rules: under
 * the 2015 Regulations only the voluntary standstill for a mini-competition (reg 99(6)-(7)) and
 * the light touch award notice (reg 75(3)) fall away.
 */
const valueSentence = (ctx: RouteContext) =>
  `The call-off's value is not asked: duties that depend on it apply ${callOffThreshold(ctx).from}.`

/**
 * A call-off that starts under the Act's rules for the body (existing-procurement = no) but
 * under a saved framework follows the 2015 Regulations with it (spec 6.2; SI 2024/716 reg 5).
 */
const startsNow = (ctx: RouteContext) =>
  ctx.answers['existing-procurement'] === 'no'
    ? ['So your call-off, which starts now, follows them because the framework does.']
    : []

function pcrText(ctx: RouteContext, lightTouch: boolean): RouteText {
  const c = callOffThreshold(ctx)
  const references: Reference[] = [
    pcrSavingReference,
    ref(
      'co-transitional-guidance',
      'Contracts and tools awarded under the old rules stay under them until they end',
      'Cabinet Office, Guidance: transitional and saving arrangements',
    ),
    ...(lightTouch
      ? [
          ref(
            'pcr-2015',
            'Light touch frameworks: your own procedure, transparent and fair',
            'Public Contracts Regulations 2015, regs 74-76',
            `${PCR}/regulation/76`,
          ),
          ref(
            'pcr-2015',
            'Light touch award notices, which may be grouped quarterly',
            'Public Contracts Regulations 2015, reg 75(3)-(4)',
            `${PCR}/regulation/75`,
          ),
        ]
      : [
          ref(
            'pcr-2015',
            'Framework agreements and call-offs',
            'Public Contracts Regulations 2015, reg 33',
            `${PCR}/regulation/33`,
          ),
          ref(
            'pcr-2015',
            'Dynamic purchasing systems',
            'Public Contracts Regulations 2015, reg 34',
            `${PCR}/regulation/34`,
          ),
          ref(
            'pcr-2015',
            'Voluntary standstill protecting a mini-competition call-off from ineffectiveness',
            'Public Contracts Regulations 2015, reg 99(6)-(7)',
            `${PCR}/regulation/99`,
          ),
        ]),
  ]

  return {
    title: lightTouch
      ? 'Call-off from a light touch framework set up under PCR 2015'
      : 'Call-off from a framework agreement or dynamic purchasing system (PCR 2015)',
    summary: [
      lightTouch
        ? 'You will place a call-off, an order under a light touch framework set up under the Public Contracts Regulations 2015.'
        : 'You will place a call-off, an order under a framework agreement or dynamic purchasing system set up under the Public Contracts Regulations 2015.',
      'Its call-offs keep the 2015 rules if it was set up, or its contract notice was submitted, before 24 February 2025 (SI 2024/716, reg 5).',
      ...startsNow(ctx),
      valueSentence(ctx),
      ...(lightTouch
        ? [
            'You call off a light touch framework set up under regulations 74 to 76 by following its own published rules, transparently and equally.',
            'Take care before admitting new providers to an open light touch framework or approved list after 24 February 2025. That step may be a new award under the Act.',
          ]
        : [
            "With several suppliers, you award either directly on the framework's objective terms or by a mini-competition among capable suppliers (reg 33).",
            'Under a dynamic purchasing system, you invite every admitted supplier in the relevant category to tender (reg 34).',
          ]),
      "At any value, you commit to following the framework's terms without changing them substantially.",
    ].join(' '),
    references,
    risks: [
      ...commonRisks,
      lightTouch
        ? 'Admitting new providers after 24 February 2025 may fall under the new Act, so take legal advice before you add anyone.'
        : `If the call-off is ${c.atOrAbove}, a mini-competition run in breach of the framework rules can make it ineffective.`,
    ],
    nextSteps: [
      'Confirm that the framework or system covers this service and names your organisation, or its type, as a permitted user (reg 33(5)).',
      ...pcrSavingSteps('framework'),
      involveTeams,
      ...(lightTouch
        ? [
            "Follow the framework's published call-off rules, treating every provider equally and recording your reasons (reg 76).",
            'Before admitting a new provider to an open light touch framework or approved list, ask your legal team whether the Act now applies.',
            [
              `Check whether reg 75(3) requires a contract award notice for your call-off if it is ${c.atOrAbove}; it allows such notices to be grouped quarterly (reg 75(4)).`,
              ...c.checks,
              'Where Part 4 of the 2015 Regulations applies to your body, also publish the award on Contracts Finder.',
            ].join(' '),
          ]
        : [
            "Award directly on the framework's terms, or run a mini-competition inviting every capable supplier in writing with a reasonable time limit (reg 33(11)).",
            'Under a dynamic purchasing system, invite every admitted supplier in the category to tender (reg 34(21) and (22)). Check the end date SI 2024/716 reg 5(4) sets for a saved dynamic purchasing system.',
            [
              `For a mini-competition, if the call-off is ${c.atOrAbove}, send [award decision notices](plan:pcr.reg86) and hold [a standstill voluntarily](plan:pcr.voluntary-standstill) (reg 99(6)-(7)).`,
              ...c.checks,
            ].join(' '),
            `Publish the award as the framework requires and, where Part 4 of the 2015 Regulations applies to your body, on Contracts Finder. If the call-off is ${c.below}, check whether Part 4 still requires that.`,
          ]),
    ],
  }
}

/**
 * A devolved Scottish body calling off a framework or dynamic purchasing system set up under
 * PCR 2015. The 2015 Regulations do not extend to Scotland (reg 1(7)), and which rules govern
 * this call-off is not settled here, so the result says so and lists what to check, without
 * presenting PCR procedure, standstill or Contracts Finder as binding (legal review 2026-12 B, #1, #2).
 */
function scottishBodyPcrText(_ctx: RouteContext, lightTouch: boolean): RouteText {
  return {
    title: lightTouch
      ? 'Call-off by a Scottish body from a light touch framework set up under PCR 2015: check which rules apply'
      : 'Call-off by a Scottish body from a framework or dynamic purchasing system set up under PCR 2015: check which rules apply',
    summary: [
      'You want to place a call-off under an arrangement set up elsewhere in the UK under the Public Contracts Regulations 2015.',
      'This tool does not yet cover a devolved Scottish body calling off such an arrangement, so it cannot tell you which rules govern your call-off.',
      'The 2015 Regulations do not extend to Scotland, except paragraph 19 of Schedule 6 (reg 1(7)), so this result does not set out their call-off steps for you.',
      "The call-off's own value is not asked here, so check it against the threshold in the rules that govern it.",
      'Check with your legal team whether the Public Contracts (Scotland) Regulations 2015 govern it, and read SPPN 5/2026 on cross-border co-operation within the UK.',
      "Whichever rules apply, you commit to following the framework's terms without changing them substantially.",
    ].join(' '),
    references: [
      pcrExtent,
      pcsFrameworkAgreements,
      sppn52026,
      ref(
        'cross-border-scotland-2025',
        'Cross-border procurement rules for Scottish bodies, in force 20 December 2025',
        'SSI 2025/392',
      ),
    ],
    risks: [
      ...commonRisks.slice(0, 3),
      'Following rules that do not govern your call-off, and missing those that do, can leave the award open to challenge under the Scottish remedies.',
    ],
    nextSteps: [
      'Before you call off, take legal advice on which rules govern it. This tool does not yet cover a Scottish body using a framework set up under the 2015 Regulations.',
      'Confirm that the arrangement covers this service and names your organisation, or its type, among those entitled to use it.',
      "Read SPPN 5/2026 with your legal team, and ask the framework's managing organisation how Scottish bodies should call off from it.",
      `Check whether the Scottish rules govern the call-off: their framework agreement rules (reg 34)${lightTouch ? '' : ' or, for a dynamic purchasing system, their rules for those systems (reg 35)'}.`,
      'Check which remedies the Scottish rules give suppliers, and whether you need a notice of your decision, a standstill or an award notice on Public Contracts Scotland.',
      involveTeams,
    ],
  }
}

function pcsText(ctx: RouteContext, lightTouch: boolean): RouteText {
  const ukBody = !devolvedScottish(ctx)
  const c = callOffThreshold(ctx)
  const references: Reference[] = [
    lightTouch ? pcs2015.socialAndOtherSpecificServices : pcsFrameworkAgreements,
    pcs2015.noticeOfDecisionToAwardAndStandstill,
    ...(ukBody
      ? [
          ref(
            'cross-border-scotland-2025',
            'Cross-border procurement rules, in force 20 December 2025',
            'SSI 2025/392',
          ),
          sppn52026,
        ]
      : []),
  ]

  return {
    title: lightTouch
      ? 'Call-off from a light touch framework (Public Contracts (Scotland) Regulations 2015)'
      : 'Call-off from a framework agreement (Public Contracts (Scotland) Regulations 2015)',
    summary: [
      'You will place a call-off, an order under a framework set up under the Public Contracts (Scotland) Regulations 2015 that covers this service.',
      valueSentence(ctx),
      lightTouch
        ? 'You call off a light touch framework set up under regulations 74 to 76 by following its own published rules, transparently and equally.'
        : "The framework's terms decide whether you award directly or by a mini-competition among its suppliers (reg 34).",
      'Use only a framework that names your organisation, or the type of body you are, among those entitled to use it.',
      ...(ukBody
        ? [
            'Since 20 December 2025, SSI 2025/392 sets how the Scottish rules apply when a body from elsewhere in the UK calls off a Scottish framework.',
            'The Procurement Act 2023 may also apply to your call-off: the Scottish rules cannot disapply it, but a UK minister’s regulations can (s.115(2)-(3)).',
          ]
        : []),
      "At any value, you commit to following the framework's terms without changing them substantially.",
    ].join(' '),
    references,
    risks: [
      ...commonRisks,
      'A supplier left out of a mini-competition, or scored unfairly, can challenge the award in the courts.',
    ],
    nextSteps: [
      'Confirm that the framework covers this service and names your organisation, or its type, as a permitted user.',
      involveTeams,
      ...(ukBody
        ? [
            'Read SPPN 5/2026 with your legal team to apply the cross-border rules in force since 20 December 2025. Check it and Cabinet Office guidance on whether the Procurement Act 2023 also applies to your call-off.',
          ]
        : []),
      lightTouch
        ? "Follow the framework's published call-off rules, treating every provider equally and recording your reasons."
        : "Follow the framework's call-off method: a direct award on its terms, or a mini-competition among capable suppliers (reg 34).",
      pcsDpsCheck,
      [
        `If the call-off is ${c.atOrAbove}, check whether it needs a notice of your decision and a standstill. Where one applies, it lasts 10 days for notices sent electronically (reg 86).`,
        ...c.checks,
      ].join(' '),
      `Sign, then publish the award on Public Contracts Scotland where the framework or the regulations require it. If the call-off is ${c.below}, check whether any award notice is still due, including under the Procurement Reform (Scotland) Act 2014.`,
    ],
  }
}

export const frameworkCallOff: RouteContent = {
  id: 'framework-call-off',
  name: 'Call-off from a framework or dynamic market',
  appliesWhen:
    'An existing framework or dynamic market covers the service and your organisation may use it.',
  variantLabels: {
    'light-touch': 'Light touch services',
    standard: 'Standard services',
  },
  // A call-off takes its framework's regime, so every regime reaches it from every nation. Under
  // the 2015 Regulations, a devolved Scottish body (not a reserved body in Scotland) differs.
  text: byRegime({
    'pa-2023': byVariant(paText),
    'pcr-2015': (ctx) =>
      devolvedScottish(ctx) ? byVariant(scottishBodyPcrText)(ctx) : byVariant(pcrText)(ctx),
    'pcr-scotland-2015': byVariant(pcsText),
  }),
}
