import type { ChoiceWording } from '../question-wording'

const pa2023 =
  'Under section 33 of the Procurement Act 2023, all of these must be true. The services are reservable light touch services. You use a competitive flexible procedure. The maximum term, with extensions, is five years or less.'
const pcr2015 =
  'Under regulation 77 of the 2015 Regulations, all of these must be true. The contract is only for services with the codes listed in regulation 77(2). The term is three years or less. Your call for competition refers to the reservation.'

export const mutualConditions: ChoiceWording<'mutual-conditions'> = {
  title: 'Does the contract meet every condition for reserving it?',
  hint: ({ regime }) => (regime === 'pcr-2015' ? pcr2015 : pa2023),
  error: 'Select whether the contract meets every condition for reserving it',
  options: {
    yes: {
      label: 'Yes, it meets every condition',
      reason:
        'The contract meets every condition, so you can reserve the competition to public service mutuals.',
    },
    no: {
      label: 'No',
      reason: 'The contract does not meet every condition, so it cannot be reserved.',
    },
    'not-sure': {
      label: 'I am not sure',
      reason:
        'You were not sure the conditions are met, so we did not recommend reserving the contract.',
    },
  },
  notSure: {
    assumed: 'We assumed the contract cannot be reserved.',
    why: 'An unlawful reservation can be challenged by excluded bidders, so not reserving is the cautious choice.',
    check:
      'Check the service codes and the planned term, with extensions, against the conditions for reserving to mutuals (section 33 of the Act, or regulation 77).',
  },
}
