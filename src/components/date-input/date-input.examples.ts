import type { Examples, PropDocs } from '../examples'
import type { DateInputProps } from './date-input'

export const dateInputProps: PropDocs<DateInputProps> = {
  namePrefix: {
    required: true,
    description:
      'The fields’ names and ids are `<namePrefix>-day`, `-month` and `-year` (form field names, a public contract: `startDate-…`); the hint’s and error’s ids start with it too. An error summary links to `#<namePrefix>-day`.',
  },
  legend: { required: true, description: 'The question, as the fieldset’s legend.' },
  hint: {
    required: false,
    description:
      'Hint under the legend, with id `<namePrefix>-hint`; the fieldset’s `aria-describedby` names it.',
  },
  values: {
    required: false,
    description: 'The date already given, as the text of each field (empty strings for none).',
  },
  error: {
    required: false,
    description:
      'The error message, with id `<namePrefix>-error`: marks the group and all three fields as in error, starts with a hidden "Error:" and is named by the fieldset’s `aria-describedby` after the hint.',
  },
}

const legend = 'When did or will the procurement start? (optional)'
const hint = 'This picks the thresholds in force on that day. For example, 27 3 2026.'
const empty = { day: '', month: '', year: '' }

export const dateInputExamples = {
  default: {
    description: 'The optional start date, left empty',
    props: { namePrefix: 'startDate', legend, hint, values: empty },
  },
  'with date': {
    description: 'A start date from the link, split into its fields',
    props: {
      namePrefix: 'startDate',
      legend,
      hint,
      values: { day: '7', month: '3', year: '2025' },
    },
  },
  'with error': {
    description: 'Continue pressed with part of a date',
    props: {
      namePrefix: 'startDate',
      legend,
      hint,
      values: { day: '7', month: '', year: '' },
      error: 'The start date must include a month and a year',
    },
  },
  'without hint or values': {
    description: 'Only a legend: nothing describes the fieldset and the fields are empty',
    testOnly: true,
    props: { namePrefix: 'endDate', legend: 'When does the contract end?' },
  },
} satisfies Examples<DateInputProps>
