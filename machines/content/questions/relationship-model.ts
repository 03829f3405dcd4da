import type { ChoiceWording } from '../question-wording'

export const relationshipModel: ChoiceWording<'relationship-model'> = {
  title: 'What kind of relationship do you want with the provider?',
  hint: 'This shapes the contract you compete, not whether you compete. Partnerships suit services where needs change and you want to share what is learned.',
  error: 'Select the kind of relationship you want',
  options: {
    alliance: {
      label: 'An alliance of several providers',
      hint: 'You and several providers sign one agreement and share risk and reward for agreed outcomes.',
      reason:
        'You want an alliance, so you will select several partners who share risk and reward under one agreement.',
    },
    'open-book-partnership': {
      label: 'An open-book partnership with one provider',
      hint: 'The provider shows its costs, earns a reasonable surplus, and shares gains above it with you.',
      reason:
        'You want an open-book partnership, so the contract will share costs and gains openly with the provider.',
    },
    'outcomes-based': {
      label: 'A contract that pays for results',
      hint: 'You pay for outcomes achieved, as in a Social Impact Bond or another payment-by-results contract.',
      reason:
        'You want to pay for results achieved, so the contract will set outcomes, how they are measured and what each is worth.',
    },
    conventional: {
      label: 'A conventional contract',
      hint: 'A fixed specification and price, managed against performance measures.',
      reason: 'You want a conventional contract with a set specification and price.',
    },
  },
}
