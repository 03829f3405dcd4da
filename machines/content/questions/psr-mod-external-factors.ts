import type { ChoiceWording } from '../question-wording'

export const psrModExternalFactors: ChoiceWording<'psr-mod-external-factors'> = {
  title: 'Is the change a response to things outside your control and the provider’s?',
  hint: 'For example a change in the number of patients or service users, or a price change under a formula in the contract.',
  error: 'Select whether the change responds to things outside your control',
  options: {
    yes: {
      label: 'Yes',
      reason: 'The change responds to things outside your control and the provider’s.',
    },
    no: {
      label: 'No',
      reason: 'The change is your decision, not a response to outside factors.',
    },
    'not-sure': {
      label: 'I am not sure',
      reason: 'You were not sure, so we treated the change as your decision.',
    },
  },
  notSure: {
    assumed: 'We treated the change as your own decision.',
    why: 'A change attributable to your decision has value limits and may need a notice, so this is the stricter answer.',
    check: 'Record what outside factor makes the change necessary, with the figures that show it.',
  },
}
