/**
 * The entry in machines/sources.ts for each instrument a plan step cites, and for the bank
 * holiday calendars, so the app can link every rule to where it was read.
 */
import type { SourceId } from '../sources'

export const instrumentSources: Record<string, SourceId> = {
  'PA 2023': 'pa-2023',
  'SI 2024/692': 'procurement-regs-2024',
  'SI 2015/102': 'pcr-2015',
  'SI 2016/273': 'ccr-2016',
  'SSI 2015/446': 'pcs-regs-2015',
  'PR(S)A 2014': 'procurement-reform-scotland-2014',
  'SSI 2016/145': 'procurement-scotland-regs-2016',
  'SSI 2016/65': 'ccr-scotland-2016',
  'SI 2023/1348': 'psr-2023',
  'WSI 2025/99': 'psr-wales-2025',
  'SCA 2022': 'subsidy-control-act-2022',
  'LGA 1972': 'lga-1972-s123',
}

/** The calendars' sources: the Act's schedule and GOV.UK's announced lists (bank-holidays.ts). */
export const calendarSources: SourceId[] = [
  'bfda-1971',
  'gov-uk-bank-holidays',
  'legislation-wales-act-2019',
]
