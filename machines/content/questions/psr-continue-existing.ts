import type { ChoiceWording } from '../question-wording'

export const psrContinueExisting: ChoiceWording<'psr-continue-existing'> = {
  title: 'Will the new contract replace an existing one with a provider you intend to keep?',
  hint: '',
  // SI 2023/1348 reg 6 (England: the considerable-change limits of reg 6(10)); WSI 2025/99
  // for Wales, whose limits are left to check.
  checklist: ({ regime }) => ({
    intro: 'All of these must be true:',
    items: [
      'the current contract is ending',
      'the provider is satisfying the current contract',
      'the provider is likely to satisfy the new contract',
      'the new contract is not a considerable change from the current one',
    ],
    after: [
      'A considerable change is one materially different in character, or a change you decide on that raises the lifetime value above set limits.',
      regime === 'psr-wales-2025'
        ? 'Check those limits in the Welsh regulations before relying on them.'
        : 'In England, those limits are at least £500,000 and at least 25% above the existing contract’s lifetime value when it was entered into (reg 6(10)).',
    ].join(' '),
  }),
  error: 'Select whether the new contract replaces an existing one with the same provider',
  options: {
    yes: {
      label: 'Yes, all of these are true',
      reason:
        'The current provider is performing well and the contract is not changing considerably, so you can continue with them.',
    },
    no: {
      label: 'No',
      reason: 'The conditions for continuing with the existing provider are not all met.',
    },
    'not-sure': {
      label: 'I am not sure',
      reason:
        'You were not sure the conditions for continuing are met, so we went on to the next process.',
    },
  },
  notSure: {
    assumed: 'We assumed the conditions for continuing with the existing provider are not all met.',
    why: 'Continuing without meeting every condition can be challenged, so the next process is the safer side.',
    check:
      'Review the provider’s performance against the contract and compare the new contract with the old one.',
  },
}
