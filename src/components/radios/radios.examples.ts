import type { Examples, PropDocs } from '../examples'
import type { RadiosProps } from './radios'

export const radiosProps: PropDocs<RadiosProps> = {
  name: {
    required: true,
    description:
      'The question id: the radios’ `name` (a form field name, a public contract), the first radio’s `id` (what an error summary links to) and the prefix of every other id.',
  },
  heading: {
    required: true,
    description: 'The question, shown as the page’s h1 inside the fieldset’s legend.',
  },
  headingRef: {
    required: false,
    description: 'A ref to that h1, so the page can move focus to it on arrival.',
  },
  hint: {
    required: false,
    description:
      'Hint under the legend, with id `<name>-hint`; the fieldset’s `aria-describedby` names it.',
  },
  options: {
    required: true,
    description:
      'The options in order: each radio’s `value`, label and optional hint (id `<radio id>-item-hint`, named by that radio’s `aria-describedby`).',
  },
  notSure: {
    required: false,
    description: 'The "not sure" option, shown last after an "or" divider.',
  },
  checked: {
    required: false,
    description: 'The value already chosen (from the link), checked when the radios render.',
  },
  error: {
    required: false,
    description:
      'The error message, with id `<name>-error`: marks the form group as in error, starts with a hidden "Error:" and is named by the fieldset’s `aria-describedby` after the hint.',
  },
  showOptionHints: {
    required: false,
    description: 'Whether the options’ hints show (default true).',
  },
}

const jurisdictionOptions = [
  { value: 'england', label: 'England' },
  { value: 'wales', label: 'Wales' },
  { value: 'scotland', label: 'Scotland' },
]

const healthCareOptions = [
  { value: 'yes', label: 'Yes', hint: 'Health care services for the NHS or public health' },
  { value: 'no', label: 'No' },
]

const notSure = { value: 'not-sure', label: 'I’m not sure', hint: 'We will show both routes' }

export const radiosExamples = {
  default: {
    description: 'A question with options and nothing chosen yet',
    props: {
      name: 'jurisdiction',
      heading: 'Where is your organisation?',
      options: jurisdictionOptions,
    },
  },
  'with hint': {
    description: 'A hint under the question',
    props: {
      name: 'jurisdiction',
      heading: 'Where is your organisation?',
      hint: 'Choose the nation whose law applies to the contract.',
      options: jurisdictionOptions,
    },
  },
  'with option hints and not sure': {
    description: 'Options with hints, and "not sure" last after the divider',
    props: {
      name: 'health-care',
      heading: 'Is the service health care?',
      options: healthCareOptions,
      notSure,
    },
  },
  'with option hints hidden': {
    description: 'The same options with their hints turned off',
    props: {
      name: 'health-care',
      heading: 'Is the service health care?',
      options: healthCareOptions,
      notSure,
      showOptionHints: false,
    },
  },
  checked: {
    description: 'An answer already chosen, from the link',
    props: {
      name: 'jurisdiction',
      heading: 'Where is your organisation?',
      options: jurisdictionOptions,
      checked: 'wales',
    },
  },
  'with error': {
    description: 'Continue pressed with nothing chosen',
    props: {
      name: 'jurisdiction',
      heading: 'Where is your organisation?',
      options: jurisdictionOptions,
      error: 'Select where your organisation is',
    },
  },
  'with hint and error': {
    description: 'A hint and an error: the fieldset is described by both, hint first',
    props: {
      name: 'jurisdiction',
      heading: 'Where is your organisation?',
      hint: 'Choose the nation whose law applies to the contract.',
      options: jurisdictionOptions,
      error: 'Select where your organisation is',
    },
  },
  'not sure checked': {
    description: 'The "not sure" option is the one chosen',
    testOnly: true,
    props: {
      name: 'health-care',
      heading: 'Is the service health care?',
      options: healthCareOptions,
      notSure,
      checked: 'not-sure',
    },
  },
  'checked value not among the options': {
    description: 'A link with an unknown answer checks nothing',
    testOnly: true,
    props: {
      name: 'jurisdiction',
      heading: 'Where is your organisation?',
      options: jurisdictionOptions,
      checked: 'narnia',
    },
  },
} satisfies Examples<RadiosProps>
