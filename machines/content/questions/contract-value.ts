import type { AppliedThreshold } from '../../threshold'
import { formatPounds } from '../money'
import type { NotSureWording } from '../question-wording'
import { thresholdNames } from '../value-sentence'

export const contractValue = {
  title: 'What is the estimated value of the contract?',
  // Valuation: the most you could expect to pay, options and extensions included, and
  // contracts that could reasonably be one valued together (PA 2023 s.4, Sch 3 paras 1, 4).
  hint: 'Enter the most you could expect to pay over the whole life of the contract, including VAT: every year, plus any extensions and options. Thresholds are set including VAT, so a net figure can mislead. For a call-off under a framework, enter the value of the call-off, not of the whole framework. Add up separate placements or orders for the same service where they could reasonably be bought as one contract. For payment by results, use the most you could pay, such as the cap on outcome payments.',
  label: 'Estimated value in pounds, including VAT',
  errors: {
    empty: 'Enter the estimated value of the contract',
    notANumber: 'Enter the value as a number, like 250000 or £250,000',
    negative: 'The value cannot be negative',
    pence: 'Enter the value in whole pounds, without pence',
    tooLarge: 'Enter a value of £1,000,000,000,000 or less',
  },
  reason(value: number, threshold: AppliedThreshold | undefined): string {
    if (!threshold) return `The estimated value is ${formatPounds(value)}.`
    const kind = thresholdNames[threshold.kind]
    return value < threshold.amount
      ? `The estimated value of ${formatPounds(value)} is below the ${kind} threshold of ${formatPounds(threshold.amount)}.`
      : `The estimated value of ${formatPounds(value)} is at or above the ${kind} threshold of ${formatPounds(threshold.amount)}.`
  },
} as const

/** The contract value has no "not sure"; this type keeps the shape of the others. */
export type ContractValueWording = typeof contractValue & { notSure?: NotSureWording }
