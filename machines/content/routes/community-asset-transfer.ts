import { SCA, subsidyControlAct2022 } from '../common-references'
import { formatPounds } from '../money'
import { ref } from '../reference'
import {
  byVariantId,
  type Jurisdiction,
  type Reference,
  type RouteContent,
  type RouteContext,
  type RouteText,
} from '../route-content'
import { mfaLimitSentence, windsorFor } from './grant'

/** General Disposal Consent (England) 2003: undervalue allowed without specific consent (legal-check.md §8). */
const ENGLAND_CONSENT_LIMIT = 2_000_000

type LandRules = { sentences: string[]; references: Reference[]; steps: string[] }

const s123 = ref(
  'lga-1972-s123',
  'Councils: best consideration on disposal of land, short tenancies and open space notices',
  'Local Government Act 1972, s.123(2), (2A) and (7)',
)
const s74 = ref(
  'lgsa-1973-s74',
  'Scottish councils: best consideration on disposal of land, and when the duty does not apply',
  'Local Government (Scotland) Act 1973, s.74(2) and (2A)',
)

const lgaNi = ref(
  'lga-ni-1972',
  'Northern Ireland councils: land',
  'Local Government Act (Northern Ireland) 1972',
)

/**
 * England and Wales: s.123(2) LGA 1972 excludes a short tenancy (a term of seven years or less,
 * s.123(7)); open space needs advertised notice first (s.123(2A)); land held for planning or
 * housing purposes has its own consent regimes, and parish and community councils dispose under
 * s.127 (legal review 2026-12 B, #12).
 */
const shortTenancy =
  'The duty does not cover a lease of seven years or less, or the assignment of one with seven years or less to run (s.123(2) and (7)).'
const otherLandRules =
  'If the land is open space, advertise the disposal in two consecutive weeks and consider objections first (s.123(2A)). Check the separate consent rules for land held for planning or housing purposes.'
const parishCouncils =
  'A parish or community council disposes of land under s.127 of the 1972 Act instead: check its rules.'

/** England and Wales: a market price meets the best consideration duty of s.123 of the 1972 Act. */
const s123FullValue: LandRules = {
  sentences: [
    'As a council, a market price also meets your duty to obtain the best consideration reasonably obtainable.',
  ],
  references: [s123],
  steps: [
    'Record how the price meets your best consideration duty (s.123 of the 1972 Act).',
    otherLandRules,
  ],
}

/** A council's land disposal rules, by nation, for a sale or lease at market value. */
const councilFullValueRules: Record<Jurisdiction, LandRules> = {
  england: s123FullValue,
  wales: s123FullValue,
  scotland: {
    sentences: [
      'As a Scottish council, a market price also meets your duty to obtain the best consideration reasonably obtainable.',
    ],
    references: [s74],
    steps: ['Record how the price meets your best consideration duty (s.74 of the 1973 Act).'],
  },
  'northern-ireland': {
    sentences: [
      'As a council, you dispose of land under the Local Government Act (Northern Ireland) 1972 and your own disposal policy.',
    ],
    references: [lgaNi],
    steps: ['Follow your council’s land disposal policy and record how you set the price.'],
  },
}

/** The land disposal rules of the body's nation, for a sale or lease at market value. */
function fullValueRules(ctx: RouteContext): LandRules {
  if (ctx.authorityType !== 'local-authority') return ownRules(ctx, false)
  return councilFullValueRules[ctx.jurisdiction]
}

const bestConsideration =
  'As a council, you must obtain the best consideration reasonably obtainable unless a consent applies (s.123, Local Government Act 1972).'
const englandOrWales = [bestConsideration, shortTenancy]

/** A council's land disposal rules, by nation, for a transfer below market value. */
const councilUndervalueRules: Record<Jurisdiction, LandRules> = {
  england: {
    sentences: [
      ...englandOrWales,
      `The General Disposal Consent (England) 2003 covers disposals for well-being purposes where the undervalue is ${formatPounds(ENGLAND_CONSENT_LIMIT)} or less.`,
    ],
    references: [
      s123,
      ref(
        'general-disposal-consent-2003',
        'General consent for disposals at undervalue (England)',
        'General Disposal Consent (England) 2003, Circular 06/03',
      ),
    ],
    steps: [
      `Check the disposal fits the General Disposal Consent: a well-being purpose and an undervalue of ${formatPounds(ENGLAND_CONSENT_LIMIT)} or less. Otherwise seek the Secretary of State’s consent. ${parishCouncils}`,
      otherLandRules,
    ],
  },
  wales: {
    sentences: [
      ...englandOrWales,
      'The General Disposal Consent (Wales) 2003 may allow a discount for well-being purposes: check its terms and any monetary limit first.',
    ],
    references: [
      s123,
      ref(
        'oss-general-disposal-consents',
        'General consent for disposals at undervalue (Wales), with its well-being test',
        'General Disposal Consent (Wales) 2003, as described by the Open Spaces Society',
      ),
    ],
    steps: [
      `Check with your legal team that the discount fits the General Disposal Consent (Wales) 2003, including any monetary limit, or seek the Welsh Ministers’ specific consent. ${parishCouncils}`,
      otherLandRules,
    ],
  },
  scotland: {
    sentences: [
      'As a Scottish council, you must obtain the best consideration reasonably obtainable, unless s.74(2A) or the 2010 Disposal of Land Regulations allow less.',
    ],
    references: [
      s74,
      ref(
        'disposal-land-scotland-2010',
        'When Scottish councils may dispose of land for less than best consideration',
        'Disposal of Land by Local Authorities (Scotland) Regulations 2010 (SSI 2010/160)',
      ),
    ],
    steps: [
      'Apply s.74 and the 2010 Regulations with your legal team. The duty does not apply where the best consideration is under £10,000, or the discount under 25% of it (s.74(2A), reg 2).',
      'For a larger discount, record an appraisal and a finding that the disposal is reasonable and serves a listed purpose (regs 3 and 4). Check the extra rules for housing land and common good land.',
    ],
  },
  'northern-ireland': {
    sentences: [
      'As a council, you must apply to the Department for Communities once the full council has ratified a disposal at less than best price.',
    ],
    references: [
      lgaNi,
      ref(
        'dfc-ni-lg-21-20',
        'Applying to the Department for disposals at less than best price',
        'Department for Communities Circular LG 21/20',
      ),
    ],
    steps: [
      'Once the full council has ratified the decision, apply to the Department for Communities as Circular LG 21/20 describes.',
    ],
  },
}

/** The land disposal rules of the body's nation, for a transfer below market value. */
function undervalueRules(ctx: RouteContext): LandRules {
  if (ctx.authorityType !== 'local-authority') return ownRules(ctx, true)
  return councilUndervalueRules[ctx.jurisdiction]
}

/** Bodies other than councils follow their own disposal rules; the tool does not name them beyond an example. */
function ownRules(ctx: RouteContext, undervalue: boolean): LandRules {
  return {
    sentences: [
      undervalue
        ? 'Your organisation’s own disposal rules also apply, for example Managing Public Money or your nation’s equivalent, and may need approval for a discount.'
        : 'Your organisation’s own disposal rules also apply, for example Managing Public Money or your nation’s equivalent.',
    ],
    references:
      ctx.jurisdiction === 'england'
        ? [
            ref(
              'managing-public-money',
              'Disposing of public assets',
              'HM Treasury, Managing Public Money',
            ),
          ]
        : [],
    steps: [
      'Check your organisation’s own disposal rules and who must approve the transfer, with your finance team.',
    ],
  }
}

/** Part 5 of the Community Empowerment (Scotland) Act 2015 reaches devolved Scottish bodies only. */
function scottishRequests(ctx: RouteContext): LandRules {
  if (ctx.jurisdiction !== 'scotland' || ctx.regime !== 'pcr-scotland-2015') {
    return { sentences: [], references: [], steps: [] }
  }
  return {
    sentences: [
      'Under Part 5 of the Community Empowerment (Scotland) Act 2015, community bodies can ask a relevant authority for an asset transfer.',
      'It must agree unless there are reasonable grounds for refusing (s.82(5)).',
    ],
    references: [
      ref(
        'community-empowerment-scotland-2015',
        'Asset transfer requests by community bodies',
        'Community Empowerment (Scotland) Act 2015, Part 5',
      ),
    ],
    steps: [
      'If a community body makes an asset transfer request, agree to it unless you have reasonable grounds to refuse (s.82(5)). Follow the Part 5 procedure and time limits, and dispose of the land to no one else meanwhile (s.84).',
    ],
  }
}

const opening = [
  'A community asset transfer passes land or buildings to a community organisation, by sale or lease.',
  'You said no service obligations come with it, so it is not a public contract.',
]

const valuationStep =
  'Get an independent valuation of the market value, taking account of any restrictions on use.'
const noProcurementStep =
  'Confirm with your legal team that no service obligations come with the transfer, so procurement rules do not apply.'
const capacityStep =
  'Assess the organisation’s business plan, governance and capacity to run the asset, with your finance team.'
const termsStep =
  'Agree the sale or lease terms, including community use covenants and clawback, and record the decision. No procurement notice or standstill applies.'

const risks = {
  failure:
    'The organisation may fail or change its purpose, so use covenants, clawback or a right to take the asset back.',
  obligations:
    'If you later attach service obligations, the deal may become a public contract that needed a procurement.',
  costs:
    'Repairs, insurance and compliance costs pass to the organisation, so check it can carry them.',
  conflicts:
    'Councillors, board members or staff linked to the organisation must declare the interest and take no part in the decision.',
}

function fullValue(ctx: RouteContext): RouteText {
  const rules = fullValueRules(ctx)
  const scot = scottishRequests(ctx)
  return {
    title: 'Community asset transfer at full market value',
    summary: [
      ...opening,
      'You also said the organisation will pay full market value.',
      'A transfer on market terms gives no economic advantage, so it is normally not a subsidy under the Subsidy Control Act 2022.',
      ...rules.sentences,
      ...scot.sentences,
      'You commit to an independent valuation, clear sale or lease terms, and a record of how you set the price.',
    ].join(' '),
    references: [
      ref(
        'subsidy-control-act-2022',
        'Support on market terms confers no economic advantage',
        'Subsidy Control Act 2022, s.3',
        `${SCA}/section/3`,
      ),
      ...rules.references,
      ...scot.references,
    ],
    risks: [
      risks.failure,
      'A weak or out-of-date valuation can be challenged, and a price below market value may be a subsidy you did not assess.',
      risks.obligations,
      risks.costs,
      risks.conflicts,
    ],
    nextSteps: [
      valuationStep,
      noProcurementStep,
      'Record why the price is market value, so the transfer confers no subsidy.',
      ...rules.steps,
      ...scot.steps,
      capacityStep,
      termsStep,
    ],
  }
}

function undervalue(ctx: RouteContext): RouteText {
  const windsor = windsorFor(ctx)
  const rules = undervalueRules(ctx)
  const scot = scottishRequests(ctx)
  return {
    title: 'Community asset transfer below market value',
    summary: [
      ...opening,
      'You plan to transfer it below market value, to support the organisation’s community purpose.',
      'If the organisation trades on a market, the discount can be a subsidy under the Subsidy Control Act 2022.',
      ...rules.sentences,
      ...scot.sentences,
      ...windsor.sentences,
      'You commit to a valuation showing the discount, a reasoned decision, and conditions that protect the community use.',
    ].join(' '),
    references: [
      subsidyControlAct2022.meaningOfSubsidyIncludingGoodsAndServices,
      subsidyControlAct2022.minimalFinancialAssistance,
      ...rules.references,
      ...scot.references,
      ...windsor.references,
    ],
    risks: [
      risks.failure,
      'A discount given without the right consent or subsidy assessment can be challenged by judicial review or in the Competition Appeal Tribunal.',
      risks.obligations,
      risks.costs,
      risks.conflicts,
    ],
    nextSteps: [
      valuationStep,
      noProcurementStep,
      `Ask your subsidy control officer whether the discount is a subsidy, and whether Minimal Financial Assistance covers it. ${mfaLimitSentence} ${windsor.steps.join(' ')}`,
      ...rules.steps,
      ...scot.steps,
      capacityStep,
      termsStep,
    ],
  }
}

export const communityAssetTransfer: RouteContent = {
  id: 'community-asset-transfer',
  name: 'Community asset transfer',
  appliesWhen:
    'You pass land or buildings to a community organisation, by sale or lease, with no obligation to deliver services for you.',
  variantLabels: {
    'full-value': 'At full market value',
    undervalue: 'Below market value',
  },
  // The same text under every regime the machine reaches it under (the body's own regime today,
  // the Procurement Act or the Scottish regulations): a transfer with no service obligations is
  // outside procurement law. What differs is the land law of the nation and, for a devolved
  // Scottish body, the community right to request (scottishRequests).
  text: byVariantId({ 'full-value': fullValue, undervalue }),
}
