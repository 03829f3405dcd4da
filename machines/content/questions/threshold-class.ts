import type { ChoiceWording } from '../question-wording'

export const thresholdClass: ChoiceWording<'threshold-class'> = {
  title: 'Is your organisation a central government authority for the procurement thresholds?',
  hint: 'A set list of bodies counts as central government, with a lower threshold. Under the Procurement Act it is in the Procurement Regulations 2024. NHS trusts and foundation trusts are often on it; integrated care boards and other bodies vary.',
  error: 'Select whether your organisation is a central government authority',
  options: {
    central: {
      label: 'Yes, central government',
      reason:
        'Your organisation is a central government authority, so the lower central threshold applies.',
    },
    'sub-central': {
      label: 'No, sub-central',
      reason:
        'Your organisation is not central government, so the higher sub-central threshold applies.',
    },
    'not-sure': {
      label: 'I am not sure',
      reason: 'You were not sure of your class, so we used the lower central government threshold.',
    },
  },
  notSure: {
    assumed: 'We used the central government threshold, the lower of the two.',
    why: 'Using the lower figure means a full procurement sooner, which is the safer side.',
    check:
      'Ask your procurement team whether your organisation is on the list of central government authorities.',
  },
}
