import {
  isCentralGovernment,
  isNotifiable,
  type NotifiableBody,
  notifiableFrom,
} from '../../notifiable-contract'
import { isBelowScottishRegulatedLine } from '../../scottish-regulated-procurement'
import { type SourceId, sourceById } from '../../sources'
import type { ThresholdKind } from '../../thresholds'
import {
  belowThresholdNoticeValues,
  contractsFinderValues,
  scottishRegulatedProcurement,
} from '../../thresholds'
import { subsidyControlAct2022 } from '../common-references'
import { formatDate } from '../date'
import { PA, PCR } from '../legislation'
import { formatPounds } from '../money'
import { pcrSavingReference, pcrSavingSteps } from '../pcr-saving'
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
import { throughSell2Wales, welshPlatformReferenceFor } from '../welsh-notices'

const PRSA = 'https://www.legislation.gov.uk/asp/2014/12'
const PSR_2016 = 'https://www.legislation.gov.uk/ssi/2016/145'

const kindName: Record<ThresholdKind, string> = {
  central: 'central government threshold',
  'sub-central': 'sub-central threshold',
  'light-touch': 'light touch threshold',
  concession: 'concession threshold',
  'light-touch-concession': 'light touch concession threshold',
  works: 'works threshold',
}

/** Which threshold the value was below, in one sentence. */
function thresholdSentence(ctx: RouteContext): string {
  const t = ctx.threshold
  const v = ctx.contractValue
  if (!t) return 'You told us the contract is below the threshold that applies to it.'
  const value =
    v === undefined
      ? 'Your estimated value'
      : `Your estimated value of ${formatPounds(v)}, including VAT,`
  return `${value} is below the ${kindName[t.kind]} of ${formatPounds(t.amount)}.`
}

/**
 * The source of the threshold figure used, as a reference (dated data from thresholds.ts and
 * threshold.ts): the instrument that set the figure for the rules that apply.
 */
function thresholdReferences(ctx: RouteContext): Reference[] {
  const t = ctx.threshold
  const id = t?.source[0]
  const source = id ? sourceById(id) : undefined
  if (!t || !id || !source) return []
  const kind = kindName[t.kind]
  const from = formatDate(t.inForceFrom)
  switch (id) {
    // The light touch figure is the Act's own and did not change in 2026 (review A, I12).
    case 'pa-2023':
      return [
        ref(
          'pa-2023',
          `The ${kind}, unchanged since the Act came into force on ${from}`,
          'Procurement Act 2023, Sch 1',
          `${PA}/schedule/1`,
        ),
      ]
    // SI 2025/163 reg 3(2) put these figures in a column for contracts not regulated by the Welsh
    // Ministers; WSI 2025/181 reg 3(2) made that column apply to every contract from 24 February
    // 2025, so a devolved Welsh authority's figure rests on both.
    case 'si-2025-163':
      return [
        ref(
          'si-2025-163',
          `The ${kind} for procurements under the Act begun from ${from} to 31 December 2025`,
          'Procurement Act 2023, Sch 1, as amended by SI 2025/163, reg 3(2)',
          'https://www.legislation.gov.uk/uksi/2025/163/regulation/3',
        ),
        ...(t.rules === 'pa-2023-wales'
          ? [
              ref(
                'wsi-2025-181',
                'The same figures for devolved Welsh authorities: the separate Welsh column removed',
                'Procurement (Miscellaneous Amendments) (Wales) Regulations 2025 (WSI 2025/181), reg 3(2)',
              ),
            ]
          : []),
      ]
    case 'pa-2023-thresholds-wales-2025':
      return [
        ref(
          'pa-2023-thresholds-wales-2025',
          `The ${kind} for devolved Welsh authorities, in force from ${from}`,
          'Procurement Act 2023, Sch 1, as amended by the Procurement Act 2023 (Threshold Amounts) (Amendment) (Wales) Regulations 2025',
          `${PA}/schedule/1`,
        ),
      ]
    case 'ppn-11-23':
      return [
        ref(
          'ppn-11-23',
          `The 2015 Regulations’ ${kind}, in force from ${from}`,
          'PPN 11/23: New Thresholds (from 1 January 2024)',
        ),
      ]
    default:
      return [ref(id as SourceId, `The ${kind} in force from ${from}`, source.title)]
  }
}

const valueStep =
  'Confirm with your finance team the estimated value over the whole term, including extensions and VAT, without splitting the requirement.'
const splittingRisk =
  'Splitting a requirement or undervaluing it to stay below the threshold is unlawful, so value the whole term with any extensions.'
const growthRisk =
  'If the value rises to the threshold or above, the full rules apply and you may have to start again.'
const conflictsRisk =
  'Anyone choosing the provider who has links to a bidder must declare them and take no part in the decision.'
const failureRisk =
  'A small provider may struggle to deliver, so set clear outcomes, pay promptly and manage the contract proportionately.'

/* ------------------------------------------------------------ Procurement Act 2023 */

/**
 * A value under the ordinary threshold never reaches the concession question, so a
 * below-threshold result says once that a concession is treated differently (spec 6.2).
 */
const concessionIf =
  'A concession is a contract where the provider is paid mainly by users, at its own risk.'
const paConcessionLine = `${concessionIf} It is not a regulated below-threshold contract (s.84(1)(b)), so the notice duties above do not apply to it.`
const pcrConcessionLine = `${concessionIf} Part 4 does not reach it, because the Regulations’ public contracts exclude concessions (reg 2).`
const pcsConcessionLine = `${concessionIf} Whether the 2014 Act’s duties reach one is a point to check.`

/** The body as the notifiable-contract rule (s.87(4)) sees it. */
const notifiableBody = (ctx: RouteContext): NotifiableBody => ({
  jurisdiction: ctx.jurisdiction,
  authorityType: ctx.authorityType,
  thresholdKind: ctx.threshold?.kind,
})

function notifiableSentence(ctx: RouteContext): string {
  const body = notifiableBody(ctx)
  const from = notifiableFrom(body)
  if (from === undefined) {
    return `Contracts of at least ${formatPounds(belowThresholdNoticeValues.central)} (central government) or ${formatPounds(belowThresholdNoticeValues.other)} (other bodies) are notifiable, with notice duties (s.87).`
  }
  const who =
    ctx.jurisdiction !== 'wales'
      ? 'for your organisation (s.87(4))'
      : isCentralGovernment(body)
        ? 'for a devolved Welsh authority, central government included (s.87(4)(a)(ii))'
        : 'for a devolved Welsh authority (s.87(4))'
  if (!isNotifiable(body, ctx.contractValue)) {
    return `Notice duties start at ${formatPounds(from)} ${who}, so they do not apply at this value.`
  }
  return `The contract is notifiable from ${formatPounds(from)} ${who}: advertising it needs a below-threshold tender notice, and a contract details notice follows award.`
}

function paNorthernIreland(ctx: RouteContext): RouteText {
  return {
    title: 'Below-threshold contract (Procurement Act 2023, Northern Ireland)',
    summary: [
      'Your contract falls below the Procurement Act 2023 thresholds, so the Act’s procedures for public contracts do not apply.',
      thresholdSentence(ctx),
      'Part 6 of the Act, which governs below-threshold contracts, does not apply to a transferred Northern Ireland authority (s.84(2)).',
      'It applies to such an authority only when it procures under a reserved or devolved Welsh arrangement.',
      'Check with your procurement team whether your organisation is a transferred authority.',
      'If it is, follow Northern Ireland procurement policy and your own rules for lower-value contracts.',
      'If it is not, Part 6 applies as it does in England.',
      'You commit to a proportionate, fair and transparent process.',
    ].join(' '),
    references: [
      ref(
        'pa-2023',
        'Part 6 does not apply to transferred Northern Ireland authorities',
        'Procurement Act 2023, s.84(2)(b)',
        `${PA}/section/84`,
      ),
      ref(
        'pa-2023',
        'Notifiable below-threshold contracts (where Part 6 applies)',
        'Procurement Act 2023, s.87',
        `${PA}/section/87`,
      ),
      ...thresholdReferences(ctx),
    ],
    risks: [splittingRisk, growthRisk, conflictsRisk, failureRisk],
    nextSteps: [
      valueStep,
      'Ask your procurement team whether your organisation is a transferred Northern Ireland authority, and which rules apply to lower-value contracts.',
      'Follow the quotation or tender steps your own rules set for this value.',
      'Before you reserve the competition by supplier location, check the Northern Ireland policy that applies to your organisation.',
      'If Part 6 applies to you, publish the notices s.87 requires for a notifiable contract.',
      'Award the contract. No standstill applies below the threshold.',
      'Keep a record of how you chose the provider and why.',
    ],
  }
}

/**
 * Reserving a below-threshold competition (decision model, section 6.2, and legal-facts
 * "Reserving below-threshold competitions"). The Act has no power to reserve: it rests on
 * policy, PPN 005 for central government (other bodies may apply it) and WPPN 012, which adopts
 * it for devolved Welsh authorities, and for English councils on the 2026 Order disapplying
 * s.17(5)(e) of the Local Government Act 1988 for below-threshold contracts. The Order's number
 * and commencement date are unconfirmed (secondary sources report 4 February 2026), so the text
 * asks the reader to check them. No Welsh disapplication of s.17 has been confirmed, so a Welsh
 * council is not invited to reserve by location (review A, U1).
 */
const ENGLISH_ORDER_REPORTED_IN_FORCE = '2026-02-04'

const englishOrder =
  'The Local Government (Exclusion of Non-commercial Considerations) (England) Order 2026'

const ppn005Terms =
  'It allows a reservation to suppliers based in the UK, or in one county or London borough, but never in one UK nation. Based means established there with substantive business operations.'
const ppn005Smes =
  'A reservation to small businesses and voluntary, community and social enterprises is allowed only together with a location reservation. Record why you reserved, and note its exceptions for goods supplied into Northern Ireland.'

function councilInEnglandStep(ctx: RouteContext): string {
  const start = ctx.threshold?.date
  if (start !== undefined && start < ENGLISH_ORDER_REPORTED_IN_FORCE)
    return `When this procurement started, s.17(5)(e) of the Local Government Act 1988 stopped councils reserving a competition by supplier location. ${englishOrder}, which relaxes that for below-threshold contracts, came later (reported in force from 4 February 2026: check).`
  return [
    'As a council in England, you may reserve this competition to suppliers based in the UK, or in your local area.',
    'The local area is your own area, or that area with the bordering counties or London boroughs.',
    'Decide before you invite tenders, and say so in the advertisement or tender notice, defining the area. You may add a reservation to small businesses and voluntary, community and social enterprises.',
    `${englishOrder} allows this for below-threshold contracts only. Check its number and the date it came into force before you cite it, and read the government guidance of 3 December 2025.`,
  ].join(' ')
}

function reservationStep(ctx: RouteContext, wales: boolean): string {
  const council = ctx.authorityType === 'local-authority'
  if (council && wales)
    return 'As a Welsh council, do not reserve the procurement by supplier location unless your legal team confirms you may. Section 17 of the Local Government Act 1988 limits what councils may consider, including where contractors are based. The English order and guidance that relax it do not apply in Wales, and no Welsh equivalent has been confirmed.'
  if (council) return councilInEnglandStep(ctx)
  if (wales)
    return `If you are a devolved Welsh authority, consider reserving the procurement by supplier location, as WPPN 012 describes: it adopts PPN 005 for devolved Welsh authorities. ${ppn005Smes} Check WPPN 012’s conditions first.`
  if (ctx.authorityType === 'central-government')
    return `Consider reserving the competition by supplier location under PPN 005. ${ppn005Terms} ${ppn005Smes}`
  const bestValue =
    ctx.jurisdiction === 'england' && ctx.authorityType === 'other-public-body'
      ? ' If your organisation is a best value authority, such as a fire authority, the 2026 Order for English councils may cover it too: check.'
      : ''
  return `PPN 005 binds central government, but other bodies may apply it in the light of their own legal obligations. ${ppn005Terms} ${ppn005Smes}${bestValue}`
}

function reservationReferences(ctx: RouteContext, wales: boolean): Reference[] {
  const council = ctx.authorityType === 'local-authority'
  const s17 = ref(
    'lga-1988-s17',
    'Councils: no non-commercial considerations in contracts, including where contractors are based (s.17(5)(e))',
    'Local Government Act 1988, s.17',
  )
  const order = ref(
    'lg-non-commercial-order-2026',
    'English councils may reserve below-threshold competitions by supplier location (number and commencement date to check)',
    `${englishOrder}`,
  )
  const ppn005 = ref(
    'ppn-005',
    'Reserving below-threshold procurements',
    'PPN 005 (Cabinet Office)',
  )
  if (council && wales)
    return [
      s17,
      ref(
        'pa-2023',
        'The power to disapply section 17 (no Welsh regulations under it confirmed)',
        'Procurement Act 2023, s.116',
        `${PA}/section/116`,
      ),
    ]
  if (council)
    return [
      s17,
      order,
      ref(
        'mhclg-reserving-below-threshold',
        'Reserving competitions for below-threshold contracts (councils in England)',
        'Ministry of Housing, Communities and Local Government guidance',
      ),
    ]
  if (wales)
    return [
      ref('wppn-012', 'Reserving below-threshold procurements', 'WPPN 012 (Welsh Government)'),
    ]
  if (ctx.jurisdiction === 'england' && ctx.authorityType === 'other-public-body')
    return [ppn005, order]
  return [ppn005]
}

/**
 * Where Part 6 differs for a devolved Welsh authority (review A, W1, W2 and U1): the s.85 bar on
 * filtering by suitability does not apply, the s.87 notices go through Sell2Wales, and WPPN 012
 * governs reservation. England's layer also serves a reserved body in Scotland.
 */
type Part6Layer = {
  devolvedWelsh: boolean
  suitabilitySentence: string
  suitabilityLabel: string
  noticesReference: Reference
  platformReferences: Reference[]
  advertiseStep: string
}

const part6: Record<'england' | 'wales', Part6Layer> = {
  england: {
    devolvedWelsh: false,
    suitabilitySentence:
      'If you invite tenders, you cannot first filter bidders by their suitability (s.85).',
    suitabilityLabel: 'No filtering by suitability',
    noticesReference: ref(
      'pa-2023',
      'Below-threshold tender notices and contract details notices',
      'Procurement Act 2023, s.87',
      `${PA}/section/87`,
    ),
    platformReferences: [],
    advertiseStep:
      'If you advertise, publish a below-threshold tender notice on the central digital platform first (s.87(1)).',
  },
  wales: {
    devolvedWelsh: true,
    suitabilitySentence:
      'If yours is a devolved Welsh authority, the bar on filtering bidders by suitability (s.85) does not apply to you.',
    suitabilityLabel: 'No filtering by suitability (not for devolved Welsh authorities)',
    noticesReference: ref(
      'pa-2023',
      'Below-threshold notices: notifiable from £30,000 for a devolved Welsh authority, central government included',
      'Procurement Act 2023, s.87(4)(a)(ii) and (b)',
      `${PA}/section/87`,
    ),
    platformReferences: [
      welshPlatformReferenceFor(
        'The below-threshold tender notice and the contract details notice',
        'w)-(x',
      ),
    ],
    advertiseStep: `If you advertise, first ${throughSell2Wales('below-threshold tender notice (s.87(1))')}. Submit the contract details notice the same way.`,
  },
}

const part6Text =
  (layer: Part6Layer) =>
  (ctx: RouteContext): RouteText => {
    const wales = layer.devolvedWelsh
    const notifiable = isNotifiable(notifiableBody(ctx), ctx.contractValue)
    return {
      title: 'Below-threshold contract under Part 6 of the Procurement Act 2023',
      summary: [
        'Your contract falls below the Procurement Act 2023 thresholds, so most of the Act’s procedures do not apply.',
        thresholdSentence(ctx),
        'Part 6 still applies to regulated below-threshold contracts (ss.84 to 88).',
        layer.suitabilitySentence,
        'Before inviting tenders, you must consider barriers facing small businesses (s.86).',
        notifiableSentence(ctx),
        'You commit to a proportionate process under your standing orders, and to paying valid invoices within 30 days (s.88).',
      ].join(' '),
      references: [
        ref(
          'pa-2023',
          'Regulated below-threshold contracts',
          'Procurement Act 2023, s.84',
          `${PA}/section/84`,
        ),
        ref('pa-2023', layer.suitabilityLabel, 'Procurement Act 2023, s.85', `${PA}/section/85`),
        ref(
          'pa-2023',
          'Duty to consider small and medium-sized enterprises',
          'Procurement Act 2023, s.86',
          `${PA}/section/86`,
        ),
        layer.noticesReference,
        ...layer.platformReferences,
        ref(
          'pa-2023',
          'Implied 30-day payment terms',
          'Procurement Act 2023, s.88',
          `${PA}/section/88`,
        ),
        ...reservationReferences(ctx, wales),
        ...thresholdReferences(ctx),
      ],
      risks: [
        splittingRisk,
        growthRisk,
        'Part 6 duties are not enforceable through the Act’s court remedies, but a breach can still draw complaints and judicial review.',
        conflictsRisk,
        failureRisk,
      ],
      nextSteps: [
        valueStep,
        'Check your standing orders for the quotes or tenders needed at this value, and consider barriers for small businesses (s.86).',
        reservationStep(ctx, wales),
        notifiable
          ? layer.advertiseStep
          : 'At this value no notice is required, but you may still invite quotes openly.',
        'Assess bids against clear award criteria that you set out in advance.',
        'Award the contract. The Act’s standstill does not apply below the threshold.',
        ...(notifiable
          ? [
              'After you sign, publish a contract details notice as soon as reasonably practicable (s.87(3)).',
            ]
          : []),
        paConcessionLine,
      ],
    }
  }

/* --------------------------------------------------- Public Contracts Regulations 2015 */

/**
 * Under the 2015 Regulations a reservation had to be stated when the procurement began: PPN
 * 11/20 for central government (others could apply it), while s.17(5)(e) of the Local
 * Government Act 1988 barred councils in England and Wales from considering location.
 */
function pcrReservationStep(ctx: RouteContext): string {
  const councilGb =
    ctx.authorityType === 'local-authority' &&
    (ctx.jurisdiction === 'england' || ctx.jurisdiction === 'wales')
  if (councilGb)
    return 'You could not have reserved this competition by supplier location: s.17(5)(e) of the Local Government Act 1988 barred councils from considering where contractors are based.'
  const who =
    ctx.authorityType === 'central-government'
      ? 'PPN 11/20 let central government reserve it'
      : 'PPN 11/20 bound central government, and other bodies could apply it in the light of their own legal obligations. It let them reserve'
  return `Any reservation had to be stated when the procurement began. ${who} by supplier location, and to small businesses and voluntary, community and social enterprises on its conditions.`
}

function pcrReservationReferences(ctx: RouteContext): Reference[] {
  const councilGb =
    ctx.authorityType === 'local-authority' &&
    (ctx.jurisdiction === 'england' || ctx.jurisdiction === 'wales')
  return councilGb
    ? [
        ref(
          'lga-1988-s17',
          'Councils: no non-commercial considerations in contracts, including where contractors are based (s.17(5)(e))',
          'Local Government Act 1988, s.17',
        ),
      ]
    : [
        ref(
          'ppn-11-20',
          'Reserving below-threshold procurements under the 2015 Regulations',
          'PPN 11/20 (Cabinet Office)',
        ),
      ]
}

/** Contracts Finder values under reg 109(2), as amended by SI 2022/1390 (review A, M1). */
const contractsFinderSentence = `Where Part 4 applies, an advertised opportunity goes on Contracts Finder from ${formatPounds(contractsFinderValues.central)} for central government, or ${formatPounds(contractsFinderValues.subCentralAndNhsTrusts)} for sub-central bodies and NHS trusts, including VAT (regs 109 and 110).`

/**
 * Part 4 does not apply to an authority whose functions are wholly or mainly devolved Welsh or
 * Northern Ireland functions (reg 1(8)), so in Wales and Northern Ireland the text says so.
 */
const pcrText =
  (devolved: boolean) =>
  (ctx: RouteContext): RouteText => {
    return {
      title: devolved
        ? 'Below-threshold contract (Public Contracts Regulations 2015)'
        : 'Below-threshold contract under Part 4 of the Public Contracts Regulations 2015',
      summary: [
        'You told us your procurement began before 24 February 2025, so the Public Contracts Regulations 2015 govern it to the end, if a saving event applies (see the next steps).',
        thresholdSentence(ctx),
        'The full procedures and the reg 87 standstill do not apply, but Part 4 (regs 105 to 114) may.',
        ...(devolved
          ? [
              'Part 4 does not apply to an authority whose functions are wholly or mainly devolved Welsh or Northern Ireland functions (reg 1(8)).',
              'Regulations 113A, 113B and 114 still apply to such an authority (reg 1(8A)).',
            ]
          : []),
        contractsFinderSentence,
        'You commit to finishing the process you began, with fair treatment of bidders and prompt payment.',
      ].join(' '),
      references: [
        ref(
          'pcr-2015',
          'Part 4: below-threshold procurement and Contracts Finder',
          'Public Contracts Regulations 2015, regs 105 to 114',
          `${PCR}/part/4`,
        ),
        ref(
          'pcr-2015',
          'Contracts Finder: £12,000 for central government, £30,000 for sub-central bodies and NHS trusts, including VAT',
          'Public Contracts Regulations 2015, reg 109(2)',
          `${PCR}/regulation/109`,
        ),
        ref(
          'pcr-amendment-2022',
          'The Contracts Finder values in force since 21 December 2022',
          'The Public Contracts (Amendment) Regulations 2022 (SI 2022/1390)',
        ),
        ref(
          'pcr-2015',
          'Award details on Contracts Finder: the supplier, the date, the value, and whether it is an SME or VCSE',
          'Public Contracts Regulations 2015, reg 112',
          `${PCR}/regulation/112`,
        ),
        ...(devolved
          ? [
              ref(
                'pcr-2015',
                'Part 4 does not apply to Welsh or Northern Ireland devolved-function authorities, except regs 113A, 113B and 114',
                'Public Contracts Regulations 2015, reg 1(8) and (8A)',
                `${PCR}/regulation/1`,
              ),
            ]
          : []),
        pcrSavingReference,
        ...pcrReservationReferences(ctx),
        ...thresholdReferences(ctx),
      ],
      risks: [
        splittingRisk,
        growthRisk,
        'Failing to publish on Contracts Finder where Part 4 requires it breaches the Regulations and invites complaints.',
        conflictsRisk,
        failureRisk,
      ],
      nextSteps: [
        valueStep,
        ...pcrSavingSteps('procurement'),
        `Check whether Part 4 applies to your organisation, and that an advertised opportunity went on Contracts Finder where regs 109 and 110 required it. ${pcrConcessionLine}`,
        `Finish the process you began under your standing orders, assessing bids against the award criteria you set out. ${pcrReservationStep(ctx)}`,
        'Award the contract. The reg 87 standstill does not apply below the threshold.',
        'Where Part 4 applies, publish on Contracts Finder, within a reasonable time, the supplier’s name, the contract date and value, and whether it is an SME or VCSE (reg 112).',
      ],
    }
  }

/* ------------------------------------------------------------------------- Scotland */

/** No Scottish route to reserve a below-threshold competition by location was found (spec 6.2). */
const pcsReservationStep =
  'No route for reserving a competition by supplier location has been found for devolved Scottish bodies: check with your legal team before you limit where bidders are based.'

function pcsText(ctx: RouteContext): RouteText {
  const line = formatPounds(scottishRegulatedProcurement.amount)
  const v = ctx.contractValue
  const valueSentence =
    v !== undefined && isBelowScottishRegulatedLine(v)
      ? `At ${formatPounds(v)} including VAT, your contract is below that figure, so it is not a regulated procurement.`
      : 'Your estimate includes VAT, so work out the value excluding VAT to see whether it is regulated.'
  return {
    title: 'Below-threshold contract in Scotland (Procurement Reform (Scotland) Act 2014)',
    summary: [
      'Your contract is below the threshold for the Public Contracts (Scotland) Regulations 2015.',
      thresholdSentence(ctx),
      `A goods or services contract worth ${line} or more, excluding VAT, is a regulated procurement under the Procurement Reform (Scotland) Act 2014.`,
      valueSentence,
      'Advertise regulated procurements on Public Contracts Scotland, and treat bidders equally and without discrimination.',
      `The Scottish Government consulted on raising the ${line} figure (SPPN 3/2025), so check the figure in force.`,
      'A health or social care contract between that figure and the light touch threshold may be awarded without seeking offers (s.12).',
      'Otherwise your standing orders set the process.',
    ].join(' '),
    references: [
      ref(
        scottishRegulatedProcurement.source,
        `Regulated contracts: ${line} for goods and services, excluding VAT`,
        'Procurement Reform (Scotland) Act 2014, s.3',
        `${PRSA}/section/3`,
      ),
      ref(
        'procurement-reform-scotland-2014',
        'General duties: equal treatment, non-discrimination, transparency, proportionality',
        'Procurement Reform (Scotland) Act 2014, s.8',
        `${PRSA}/section/8`,
      ),
      ref(
        'procurement-reform-scotland-2014',
        'Contracts for health or social care services',
        'Procurement Reform (Scotland) Act 2014, s.12',
        `${PRSA}/section/12`,
      ),
      ref(
        'procurement-scotland-regs-2016',
        'What counts as a health or social care service for s.12',
        'The Procurement (Scotland) Regulations 2016 (SSI 2016/145), reg 5',
        `${PSR_2016}/regulation/5`,
      ),
      ref(
        'procurement-scotland-regs-2016',
        'Other cases where a regulated contract may be awarded without seeking offers',
        'The Procurement (Scotland) Regulations 2016 (SSI 2016/145), reg 6',
        `${PSR_2016}/regulation/6`,
      ),
      ref(
        'procurement-reform-scotland-2014',
        'Contract notices and award notices on Public Contracts Scotland',
        'Procurement Reform (Scotland) Act 2014, s.23',
        `${PRSA}/section/23`,
      ),
      ref(
        'procurement-reform-scotland-2014',
        'Court action: which duties, who may sue, time limits and remedies',
        'Procurement Reform (Scotland) Act 2014, ss.37 to 39',
        `${PRSA}/part/4`,
      ),
      ref('sppn-3-2025', 'Consultation on the Act’s thresholds', 'SPPN 3/2025'),
      ...thresholdReferences(ctx),
    ],
    risks: [
      splittingRisk,
      growthRisk,
      'A bidder that sought the contract may bring proceedings for breach of the duties in ss.8, 23 and 27 to 33 (s.37). It has 30 days from when it knew, or ought to have known, of the grounds, or up to 3 months if the court allows (s.38). Once the contract is signed, the court can only award damages (s.39).',
      conflictsRisk,
      failureRisk,
    ],
    nextSteps: [
      valueStep,
      `Work out the value excluding VAT, and check the regulated procurement figure in force: ${line} unless changed after SPPN 3/2025.`,
      'If it is a regulated procurement, publish a contract notice on Public Contracts Scotland before seeking offers (s.23).',
      'For health or social care services, decide with your legal team whether to award without seeking offers (s.12), following the statutory guidance (s.13). Regulation 5 of the 2016 Regulations says which services count.',
      `Below the regulated figure, follow your standing orders for quotes, and treat bidders fairly. ${pcsReservationStep}`,
      'Award the contract. The reg 86 standstill of the 2015 Regulations does not apply below the threshold.',
      'For a regulated procurement, publish an award notice on Public Contracts Scotland after the award (s.23).',
      pcsConcessionLine,
    ],
  }
}

/* ------------------------------------------------------------- variant: user-choice */

/**
 * One person's chosen placement below the threshold (decision model, section 6.2). Under the
 * Act there is no user choice exemption below the threshold: a notifiable contract still needs
 * its contract details notice (s.87(3)). The valuation and recording points are those of the
 * user choice direct award.
 */
const chosenSentence =
  'You told us the contract is for one person, and that they, or their carer, chose the provider.'

const userChoiceRecordStep =
  'Record on the person’s file what they or their carer said about the provider, and how it meets their assessed needs.'
const userChoiceTermsStep =
  'Agree the terms with the provider: price, quality, outcomes, review dates and how the placement ends.'
const userChoiceRecordRisk =
  'Write down why this provider was chosen and the person’s or carer’s preference, so the award can be explained if questioned.'

function paValuationRisks(): string[] {
  return [
    'Value each person’s contract over its whole likely term. Contracts that could reasonably be one must be valued together unless there are good reasons (Sch 3 para 4).',
    'No value may be set to avoid the Act (s.4(3)). How that applies to a series of placements with one provider is a judgement to write down.',
  ]
}

const paValuationReference = ref(
  'pa-2023',
  'Valuation: contracts that could reasonably be one are valued together, and no value may be set to avoid the Act',
  'Procurement Act 2023, s.4(3) and Schedule 3, paragraph 4',
  `${PA}/schedule/3`,
)

/** s.87(3)-(4) for a single placement: who must publish what, at this value. */
function userChoiceNoticeSentence(ctx: RouteContext): string {
  const body = notifiableBody(ctx)
  const from = notifiableFrom(body)
  if (from === undefined)
    return `If the contract is notifiable, from ${formatPounds(belowThresholdNoticeValues.central)} for a central government body or ${formatPounds(belowThresholdNoticeValues.other)} otherwise, publish a contract details notice after you sign (s.87(3)-(4)). There is no user choice exemption below the threshold.`
  if (!isNotifiable(body, ctx.contractValue))
    return `Notice duties start at ${formatPounds(from)} for your organisation (s.87(4)), so no contract details notice is needed at this value.`
  return `The contract is notifiable from ${formatPounds(from)} for your organisation (s.87(4)), so publish a contract details notice after you sign (s.87(3)). There is no user choice exemption below the threshold.`
}

const paUserChoiceText =
  (layer: Part6Layer) =>
  (ctx: RouteContext): RouteText => {
    const notifiable = isNotifiable(notifiableBody(ctx), ctx.contractValue)
    return {
      title: 'Below-threshold contract for one person’s chosen provider (Procurement Act 2023)',
      summary: [
        chosenSentence,
        thresholdSentence(ctx),
        'Part 6 of the Procurement Act 2023, which governs below-threshold contracts, does not require you to run a competition for this award.',
        userChoiceNoticeSentence(ctx),
        'The Act implies terms requiring valid invoices to be paid within 30 days (s.88).',
        'You commit to valuing the placement honestly and recording why this provider was chosen.',
      ].join(' '),
      references: [
        ref(
          'pa-2023',
          'Regulated below-threshold contracts',
          'Procurement Act 2023, s.84',
          `${PA}/section/84`,
        ),
        layer.noticesReference,
        ...layer.platformReferences,
        ref(
          'pa-2023',
          'Implied 30-day payment terms',
          'Procurement Act 2023, s.88',
          `${PA}/section/88`,
        ),
        paValuationReference,
        ...thresholdReferences(ctx),
      ],
      risks: [...paValuationRisks(), growthRisk, userChoiceRecordRisk],
      nextSteps: [
        valueStep,
        userChoiceRecordStep,
        'Check what your standing orders require for a single placement at this value.',
        userChoiceTermsStep,
        'Award the contract. Below the threshold no competition, tender notice or standstill is required.',
        notifiable
          ? layer.devolvedWelsh
            ? `After you sign, ${throughSell2Wales('contract details notice (s.87(3))')}.`
            : 'After you sign, publish a contract details notice on the central digital platform as soon as reasonably practicable (s.87(3)).'
          : 'At this value no contract details notice is required (s.87(4)).',
        'Pay valid invoices within 30 days, as the implied terms require (s.88).',
      ],
    }
  }

function paUserChoiceNorthernIreland(ctx: RouteContext): RouteText {
  return {
    title:
      'Below-threshold contract for one person’s chosen provider (Procurement Act 2023, Northern Ireland)',
    summary: [
      chosenSentence,
      thresholdSentence(ctx),
      'Part 6 of the Act, which governs below-threshold contracts, does not apply to a transferred Northern Ireland authority (s.84(2)).',
      'Check with your procurement team whether your organisation is one.',
      'If it is, follow Northern Ireland procurement policy and your own rules for lower-value contracts.',
      'If it is not, Part 6 applies: it requires no competition, but a notifiable contract needs a contract details notice (s.87(3)).',
      'You commit to valuing the placement honestly and recording why this provider was chosen.',
    ].join(' '),
    references: [
      ref(
        'pa-2023',
        'Part 6 does not apply to transferred Northern Ireland authorities',
        'Procurement Act 2023, s.84(2)(b)',
        `${PA}/section/84`,
      ),
      ref(
        'pa-2023',
        'Notifiable below-threshold contracts (where Part 6 applies)',
        'Procurement Act 2023, s.87',
        `${PA}/section/87`,
      ),
      paValuationReference,
      ...thresholdReferences(ctx),
    ],
    risks: [...paValuationRisks(), growthRisk, userChoiceRecordRisk],
    nextSteps: [
      valueStep,
      'Ask your procurement team whether your organisation is a transferred Northern Ireland authority, and which rules apply to lower-value contracts.',
      userChoiceRecordStep,
      userChoiceTermsStep,
      'Award the contract. No standstill applies below the threshold.',
      'If Part 6 applies to you and the contract is notifiable, publish a contract details notice after you sign (s.87(3)).',
    ],
  }
}

const pcrUserChoiceText =
  (devolved: boolean) =>
  (ctx: RouteContext): RouteText => ({
    title:
      'Below-threshold contract for one person’s chosen provider (Public Contracts Regulations 2015)',
    summary: [
      'You told us your procurement began before 24 February 2025, so the Public Contracts Regulations 2015 govern it, if a saving event applies.',
      chosenSentence,
      thresholdSentence(ctx),
      'The full procedures and the reg 87 standstill do not apply, and Part 4 (regs 105 to 114) sets no duty to advertise.',
      ...(devolved
        ? [
            'Part 4 does not apply to an authority whose functions are wholly or mainly devolved Welsh or Northern Ireland functions (reg 1(8)).',
          ]
        : []),
      contractsFinderSentence,
      'You commit to valuing the placement honestly and recording why this provider was chosen.',
    ].join(' '),
    references: [
      ref(
        'pcr-2015',
        'Part 4: below-threshold procurement and Contracts Finder',
        'Public Contracts Regulations 2015, regs 105 to 114',
        `${PCR}/part/4`,
      ),
      ref(
        'pcr-2015',
        'Award details on Contracts Finder: the supplier, the date, the value, and whether it is an SME or VCSE',
        'Public Contracts Regulations 2015, reg 112',
        `${PCR}/regulation/112`,
      ),
      ...(devolved
        ? [
            ref(
              'pcr-2015',
              'Part 4 does not apply to Welsh or Northern Ireland devolved-function authorities, except regs 113A, 113B and 114',
              'Public Contracts Regulations 2015, reg 1(8) and (8A)',
              `${PCR}/regulation/1`,
            ),
          ]
        : []),
      pcrSavingReference,
      ...thresholdReferences(ctx),
    ],
    risks: [
      'Value the placement over its whole likely term. Splitting a requirement or undervaluing it to stay below the threshold is unlawful.',
      growthRisk,
      userChoiceRecordRisk,
    ],
    nextSteps: [
      valueStep,
      ...pcrSavingSteps('procurement'),
      userChoiceRecordStep,
      userChoiceTermsStep,
      'Award the contract. No competition or standstill is required below the threshold.',
      'Where Part 4 applies, publish on Contracts Finder, within a reasonable time, the supplier’s name, the contract date and value, and whether it is an SME or VCSE (reg 112).',
    ],
  })

function pcsUserChoiceText(ctx: RouteContext): RouteText {
  const line = formatPounds(scottishRegulatedProcurement.amount)
  return {
    title: 'Below-threshold contract for one person’s chosen provider (Scotland)',
    summary: [
      chosenSentence,
      thresholdSentence(ctx),
      `A contract worth ${line} or more, excluding VAT, is a regulated procurement under the Procurement Reform (Scotland) Act 2014.`,
      'A health or social care contract between that figure and the light touch threshold may be awarded without seeking offers (s.12).',
      'Below that figure, your standing orders set the process.',
      'The person’s self-directed support options still apply: if they choose a direct payment, you award no contract.',
      `The ${line} figure may change after SPPN 3/2025, so check the figure in force.`,
    ].join(' '),
    references: [
      ref(
        scottishRegulatedProcurement.source,
        `Regulated contracts: ${line} for goods and services, excluding VAT`,
        'Procurement Reform (Scotland) Act 2014, s.3',
        `${PRSA}/section/3`,
      ),
      ref(
        'procurement-reform-scotland-2014',
        'Contracts for health or social care services',
        'Procurement Reform (Scotland) Act 2014, s.12',
        `${PRSA}/section/12`,
      ),
      ref(
        'procurement-scotland-regs-2016',
        'What counts as a health or social care service for s.12',
        'The Procurement (Scotland) Regulations 2016 (SSI 2016/145), reg 5',
        `${PSR_2016}/regulation/5`,
      ),
      ref(
        'sds-scotland-2013',
        'The options for self-directed support',
        'Social Care (Self-directed Support) (Scotland) Act 2013',
      ),
      ref('sppn-3-2025', 'Consultation on the Act’s thresholds', 'SPPN 3/2025'),
      ...thresholdReferences(ctx),
    ],
    risks: [
      'Value the placement over its whole likely term. Splitting a requirement or undervaluing it to stay below a threshold is unlawful.',
      growthRisk,
      userChoiceRecordRisk,
    ],
    nextSteps: [
      valueStep,
      `Work out the value excluding VAT, and check the regulated procurement figure in force: ${line} unless changed after SPPN 3/2025.`,
      'At or above that figure, decide with your legal team whether to award without seeking offers (s.12), following the statutory guidance (s.13). Check whether an award notice is then needed (s.23).',
      userChoiceRecordStep,
      userChoiceTermsStep,
      'Award the contract. The reg 86 standstill of the 2015 Regulations does not apply below the threshold.',
    ],
  }
}

/* --------------------------------------------------------------- variant: concession */

/**
 * A concession below the concession threshold (decision model, sections 3.3 and 6.2). The
 * figure is the dated concession threshold the machine measured (ctx.threshold), and the value
 * is everything the provider expects to receive (PA 2023 Sch 3 para 3; CCR 2016 reg 9; the
 * Scottish reg 8(3)).
 */
function concessionValueSentence(ctx: RouteContext): string {
  const t = ctx.threshold
  const v = ctx.contractValue
  if (!t || v === undefined)
    return 'You told us its value, everything the provider expects to receive over the term, is below the concession threshold.'
  return `Its value of ${formatPounds(v)}, everything the provider expects to receive over the term, is below the concession threshold of ${formatPounds(t.amount)}.`
}

const concessionOpening =
  'You told us the provider will be paid mainly by the people who use the service, taking the risk that this income may not cover its costs: a concession.'
const notAConcession =
  'If you guarantee its income or cover its losses, it is not a concession, and the ordinary, lower threshold applies.'
const concessionRisks = [
  'If you guarantee the provider’s income or cover its losses, it is not a concession: the ordinary threshold then applies, and the full rules may too.',
  'Giving the provider premises, equipment or support below market rates can be a subsidy, so check subsidy control.',
  'A long term awarded without a fair process can draw complaints, so keep the process proportionate and recorded.',
]
const concessionSteps = (valueRule: string, noRules: string): string[] => [
  `Value the concession as everything the provider expects to receive over the term, from users and from you (${valueRule}).`,
  'Check that the provider carries a real risk of not recovering its costs, and that you give no guarantee against it.',
  'Run a proportionate, fair process under your own rules: advertise where it helps, and set clear criteria.',
  'Ask your subsidy control officer to check any advantage you give the provider.',
  'Agree the terms: the term, the charges to users, service standards, reporting and exit.',
  noRules,
]

function paConcessionText(ctx: RouteContext): RouteText {
  return {
    title: 'Concession below the concession threshold (Procurement Act 2023)',
    summary: [
      concessionOpening,
      concessionValueSentence(ctx),
      'A concession is not a regulated below-threshold contract (s.84(1)(b)), so Part 6’s notice and payment duties do not apply.',
      'Use a proportionate, fair process under your own rules, and check subsidy control where you give the provider an advantage.',
      notAConcession,
      'You commit to a fair, recorded choice of provider and a contract that keeps the operating risk with it.',
    ].join(' '),
    references: [
      ref('pa-2023', 'Concession contracts', 'Procurement Act 2023, s.8', `${PA}/section/8`),
      ref(
        'pa-2023',
        'A concession is not a regulated below-threshold contract',
        'Procurement Act 2023, s.84(1)(b)',
        `${PA}/section/84`,
      ),
      ref(
        'pa-2023',
        'The concession thresholds',
        'Procurement Act 2023, Schedule 1',
        `${PA}/schedule/1`,
      ),
      ref(
        'pa-2023',
        'The value of a concession: everything the supplier could expect to receive',
        'Procurement Act 2023, Schedule 3, paragraph 3',
        `${PA}/schedule/3`,
      ),
      subsidyControlAct2022.meaningOfSubsidyIncludingGoodsAndServices,
    ],
    risks: concessionRisks,
    nextSteps: concessionSteps(
      'Sch 3 para 3',
      'No procurement notice or standstill is required below the concession threshold.',
    ),
  }
}

function pcrConcessionText(ctx: RouteContext): RouteText {
  return {
    title: 'Concession below the concession threshold (Concession Contracts Regulations 2016)',
    summary: [
      'You told us your procurement began before 24 February 2025, so the rules in force before the Procurement Act 2023 govern it.',
      concessionOpening,
      concessionValueSentence(ctx),
      'Below that threshold the Concession Contracts Regulations 2016 do not apply, and Part 4 of the 2015 Regulations does not reach concessions (reg 2).',
      'Use a proportionate, fair process under your own rules.',
      notAConcession,
    ].join(' '),
    references: [
      ref(
        'ccr-2016',
        'Concessions and the operating risk',
        'Concession Contracts Regulations 2016, reg 3',
        'https://www.legislation.gov.uk/uksi/2016/273/regulation/3',
      ),
      ref(
        'ccr-2016',
        'The concession threshold and the value of a concession',
        'Concession Contracts Regulations 2016, reg 9',
        'https://www.legislation.gov.uk/uksi/2016/273/regulation/9',
      ),
      ref(
        'pcr-2015',
        'Public contracts exclude concessions, so Part 4 does not reach them',
        'Public Contracts Regulations 2015, reg 2(1)',
        `${PCR}/regulation/2`,
      ),
      pcrSavingReference,
      subsidyControlAct2022.meaningOfSubsidyIncludingGoodsAndServices,
    ],
    risks: concessionRisks,
    nextSteps: concessionSteps(
      'reg 9',
      'No notice or standstill under the concession rules is required below the threshold.',
    ),
  }
}

function pcsConcessionText(ctx: RouteContext): RouteText {
  return {
    title:
      'Concession below the concession threshold (Concession Contracts (Scotland) Regulations 2016)',
    summary: [
      concessionOpening,
      concessionValueSentence(ctx),
      'Below that threshold the Concession Contracts (Scotland) Regulations 2016 do not apply (reg 8).',
      'Whether the duties of the Procurement Reform (Scotland) Act 2014 reach a concession is a point to check with your legal team.',
      'Use a proportionate, fair process under your own rules.',
      notAConcession,
    ].join(' '),
    references: [
      ref(
        'ccr-scotland-2016',
        'Concessions and the operating risk',
        'Concession Contracts (Scotland) Regulations 2016, reg 3',
        'https://www.legislation.gov.uk/ssi/2016/65/regulation/3',
      ),
      ref(
        'ccr-scotland-2016',
        'The concession threshold and the value of a concession',
        'Concession Contracts (Scotland) Regulations 2016, reg 8',
        'https://www.legislation.gov.uk/ssi/2016/65/regulation/8',
      ),
      subsidyControlAct2022.meaningOfSubsidyIncludingGoodsAndServices,
    ],
    risks: concessionRisks,
    nextSteps: concessionSteps(
      'reg 8(3)',
      'No notice or standstill under the concession rules is required below the threshold.',
    ),
  }
}

/* ----------------------------------------------------------------------- the route */

/** The text for a variant: the general case (none), one person's chosen provider, a concession. */
function byVariant(texts: { none: TextFor; 'user-choice': TextFor; concession: TextFor }): TextFor {
  return (ctx) => {
    const text =
      ctx.variant === null ? texts.none : texts[ctx.variant as 'user-choice' | 'concession']
    if (!text) throw new Error(`below-threshold has no variant ${ctx.variant}`)
    return text(ctx)
  }
}

export const belowThreshold: RouteContent = {
  id: 'below-threshold',
  name: 'Below-threshold procurement',
  appliesWhen:
    'The contract’s estimated value, over its whole term and including VAT, is below the procurement threshold that applies to it.',
  variantLabels: {
    'user-choice': 'One person’s chosen provider',
    concession: 'Concession below the concession threshold',
  },
  text: byRegime({
    'pa-2023': byVariant({
      none: byNation({
        'northern-ireland': paNorthernIreland,
        wales: part6Text(part6.wales),
        elsewhere: part6Text(part6.england),
      }),
      'user-choice': byNation({
        'northern-ireland': paUserChoiceNorthernIreland,
        wales: paUserChoiceText(part6.wales),
        elsewhere: paUserChoiceText(part6.england),
      }),
      concession: paConcessionText,
    }),
    'pcr-2015': byVariant({
      none: byNation({
        wales: pcrText(true),
        'northern-ireland': pcrText(true),
        elsewhere: pcrText(false),
      }),
      'user-choice': byNation({
        wales: pcrUserChoiceText(true),
        'northern-ireland': pcrUserChoiceText(true),
        elsewhere: pcrUserChoiceText(false),
      }),
      concession: pcrConcessionText,
    }),
    'pcr-scotland-2015': byVariant({
      none: pcsText,
      'user-choice': pcsUserChoiceText,
      concession: pcsConcessionText,
    }),
  }),
}
