import type { ChoiceWording } from '../question-wording'

export const psrPatientChoice: ChoiceWording<'psr-patient-choice'> = {
  title:
    'Do patients choose their provider, and will you contract every provider that meets the requirements?',
  hint: 'For example elective care where patients have a legal right to choose. Where this is true, you must use this process.',
  error: 'Select whether patients choose their provider',
  options: {
    yes: {
      label: 'Yes',
      reason:
        'Patients choose their provider and you will contract all who qualify, so the regulations require this direct award process.',
    },
    no: {
      label: 'No',
      reason:
        'Patients do not choose among all qualifying providers, so the patient choice process does not apply.',
    },
    'not-sure': {
      label: 'I am not sure',
      reason:
        'You were not sure whether patient choice applies, so we went on to the other processes.',
    },
  },
  notSure: {
    assumed: 'We assumed patient choice does not apply to this service.',
    why: 'The remaining processes still lead to a lawful route, and you can come back if patient choice applies.',
    check: 'Check whether patients have a legal right to choose their provider for this service.',
  },
}
