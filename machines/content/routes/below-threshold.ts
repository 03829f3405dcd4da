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
      'If Part 6 applies to you, publish the notices s.87 requires for a notifiable contract.',
      'Award the contract. No standstill applies below the threshold.',
      'Keep a record of how you chose the provider and why.',
    ],
  }
}

/**
 * Reserving a below-threshold procurement. PPN 005 (and WPPN 012, which adopts it for devolved
 * Welsh authorities) allows a reservation to small businesses, charities and social enterprises
 * only together with a location reservation. Councils are bound by section 17 of the Local
 * Government Act 1988; in England, the 2026 Order and government guidance of December 2025
 * explain their own route. No Welsh disapplication of section 17 has been confirmed (PA 2023
 * s.116 gives the Welsh Ministers the power), so a Welsh council is not invited to reserve by
 * location (review A, U1).
 */
function reservationStep(ctx: RouteContext, wales: boolean): string {
  const council = ctx.authorityType === 'local-authority'
  if (council && wales)
    return 'As a Welsh council, do not reserve the procurement by supplier location unless your legal team confirms you may. Section 17 of the Local Government Act 1988 limits what councils may consider, including where contractors are based. The English order and guidance that relax it do not apply in Wales, and no Welsh equivalent has been confirmed.'
  if (council)
    return 'As a council, check section 17 of the Local Government Act 1988 before you reserve the procurement. Government guidance on reserving below-threshold competitions explains when you may reserve it by location, or to small businesses, charities and social enterprises.'
  const smes =
    'You may also reserve it to small businesses, charities and social enterprises, but only together with the location reservation.'
  return wales
    ? `If you are a devolved Welsh authority, consider reserving the procurement by supplier location, as WPPN 012 describes: it adopts PPN 005 for devolved Welsh authorities. ${smes} Check WPPN 012’s conditions first.`
    : `Consider reserving the procurement by supplier location, as PPN 005 describes. ${smes}`
}

function reservationReferences(ctx: RouteContext, wales: boolean): Reference[] {
  const council = ctx.authorityType === 'local-authority'
  const s17 = ref(
    'lga-1988-s17',
    'Councils: no non-commercial considerations in contracts',
    'Local Government Act 1988, s.17',
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
      ref('ppn-005', 'Reserving below-threshold procurements', 'PPN 005 (Cabinet Office)'),
      s17,
      ref(
        'mhclg-reserving-below-threshold',
        'Reserving competitions for below-threshold contracts (councils in England)',
        'Ministry of Housing, Communities and Local Government guidance',
      ),
    ]
  return [
    wales
      ? ref('wppn-012', 'Reserving below-threshold procurements', 'WPPN 012 (Welsh Government)')
      : ref('ppn-005', 'Reserving below-threshold procurements', 'PPN 005 (Cabinet Office)'),
  ]
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
      ],
    }
  }

/* --------------------------------------------------- Public Contracts Regulations 2015 */

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
        'Check whether Part 4 applies to your organisation, and that an advertised opportunity went on Contracts Finder where regs 109 and 110 required it.',
        'Finish the process you began under your standing orders, assessing bids against the award criteria you set out.',
        'Award the contract. The reg 87 standstill does not apply below the threshold.',
        'Where Part 4 applies, publish on Contracts Finder, within a reasonable time, the supplier’s name, the contract date and value, and whether it is an SME or VCSE (reg 112).',
      ],
    }
  }

/* ------------------------------------------------------------------------- Scotland */

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
      'Below the regulated figure, follow your standing orders for quotes, and treat bidders fairly.',
      'Award the contract. The reg 86 standstill of the 2015 Regulations does not apply below the threshold.',
      'For a regulated procurement, publish an award notice on Public Contracts Scotland after the award (s.23).',
    ],
  }
}

export const belowThreshold: RouteContent = {
  id: 'below-threshold',
  name: 'Below-threshold procurement',
  appliesWhen:
    'The contract’s estimated value, over its whole term and including VAT, is below the procurement threshold that applies to it.',
  variantLabels: {},
  text: byRegime({
    'pa-2023': byNation({
      'northern-ireland': paNorthernIreland,
      wales: part6Text(part6.wales),
      elsewhere: part6Text(part6.england),
    }),
    'pcr-2015': byNation({
      wales: pcrText(true),
      'northern-ireland': pcrText(true),
      elsewhere: pcrText(false),
    }),
    'pcr-scotland-2015': pcsText,
  }),
}
