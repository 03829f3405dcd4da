import type { IsoDate } from './dates'

/**
 * Which threshold a contract is measured against (decision model, sections 3.1 and 3.3): a
 * services figure, or for a concession the concession figure (light touch or not).
 */
export type ThresholdKind =
  | 'central'
  | 'sub-central'
  | 'light-touch'
  | 'concession'
  | 'light-touch-concession'
  /** Works contracts: used only by the changes journey (decision model, section 3.6). */
  | 'works'

/**
 * Whose figures apply (decision model, sections 1 and 3): the Procurement Act 2023 for England,
 * Northern Ireland and reserved bodies; the Act as the Welsh Ministers amend it for devolved Welsh
 * authorities; the 2015 Regulations' own figures (reg 5) for a procurement or call-off they still
 * govern; the Scottish regulations for a devolved Scottish body.
 */
export type ThresholdRules = 'pa-2023' | 'pa-2023-wales' | 'pcr-2015' | 'scotland'

export type ThresholdTable = {
  from: IsoDate
  /** Last day in force; undefined while the table is current. */
  to?: IsoDate
  /** Pounds, including VAT, for services and concessions. */
  amounts: Record<ThresholdKind, number>
  /** Where the Scottish figure differs from the UK's. */
  scotlandAmounts?: Partial<Record<ThresholdKind, number>>
  /** Sources for the concession figures, by whose figures they are. */
  concessionSources: Record<ThresholdRules, readonly string[]>
  /** Sources for the Procurement Act 2023 in England and Northern Ireland (and reserved bodies). */
  sources: readonly string[]
  /** Sources for devolved Welsh authorities under the Procurement Act 2023. */
  walesSources: readonly string[]
  /** Sources for the 2015 Regulations' own figures, where this table holds them. */
  pcrSources?: readonly string[]
  /** Sources for Scotland. */
  scotlandSources: readonly string[]
  /** Figures taken as the UK's for Scotland but not yet confirmed there. */
  scotlandUnconfirmed: readonly ThresholdKind[]
  /** Concession figures not yet confirmed against the instrument, by whose figures they are. */
  concessionUnconfirmed: readonly ThresholdRules[]
  /**
   * Kinds whose Procurement Act figure is the Act's own, unchanged since it came into force:
   * cite Schedule 1 itself, not the instrument that amended the other rows.
   */
  actFigureKinds: readonly ThresholdKind[]
}

/**
 * The dated thresholds for services. A procurement uses the table in force on the day
 * it starts; the 2015 Regulations keep the figures they held on 23 February 2025.
 * Figures: decision model section 3 and legal-facts.md; source ids in sources.ts.
 */
export const thresholdTables: readonly ThresholdTable[] = [
  {
    from: '2024-01-01',
    to: '2025-12-31',
    amounts: {
      central: 139_688,
      'sub-central': 214_904,
      'light-touch': 663_540,
      // legal-facts.md: taken as £5,372,609 for both rows (consistent with the works figure);
      // only the Scottish reg 8(1) figure is confirmed, so the others are shown with "check".
      concession: 5_372_609,
      'light-touch-concession': 5_372_609,
      works: 5_372_609,
    },
    concessionSources: {
      'pa-2023': ['si-2025-163'],
      'pa-2023-wales': ['si-2025-163'],
      'pcr-2015': ['ccr-2016'],
      scotland: ['ccr-scotland-2016'],
    },
    concessionUnconfirmed: ['pa-2023', 'pa-2023-wales', 'pcr-2015'],
    // Under the Act (from 24 February 2025) these figures are in Schedule 1 as amended by
    // SI 2025/163, reg 3(2) (in force 23 February 2025), in a column for contracts not regulated
    // by the Welsh Ministers; WSI 2025/181, reg 3(2), made that column the only one from
    // 24 February 2025, so the figures hold in Wales too (the below-threshold route names both).
    // PPN 11/23 announced the same figures for the 2015 Regulations.
    sources: ['si-2025-163'],
    walesSources: ['si-2025-163'],
    pcrSources: ['ppn-11-23'],
    scotlandSources: ['sppn-5-2023'],
    scotlandUnconfirmed: [],
    actFigureKinds: ['light-touch'],
  },
  {
    from: '2026-01-01',
    amounts: {
      central: 135_018,
      'sub-central': 207_720,
      'light-touch': 663_540,
      // Sch 1 row 9 and row 7 (the light touch concession figure did not change in 2026).
      concession: 5_193_000,
      'light-touch-concession': 5_372_609,
      works: 5_193_000,
    },
    // Reg 8(1) as last read; whether the 2025 Scottish amendments changed it is unconfirmed.
    scotlandAmounts: { concession: 5_372_609, 'light-touch-concession': 5_372_609 },
    concessionSources: {
      'pa-2023': ['si-2025-1200'],
      'pa-2023-wales': ['pa-2023-thresholds-wales-2025'],
      'pcr-2015': ['ccr-2016'],
      scotland: ['ccr-scotland-2016'],
    },
    concessionUnconfirmed: ['scotland'],
    sources: ['si-2025-1200', 'ppn-023'],
    // SI 2025/1200 excludes contracts regulated by the Welsh Ministers: their own 2025
    // Regulations set the same figures from 12.05 a.m. on 1 January 2026.
    walesSources: ['pa-2023-thresholds-wales-2025'],
    scotlandSources: ['sppn-4-2025'],
    scotlandUnconfirmed: ['sub-central', 'light-touch'],
    actFigureKinds: ['light-touch'],
  },
]

/** The thresholds are revised every two years; the next revision is due on this day. */
export const THRESHOLD_HORIZON: IsoDate = '2028-01-01'

export function thresholdTableOn(date: IsoDate): ThresholdTable | undefined {
  return thresholdTables.find((t) => t.from <= date && (t.to === undefined || date <= t.to))
}

/** Scotland's "regulated procurement" line for goods and services, excluding VAT. */
export const scottishRegulatedProcurement = {
  amount: 50_000,
  includesVat: false,
  source: 'procurement-reform-scotland-2014',
  note: 'The Scottish Government consulted on raising this figure (SPPN 3/2025), so it may change.',
} as const

/**
 * Below-threshold notice duties under PA 2023 (s.87(4)): a contract is "notifiable" from these
 * values, including VAT. £12,000 applies only to a central government authority that is not a
 * devolved Welsh authority (s.87(4)(a)(i)); a devolved Welsh central government authority
 * (s.87(4)(a)(ii)) and every other authority (s.87(4)(b)) use £30,000.
 */
export const belowThresholdNoticeValues = {
  central: 12_000,
  other: 30_000,
  source: 'pa-2023',
} as const

/** The s.87(4) figure for a body: central or not, and a devolved Welsh authority or not. */
export function notifiableValue(body: { central: boolean; devolvedWelsh: boolean }): number {
  return body.central && !body.devolvedWelsh
    ? belowThresholdNoticeValues.central
    : belowThresholdNoticeValues.other
}

/**
 * Contracts Finder under Part 4 of the 2015 Regulations (reg 109(2), as amended from 21
 * December 2022 by SI 2022/1390): an advertised below-threshold opportunity goes on Contracts
 * Finder from these values, including VAT.
 */
export const contractsFinderValues = {
  central: 12_000,
  /** Sub-central authorities, NHS trusts and NHS foundation trusts. */
  subCentralAndNhsTrusts: 30_000,
  source: 'pcr-amendment-2022',
} as const
