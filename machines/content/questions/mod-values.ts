import type { NumberQuestionId } from '../../questions'
import { formatPounds } from '../money'

/**
 * The wording of the changes journey's number questions (decision model, sections 8.2-8.3):
 * pounds including VAT, and months. What each figure is compared with is worked out in
 * machines/ (contract-change.ts); these words only name the figure.
 */
export type NumberWording = {
  title: string
  hint: string
  /** The field's label. */
  label: string
  /** What the field is measured in: shown after the box for months, as "£" before it for pounds. */
  unit: 'pounds' | 'months'
  errors: {
    empty: string
    notANumber: string
    negative: string
    notWhole: string
    tooLarge: string
    /** For a question whose smallest answer is above 0. */
    tooSmall?: string
  }
  /** Why the figure shaped the result, for "Why this route". */
  reason(value: number): string
}

const poundsErrors = (what: string, empty: string) => ({
  empty,
  notANumber: `Enter ${what} as a number, like 250000 or £250,000`,
  negative: `${capital(what)} cannot be negative`,
  notWhole: `Enter ${what} in whole pounds, without pence`,
  tooLarge: `Enter ${what} of £1,000,000,000,000 or less`,
})

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

export const modOriginalValue: NumberWording = {
  title: 'What was the contract’s total estimated value when it was awarded?',
  // PCR reg 72(7); PCS Regs reg 72(7): the indexation clause updates the figure.
  hint: 'Include VAT, the whole term and every option it contained, both extensions and extras. Usually this is the value in the award notice. For a Provider Selection Regime contract, give its lifetime value when it was entered into. If the contract has an indexation (inflation) clause, use the figure as updated by that clause.',
  label: 'Value at award in pounds, including VAT',
  unit: 'pounds',
  errors: {
    ...poundsErrors('the value', 'Enter the contract’s estimated value when it was awarded'),
    tooSmall: 'Enter a value of at least £1',
  },
  reason: (value) => `The contract’s estimated value at award was ${formatPounds(value)}.`,
}

export const modEarlierChangesValue: NumberWording = {
  title: 'Since award, by how much in total have earlier changes increased the contract’s value?',
  // PA 2023 s.74(7)-(8), s.75(4)-(5); PCR reg 72(2)(b): changes are counted together.
  hint: 'Do not count options you exercised. Enter 0 if there were none. Changes are counted together, and splitting one change into smaller ones to stay under a limit is not allowed. Route Finder counts every earlier change, which is the cautious reading.',
  label: 'Earlier changes in pounds, including VAT',
  unit: 'pounds',
  errors: poundsErrors('the total', 'Enter the total of earlier changes, or 0 if there were none'),
  reason: (value) =>
    value === 0
      ? 'No earlier change has increased the contract’s value.'
      : `Earlier changes have added ${formatPounds(value)} to the contract’s value.`,
}

export const modChangeValue: NumberWording = {
  title: 'How much will this change add to the contract’s value, including VAT?',
  hint: 'Enter 0 if it adds nothing or reduces the value. For an extension, enter the cost of the extra period. If the change only uses an option whose value was already counted when the contract was awarded, enter 0.',
  label: 'This change in pounds, including VAT',
  unit: 'pounds',
  errors: poundsErrors('the amount', 'Enter how much this change adds, or 0'),
  reason: (value) =>
    value === 0
      ? 'This change adds nothing to the contract’s value.'
      : `This change adds ${formatPounds(value)} to the contract’s value.`,
}

export const modMaxTermMonths: NumberWording = {
  title: 'What is the longest the contract could run under its original terms, in months?',
  hint: 'Count the whole term as if every extension option were used.',
  label: 'Longest term in months',
  unit: 'months',
  errors: {
    empty: 'Enter the contract’s longest term in months',
    notANumber: 'Enter the term as a number of months, like 36',
    negative: 'The term cannot be negative',
    notWhole: 'Enter the term in whole months',
    tooLarge: 'Enter a term of 1,200 months or less',
    tooSmall:
      'Enter a term of at least 1 month: an extension needs a term to extend, so it cannot be 0',
  },
  reason: (value) =>
    `The contract could run for at most ${months(value)} under its original terms.`,
}

export const modExtensionMonths: NumberWording = {
  title: 'By how many months will the contract now run beyond that longest term?',
  hint: 'Count any extensions already agreed outside the options. Enter 0 if the extension stays within the options.',
  label: 'Extension in months',
  unit: 'months',
  errors: {
    empty: 'Enter the extension in months, or 0',
    notANumber: 'Enter the extension as a number of months, like 6',
    negative: 'The extension cannot be negative',
    notWhole: 'Enter the extension in whole months',
    tooLarge: 'Enter an extension of 1,200 months or less',
  },
  reason: (value) =>
    value === 0
      ? 'The extension stays within the contract’s longest term.'
      : `The contract will run ${months(value)} beyond its longest term.`,
}

/** "1 month", "18 months". */
export function months(n: number): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? 'month' : 'months'}`
}

/**
 * The wording of every number question. The contract value keeps its own shape (its reason
 * names the threshold); the changes journey's figures share NumberWording.
 */
export const numberWording: { [Q in Exclude<NumberQuestionId, 'contract-value'>]: NumberWording } =
  {
    'mod-original-value': modOriginalValue,
    'mod-earlier-changes-value': modEarlierChangesValue,
    'mod-change-value': modChangeValue,
    'mod-max-term-months': modMaxTermMonths,
    'mod-extension-months': modExtensionMonths,
  }
