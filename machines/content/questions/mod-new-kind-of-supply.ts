import type { ChoiceWording } from '../question-wording'

export const modNewKindOfSupply: ChoiceWording<'mod-new-kind-of-supply'> = {
  title:
    'Will the change add goods, services or works of a kind the contract does not already cover, in more than a minor way?',
  hint: 'Under the Procurement Act 2023, adding more of what the contract already covers is not a change of scope (s.74(5)).',
  error: 'Select whether the change adds a new kind of supply',
  options: {
    yes: {
      label: 'Yes',
      reason: 'The change adds goods, services or works of a new kind.',
    },
    no: {
      label: 'No',
      reason: 'The change adds nothing of a new kind.',
    },
    'not-sure': {
      label: 'I am not sure',
      reason: 'You were not sure, so we treated the change as adding a new kind of supply.',
    },
  },
  notSure: {
    assumed: 'We treated the change as adding a new kind of supply.',
    why: 'That rules out the grounds that need the scope to stay the same, so it is the stricter answer.',
    check: 'Compare the change with the description of what the contract covers.',
  },
}
