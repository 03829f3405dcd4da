import type { AppliedThreshold } from '../../threshold'
import { formatPounds } from '../money'
import type { HintContext, NotSureWording } from '../question-wording'
import { thresholdNames } from '../value-sentence'
import { existingProcurement } from './existing-procurement'

export const contractValue = {
  title: 'What is the estimated value of the contract?',
  // Valuation: the most you could expect to pay, options and extensions included, and
  // contracts that could reasonably be one valued together (PA 2023 s.4, Sch 3 paras 1, 4).
  // A concession is valued by the provider's total expected income, from users and from the
  // authority (decision model 3.3: PA 2023 Sch 3 para 3; CCR 2016 reg 9; CCSR 2016 reg 8(3)).
  hint(context: HintContext): string {
    return contractValue.hintParagraphs(context).join(' ')
  },
  /** The hint in short paragraphs, for the page: what to count, then the special cases. */
  hintParagraphs({ sib, concession }: HintContext): string[] {
    if (concession === 'yes')
      return [
        'A concession is valued differently. Enter everything the provider expects to receive over the whole life of the contract, from the people who use the service and from you.',
        'Include VAT, every year, and any extensions and options.',
      ]
    return [
      'Enter the most you could expect to pay over the whole life of the contract, including VAT: every year, plus any extensions and options. Thresholds are set including VAT, so a net figure can mislead.',
      'For a call-off under a framework, enter the value of the call-off, not of the whole framework. Add up separate placements or orders for the same service where they could reasonably be bought as one contract.',
      sib
        ? 'For a Social Impact Bond, enter the cap on outcome payments: the most you could pay if every outcome is achieved.'
        : 'For payment by results, use the most you could pay, such as the cap on outcome payments.',
      ...(concession === 'no'
        ? []
        : [
            'For a concession, where the people who use the service mainly pay the provider at its own risk, enter everything it expects to receive, from them and from you.',
          ]),
    ]
  },
  label: 'Estimated value in pounds, including VAT',
  errors: {
    empty: 'Enter the estimated value of the contract',
    notANumber: 'Enter the value as a number, like 250000, £250,000 or £2.4 million',
    twoPoints: 'Enter the value with one decimal point at most, like 2.4m',
    commas: 'Use commas only to separate thousands, like 2,400,000',
    pointForThousands: 'Use commas, not full stops, to separate thousands, like 2,400,000',
    negative: 'The value cannot be negative',
    pence: 'Enter the value in whole pounds, without pence',
    tooLarge: 'Enter a value of £1,000,000,000,000 or less',
  },
  /** Words people add to a figure, and what they multiply it by ("2.4m", "£2.4 million"). */
  units: { k: 3, thousand: 3, m: 6, million: 6, bn: 9, billion: 9 },
  reason(value: number, threshold: AppliedThreshold | undefined): string {
    if (!threshold) return `The estimated value is ${formatPounds(value)}.`
    const kind = thresholdNames[threshold.kind]
    return value < threshold.amount
      ? `The estimated value of ${formatPounds(value)} is below the ${kind} threshold of ${formatPounds(threshold.amount)}.`
      : `The estimated value of ${formatPounds(value)} is at or above the ${kind} threshold of ${formatPounds(threshold.amount)}.`
  },
} as const

/**
 * The optional start date, asked on the value page as a second question (share-link key
 * `startDate`). It picks the dated thresholds (decision model, section 3.4), and must agree
 * with the answer about when the procurement started, which each refusal names.
 */
export const startDateWording = {
  legend: 'When did or will the procurement start? (optional)',
  /** Tailored to the answer about when the procurement started, where it was asked. */
  hint: (started: string | number | undefined) =>
    [
      'This picks the thresholds in force on that day.',
      started === 'yes'
        ? 'Leave it empty to use those of 23 February 2025, as your procurement began under the old rules.'
        : started === 'no'
          ? 'Leave it empty to use today’s.'
          : 'Leave it empty to use today’s, or, for a procurement that began under the old rules, those of 23 February 2025.',
      'For example, 27 3 2026.',
    ].join(' '),
  errors: {
    missing: (parts: string) => `The start date must include ${parts}`,
    notADate: 'The start date must be a real date, like 27 3 2026',
    beforeRuleset: 'The start date must be on or after 1 January 2024, the start of these rules',
    /** The date contradicts the answer to `existing-procurement`, named in its own words. */
    contradicts: (answer: 'yes' | 'no') =>
      `The start date must be ${answer === 'yes' ? 'before' : 'on or after'} 24 February 2025, because you answered “${existingProcurement.options[answer].label}” to “${existingProcurement.title}” Change the date or that answer.`,
  },
} as const

/** The contract value has no "not sure"; this type keeps the shape of the others. */
export type ContractValueWording = typeof contractValue & { notSure?: NotSureWording }
