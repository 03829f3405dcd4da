import type { Checklist, ChoiceWording } from '../question-wording'

// PA 2023 s.33 (reservable light touch services are those marked "R" in Schedule 1 to the
// Procurement Regulations 2024, reg 42(2); for a devolved Welsh authority, Schedule 1 to the
// Procurement (Wales) Regulations 2024, whose marking is not confirmed: "check"). PCR 2015
// reg 77(2) codes, 77(4) term, 77(5) call for competition.
const pa2023: Checklist = {
  intro: 'All of these must be true:',
  items: [
    'the services are reservable light touch services',
    'you use a competitive flexible procedure',
    'the maximum term, with extensions, is five years or less',
  ],
  link: {
    source: 'procurement-regs-2024-sch-1',
    text: 'Reservable light touch services: those marked R in Schedule 1 to the Procurement Regulations 2024',
  },
}
const pa2023Wales: Checklist = {
  ...pa2023,
  link: {
    source: 'procurement-wales-regs-2024-sch-1',
    text: 'Light touch services in Schedule 1 to the Procurement (Wales) Regulations 2024: check which may be reserved',
  },
}
const pcr2015: Checklist = {
  intro: 'All of these must be true:',
  items: [
    'the contract is only for services with the codes listed in regulation 77(2)',
    'the term is three years or less',
    'your call for competition refers to the reservation',
  ],
  link: {
    source: 'pcr-2015-reg-77',
    text: 'The service codes in regulation 77(2) of the 2015 Regulations',
  },
}

export const mutualConditions: ChoiceWording<'mutual-conditions'> = {
  title: 'Does the contract meet every condition for reserving it?',
  hint: ({ regime }) =>
    regime === 'pcr-2015'
      ? 'Regulation 77 of the 2015 Regulations sets the conditions.'
      : 'Section 33 of the Procurement Act 2023 sets the conditions.',
  checklist: ({ regime, nation }) =>
    regime === 'pcr-2015' ? pcr2015 : nation === 'wales' ? pa2023Wales : pa2023,
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
