import type { Examples, PropDocs } from '../examples'
import type { ErrorSummaryProps } from './error-summary'

export const errorSummaryProps: PropDocs<ErrorSummaryProps> = {
  errors: {
    required: true,
    description:
      'The page’s errors in the order of its fields: each `href` is `#` and the field’s id (for radios, the question id; for a date, its day field), each `text` the same message as the field’s. None: nothing renders.',
  },
  focusKey: {
    required: false,
    description:
      'Changes on every submit, so the summary takes focus again when the errors are the same as last time.',
  },
}

export const errorSummaryExamples = {
  'one error': {
    description: 'A question submitted without an answer',
    props: {
      errors: [{ href: '#jurisdiction', text: 'Select where your organisation is' }],
      focusKey: 1,
    },
  },
  'two errors': {
    description: 'The contract value page with both its fields wrong',
    props: {
      errors: [
        { href: '#contract-value', text: 'Enter the value as a number, like 250000 or £250,000' },
        { href: '#startDate-day', text: 'The start date must include a month and a year' },
      ],
      focusKey: 2,
    },
  },
  'no errors': {
    description: 'Before any submit, or once the errors are fixed: renders nothing',
    props: { errors: [] },
  },
  'link to a missing field': {
    description: 'An href with no field on the page: following it does nothing, and does not throw',
    testOnly: true,
    props: { errors: [{ href: '#nowhere', text: 'Something is wrong' }] },
  },
} satisfies Examples<ErrorSummaryProps>
