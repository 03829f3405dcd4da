import type { Examples, PropDocs } from '../examples'
import type { ContinueButtonProps } from './continue-button'

export const continueButtonProps: PropDocs<ContinueButtonProps> = {
  onContinue: {
    required: true,
    description:
      'Answers the question from its form. Called with the button’s form on a click, and (through `answersOnSubmit` on the form) on any other submit, such as Enter in a field. The browser never submits the form itself.',
  },
}

/** The button has no data props: its one example is the button inside a question's form. */
export const continueButtonExamples = {
  'in a question’s form': {
    description: 'The submit button at the end of every question page, named "Continue"',
    props: {},
  },
} satisfies Examples<Omit<ContinueButtonProps, 'onContinue'>>
