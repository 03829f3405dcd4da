import type { ChoiceWording, HintContext } from '../question-wording'

// Each option belongs to one regime (decision model 8.4); the wizard offers only the regime’s own (optionsFor below).
function hint({ regime }: HintContext): string {
  return regime === 'psr-wales-2025'
    ? 'Direct Award Process 1 is for a provider that is the only one able to provide the services.'
    : 'Direct Award Processes A and B are for an existing provider that is the only one able to provide the services, or for services the patient chooses.'
}

export const psrModOriginalProcess: ChoiceWording<'psr-mod-original-process'> = {
  title: 'How was this contract awarded?',
  hint: hint,
  hiddenOptions: ({ regime }) =>
    regime === 'psr-wales-2025' ? ['direct-award-a-or-b'] : ['direct-award-1'],
  error: 'Select how the contract was awarded',
  options: {
    'direct-award-a-or-b': {
      label: 'Direct Award Process A or B',
      reason: 'The contract was awarded by Direct Award Process A or B.',
    },
    'direct-award-1': {
      label: 'Direct Award Process 1',
      reason: 'The contract was awarded by Direct Award Process 1.',
    },
    'other-or-before-psr': {
      label: 'Another process, or before the Provider Selection Regime',
      reason:
        'The contract was awarded by another process, or before the Provider Selection Regime.',
    },
    'not-sure': {
      label: 'I am not sure',
      reason:
        'You were not sure how the contract was awarded, so we did not rely on a direct award process.',
    },
  },
  notSure: {
    assumed:
      'We assumed the contract was awarded by another process, or before the Provider Selection Regime.',
    why: 'The wider ground for contracts awarded by a direct award process applies only if you can show that process was used.',
    check: 'Find the award notice or the record of the award decision.',
  },
}
