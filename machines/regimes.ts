/** The procurement regimes a result can fall under. Ids are a public contract. */
export const regimeIds = [
  'pa-2023',
  'pcr-2015',
  'pcr-scotland-2015',
  'psr-2023',
  'psr-wales-2025',
] as const
export type RegimeId = (typeof regimeIds)[number]

export const regimes: Record<RegimeId, { name: string; shortName: string; instrument: string }> = {
  'pa-2023': {
    name: 'Procurement Act 2023',
    shortName: 'PA 2023',
    instrument: 'pa-2023',
  },
  'pcr-2015': {
    name: 'Public Contracts Regulations 2015',
    shortName: 'PCR 2015',
    instrument: 'pcr-2015',
  },
  'pcr-scotland-2015': {
    name: 'Public Contracts (Scotland) Regulations 2015',
    shortName: 'PCS Regs 2015',
    instrument: 'pcs-regs-2015',
  },
  'psr-2023': {
    name: 'Health Care Services (Provider Selection Regime) Regulations 2023',
    shortName: 'PSR 2023 (England)',
    instrument: 'psr-2023',
  },
  'psr-wales-2025': {
    name: 'Health Services (Provider Selection Regime) (Wales) Regulations 2025',
    shortName: 'PSR Wales 2025',
    instrument: 'psr-wales-2025',
  },
}

export function isRegimeId(id: string): id is RegimeId {
  return (regimeIds as readonly string[]).includes(id)
}
