import type { IsoDate } from './dates'

/** Which threshold a contract is measured against (decision model, section 3). */
export type ThresholdKind = 'central' | 'sub-central' | 'light-touch'

export type ThresholdTable = {
  from: IsoDate
  /** Last day in force; undefined while the table is current. */
  to?: IsoDate
  /** Pounds, including VAT, for services. */
  amounts: Record<ThresholdKind, number>
  /** Sources for England, Wales and Northern Ireland. */
  sources: readonly string[]
  /** Sources for Scotland. */
  scotlandSources: readonly string[]
  /** Figures taken as the UK's for Scotland but not yet confirmed there. */
  scotlandUnconfirmed: readonly ThresholdKind[]
}

/**
 * The dated thresholds for services. A procurement uses the table in force on the day
 * it starts. Figures: decision model section 3 and legal-facts.md; source ids in sources.ts.
 */
export const thresholdTables: readonly ThresholdTable[] = [
  {
    from: '2024-01-01',
    to: '2025-12-31',
    amounts: { central: 139_688, 'sub-central': 214_904, 'light-touch': 663_540 },
    sources: ['ppn-11-23'],
    scotlandSources: ['sppn-5-2023'],
    scotlandUnconfirmed: [],
  },
  {
    from: '2026-01-01',
    amounts: { central: 135_018, 'sub-central': 207_720, 'light-touch': 663_540 },
    sources: ['si-2025-1200', 'ppn-023'],
    scotlandSources: ['sppn-4-2025'],
    scotlandUnconfirmed: ['sub-central', 'light-touch'],
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

/** Below-threshold notice duties under PA 2023 (s.87): "notifiable" contracts from these values, including VAT. */
export const belowThresholdNoticeValues = {
  central: 12_000,
  other: 30_000,
  source: 'pa-2023',
} as const
