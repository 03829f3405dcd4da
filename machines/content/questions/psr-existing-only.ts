import type { ChoiceWording } from '../question-wording'

export const psrExistingOnly: ChoiceWording<'psr-existing-only'> = {
  title:
    'Is there an existing provider, and can only they provide this service because of its nature?',
  hint: 'For example an emergency department that only the local hospital trust can run.',
  checklist: {
    intro: 'All of these must be true:',
    items: [
      'there is an existing provider of this service',
      'because of the nature of the service, only that provider can provide it',
    ],
    after: 'Where both are true, you must use this process.',
  },
  error: 'Select whether only the existing provider can provide this service',
  options: {
    yes: {
      label: 'Yes, both are true',
      reason:
        'Only the existing provider can provide the service, so the regulations require a direct award to them.',
    },
    no: {
      label: 'No',
      reason:
        'Other providers could provide the service, so the first direct award process does not apply.',
    },
    'not-sure': {
      label: 'I am not sure',
      reason:
        'You were not sure whether only one provider can deliver it, so we went on to the other processes.',
    },
  },
  notSure: {
    assumed: 'We assumed other providers could deliver the service.',
    why: 'A direct award without the evidence can be challenged, so the other processes are the safer side.',
    check:
      'Test the market: ask whether any other provider could realistically deliver the service.',
  },
}
