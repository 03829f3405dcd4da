import type { ChoiceWording } from '../question-wording'

export const modScopeConsiderable: ChoiceWording<'mod-scope-considerable'> = {
  title:
    'Taken with any earlier changes, does this change considerably extend what the contract covers?',
  hint: 'Whether by new kinds of supply or by a large increase in volume or length beyond what was tendered (reg 72(8)(d)).',
  error: 'Select whether the change considerably extends the contract’s scope',
  options: {
    yes: {
      label: 'Yes',
      reason: 'The change considerably extends what the contract covers.',
    },
    no: {
      label: 'No',
      reason: 'The change does not considerably extend what the contract covers.',
    },
    'not-sure': {
      label: 'I am not sure',
      reason: 'You were not sure, so we treated the change as considerably extending the contract.',
    },
  },
  notSure: {
    assumed: 'We treated the change as considerably extending what the contract covers.',
    why: 'Such a change is substantial, so this is the stricter answer.',
    check:
      'Compare the contract’s scope, volume and length after all the changes with what was tendered.',
  },
}
