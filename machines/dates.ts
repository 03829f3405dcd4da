/** Dates as ISO strings (YYYY-MM-DD): they compare correctly as strings and carry no time zone. */
export type IsoDate = string

/** The day the Procurement Act 2023 came into force; earlier procurements stay under the old rules. */
export const PA_2023_IN_FORCE: IsoDate = '2025-02-24'
/** The day before it: the figures used for a pre-Act procurement with no start date given. */
export const LAST_DAY_BEFORE_PA_2023: IsoDate = '2025-02-23'
/** The ruleset covers procurements starting on or after this day. */
export const RULESET_STARTS: IsoDate = '2024-01-01'

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const [y, m, d] = value.split('-').map(Number) as [number, number, number]
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}
