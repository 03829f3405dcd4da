import type { ChoiceWording } from '../question-wording'

export const modContractCategory: ChoiceWording<'mod-contract-category'> = {
  title: 'What does the contract mainly buy?',
  hint: 'Light touch services are listed in Schedule 1 to the Procurement Regulations 2024 and in Schedule 3 to the 2015 Regulations. A mixed contract follows its main subject matter. Under the Procurement Act 2023, a light touch contract can be changed without a permitted ground.',
  error: 'Select what the contract mainly buys',
  options: {
    'light-touch-services': {
      label: 'Light touch services',
      hint: 'Health, social care, education, cultural or other community services on the light touch list.',
      reason: 'The contract is for light touch services.',
    },
    'other-services-or-goods': {
      label: 'Other services or goods',
      reason: 'The contract is for other services or goods.',
    },
    works: {
      label: 'Works',
      hint: 'Building or civil engineering works.',
      reason:
        'The contract is for works, so its 10% limits are 15% and the works threshold applies.',
    },
    'not-sure': {
      label: 'I am not sure',
      reason:
        'You were not sure of the contract’s category, so we treated it as other services or goods, the stricter answer.',
    },
  },
  notSure: {
    assumed: 'We treated the contract as one for other services or goods.',
    why: 'That category has the lower thresholds and the 10% limits, so it is the stricter answer.',
    check:
      'Check the contract’s main subject matter against the light touch list, or ask your procurement team.',
  },
}
