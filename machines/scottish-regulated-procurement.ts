// Scotland's "regulated procurement" line (Procurement Reform (Scotland) Act 2014, s.3) as a
// predicate beside the other rules, so wording asks it instead of comparing figures itself.
import { scottishRegulatedProcurement } from './thresholds'

/**
 * Whether a value, including VAT, shows the contract is below the regulated procurement line.
 * The line excludes VAT, so a value including VAT that is below it is below it for certain;
 * at or above it, only the value excluding VAT can tell. Undefined value: unknown, so false.
 */
export function isBelowScottishRegulatedLine(valueIncludingVat: number | undefined): boolean {
  return valueIncludingVat !== undefined && valueIncludingVat < scottishRegulatedProcurement.amount
}
