import type { Examples, PropDocs } from '../examples'
import type { ContinueButtonProps } from './continue-button'

/** No props: the form answers the question through `answersOnSubmit` on its submit. */
export const continueButtonProps: PropDocs<ContinueButtonProps> = {}

/** The button has no data props: its one example is the button inside a question's form. */
export const continueButtonExamples = {
  'in a question’s form': {
    description: 'The submit button at the end of every question page, named "Continue"',
    props: {},
  },
} satisfies Examples<ContinueButtonProps>
