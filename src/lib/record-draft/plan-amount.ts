/**
 * One fact, asked once: on a grant the grant is the subsidy, so the plan's subsidy amount
 * (`amountGbp`) is the record's "Amount (£)". On an asset transfer the subsidy is the
 * undervalue, not the asset's value, so its plan keeps its own amount.
 */
import type { PlanOptions } from '@machines/plan/types'
import { parseRecordAmount } from './record-amount'

/** True where the record's amount is the plan's subsidy amount. */
export const amountIsSubsidy = (route: string | null | undefined) => route === 'grant'

/** The record's "Amount (£)" as whole pounds, or undefined when blank or not read as pounds. */
export function recordAmountOf(text: string | undefined): number | undefined {
  if (!text?.trim()) return undefined
  const read = parseRecordAmount(text)
  return read.ok ? read.value : undefined
}

/**
 * The options the plan runs with: on a grant, the amount is the record's, and an `amountGbp`
 * kept from an older draft is ignored. Other routes get their options back unchanged (the
 * same object, so a memo or a selector does not see a change).
 */
export function planOptionsWithAmount(
  options: PlanOptions | undefined,
  route: string | null | undefined,
  recordAmount: number | undefined,
): PlanOptions | undefined {
  if (!amountIsSubsidy(route)) return options
  const { amountGbp: _, ...rest } = options ?? {}
  return recordAmount === undefined ? rest : { ...rest, amountGbp: recordAmount }
}
