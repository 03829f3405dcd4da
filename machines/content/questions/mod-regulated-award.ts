import type { ChoiceWording } from '../question-wording'

export const modRegulatedAward: ChoiceWording<'mod-regulated-award'> = {
  title: 'When it was awarded, was the contract covered by the full procurement rules?',
  hint: 'That means it was advertised on Find a Tender (or in the EU Official Journal before 2021), or awarded by a formal negotiated procedure, rather than as a lower-value contract. Route Finder holds threshold figures only from 2024, so for older contracts it asks.',
  error: 'Select whether the contract was covered by the full procurement rules',
  options: {
    yes: {
      label: 'Yes',
      reason:
        'The contract was covered by the full rules when it was awarded, so the rules on changing contracts apply to it.',
    },
    no: {
      label: 'No',
      reason:
        'The contract was a lower-value contract when it was awarded, below the thresholds of the full rules.',
    },
    'not-sure': {
      label: 'I am not sure',
      reason:
        'You were not sure, so we treated the contract as covered by the full rules, the stricter answer.',
    },
  },
  notSure: {
    assumed:
      'We treated the contract as covered by the full procurement rules when it was awarded.',
    why: 'That applies the rules on changing contracts, which is the stricter answer.',
    check:
      'Look for the contract notice on Find a Tender or in the EU Official Journal, or ask your procurement team how it was awarded.',
  },
}
