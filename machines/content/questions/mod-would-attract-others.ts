import type { ChoiceWording } from '../question-wording'

export const modWouldAttractOthers: ChoiceWording<'mod-would-attract-others'> = {
  title:
    'If the change had been part of the original tender, could it have attracted other bidders or led to a different winner?',
  hint: 'The 2015 Regulations treat such a change as substantial (reg 72(8)(b)).',
  error: 'Select whether the change could have changed who bid or who won',
  options: {
    yes: {
      label: 'Yes',
      reason: 'The change could have attracted other bidders or changed the winner.',
    },
    no: {
      label: 'No',
      reason: 'The change would not have attracted other bidders or changed the winner.',
    },
    'not-sure': {
      label: 'I am not sure',
      reason:
        'You were not sure, so we treated the change as one that could have changed the competition.',
    },
  },
  notSure: {
    assumed: 'We treated the change as one that could have changed who bid or who won.',
    why: 'Such a change is substantial, so this is the stricter answer.',
    check:
      'Consider who else supplies this market and whether the change would have interested them, and record your reasons.',
  },
}
