import type { Examples, PropDocs } from '../examples'
import type { ValueInputProps } from './value-input'

export const valueInputProps: PropDocs<ValueInputProps> = {
  name: {
    required: true,
    description:
      'The field’s `name` and `id` (a form field name, a public contract: `contract-value`), and the prefix of the hint’s and error’s ids.',
  },
  label: {
    required: true,
    description: 'The question, shown as the page’s h1 wrapping the field’s label.',
  },
  headingRef: {
    required: false,
    description: 'A ref to that h1, so the page can move focus to it on arrival.',
  },
  inputRef: {
    required: false,
    description: 'A ref to the input, so a calculator can fill it in.',
  },
  hint: {
    required: false,
    description:
      'Hint under the label, with id `<name>-hint`; the input’s `aria-describedby` names it.',
  },
  defaultValue: {
    required: false,
    description: 'The value already given (from the link), as typed text.',
  },
  prefix: {
    required: false,
    description:
      'Text before the field in GOV.UK’s input prefix, such as "£"; hidden from screen readers, as the label says what the amount is in.',
  },
  suffix: {
    required: false,
    description:
      'Text after the field in GOV.UK’s input suffix, such as "months"; hidden from screen readers, as the label says what the figure counts.',
  },
  error: {
    required: false,
    description:
      'The error message, with id `<name>-error`: marks the group and the input as in error, starts with a hidden "Error:" and is named by the input’s `aria-describedby` after the hint.',
  },
}

const label = 'What is the estimated whole-life value of the contract?'
const hint = 'Include VAT and every possible extension. For example, 250000 or £250,000.'

export const valueInputExamples = {
  default: {
    description: 'The contract value question, not yet answered',
    props: { name: 'contract-value', label, hint, defaultValue: '' },
  },
  'with value': {
    description: 'Answered already: the link’s value is in the field',
    props: { name: 'contract-value', label, hint, defaultValue: '250000', prefix: '£' },
  },
  'with error': {
    description: 'Continue pressed with something that is not an amount',
    props: {
      name: 'contract-value',
      label,
      hint,
      defaultValue: '',
      error: 'Enter the value as a number, like 250000 or £250,000',
    },
  },
  'in months': {
    description: 'A figure in months (the changes journey): the unit follows the field',
    props: {
      name: 'mod-max-term-months',
      label: 'What is the longest term the contract allows, in months?',
      defaultValue: '36',
      suffix: 'months',
    },
  },
  'without hint': {
    description: 'No hint: the input is described by the error alone, or by nothing',
    testOnly: true,
    props: { name: 'annual-value', label: 'How much a year?', error: 'Enter an amount' },
  },
} satisfies Examples<ValueInputProps>
