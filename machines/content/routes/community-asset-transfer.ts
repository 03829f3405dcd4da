import { SCA, subsidyControlAct2022 } from '../common-references'
import { formatPounds } from '../money'
import { ref } from '../reference'
import type { Reference, RouteContent, RouteContext, RouteText } from '../route-content'
import { subsidyFigures, windsorReferences, windsorSentences, windsorStep } from './grant'

/** General Disposal Consent (England) 2003: undervalue allowed without specific consent (legal-check.md §8). */
const ENGLAND_CONSENT_LIMIT = 2_000_000

type LandRules = { sentences: string[]; references: Reference[]; steps: string[] }

const s123 = ref(
  'lga-1972-s123',
  'Councils: best consideration on disposal of land',
  'Local Government Act 1972, s.123',
)
const s74 = ref(
  'lgsa-1973-s74',
  'Scottish councils: best consideration on disposal of land',
  'Local Government (Scotland) Act 1973, s.74',
)

/** The land disposal rules of the body's nation, for a sale or lease at market value. */
function fullValueRules(ctx: RouteContext): LandRules {
  if (ctx.authorityType !== 'local-authority') return ownRules(ctx, false)
  switch (ctx.jurisdiction) {
    case 'scotland':
      return {
        sentences: [
          'As a Scottish council, a market price also meets your duty to obtain the best consideration reasonably obtainable.',
        ],
        references: [s74],
        steps: ['Record how the price meets your best consideration duty (s.74 of the 1973 Act).'],
      }
    case 'northern-ireland':
      return {
        sentences: [
          'As a council, you dispose of land under the Local Government Act (Northern Ireland) 1972 and your own disposal policy.',
        ],
        references: [
          ref(
            'lga-ni-1972',
            'Northern Ireland councils: land',
            'Local Government Act (Northern Ireland) 1972',
          ),
        ],
        steps: ['Follow your council’s land disposal policy and record how you set the price.'],
      }
    default:
      return {
        sentences: [
          'As a council, a market price also meets your duty to obtain the best consideration reasonably obtainable.',
        ],
        references: [s123],
        steps: ['Record how the price meets your best consideration duty (s.123 of the 1972 Act).'],
      }
  }
}

/** The land disposal rules of the body's nation, for a transfer below market value. */
function undervalueRules(ctx: RouteContext): LandRules {
  if (ctx.authorityType !== 'local-authority') return ownRules(ctx, true)
  const bestConsideration =
    'As a council, you must obtain the best consideration reasonably obtainable unless a consent applies (s.123, Local Government Act 1972).'
  switch (ctx.jurisdiction) {
    case 'england':
      return {
        sentences: [
          bestConsideration,
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
          `Check the disposal fits the General Disposal Consent: a well-being purpose and an undervalue of ${formatPounds(ENGLAND_CONSENT_LIMIT)} or less. Otherwise seek the Secretary of State’s consent.`,
        ],
      }
    case 'wales':
      return {
        sentences: [
          bestConsideration,
          'Wales has its own general disposal consent: check its terms and limits before you rely on it.',
        ],
        references: [s123],
        steps: [
          'Check the Welsh general disposal consent with your legal team, and whether this discount needs a specific consent.',
        ],
      }
    case 'scotland':
      return {
        sentences: [
          'As a Scottish council, you may accept less than the best consideration only as the 2010 Disposal of Land Regulations allow (s.74).',
          'They require an appraisal and a finding that the disposal is reasonable and serves the purposes they list.',
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
          'Apply the 2010 Regulations with your legal team. Regulation 2 sets a £10,000 threshold and a 25% margin. Regulations 3 and 4 require an appraisal and a reasoned finding.',
        ],
      }
    case 'northern-ireland':
      return {
        sentences: [
          'As a council, you must apply to the Department for Communities once the full council has ratified a disposal at less than best price.',
        ],
        references: [
          ref(
            'lga-ni-1972',
            'Northern Ireland councils: land',
            'Local Government Act (Northern Ireland) 1972',
          ),
          ref(
            'dfc-ni-lg-21-20',
            'Applying to the Department for disposals at less than best price',
            'Department for Communities Circular LG 21/20',
          ),
        ],
        steps: [
          'Once the full council has ratified the decision, apply to the Department for Communities as Circular LG 21/20 describes.',
        ],
      }
  }
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
      'If your organisation is a relevant authority under Part 5 of the Community Empowerment (Scotland) Act 2015, community bodies can request an asset transfer.',
    ],
    references: [
      ref(
        'community-empowerment-scotland-2015',
        'Asset transfer requests by community bodies',
        'Community Empowerment (Scotland) Act 2015, Part 5',
      ),
    ],
    steps: [
      'If a community body makes an asset transfer request, follow the Part 5 procedure and its time limits.',
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
  const ni = ctx.jurisdiction === 'northern-ireland'
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
      ...(ni ? windsorSentences : []),
      'You commit to a valuation showing the discount, a reasoned decision, and conditions that protect the community use.',
    ].join(' '),
    references: [
      subsidyControlAct2022.meaningOfSubsidyIncludingGoodsAndServices,
      subsidyControlAct2022.minimalFinancialAssistance,
      ...rules.references,
      ...scot.references,
      ...(ni ? windsorReferences() : []),
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
      `Ask your subsidy control officer whether the discount is a subsidy, and whether Minimal Financial Assistance (up to ${formatPounds(subsidyFigures.mfaLimit)} over three financial years) covers it.`,
      ...(ni ? [windsorStep] : []),
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
  text: (ctx) => (ctx.variant === 'undervalue' ? undervalue(ctx) : fullValue(ctx)),
}
