import type { ChoiceWording } from '../question-wording'

export const modExtendsTerm: ChoiceWording<'mod-extends-term'> = {
  title: 'Will the change let the contract run beyond its current end date?',
  hint: 'An extension of the term is a change like any other.',
  error: 'Select whether the change extends the contract',
  options: {
    yes: {
      label: 'Yes',
      reason: 'The change extends the contract beyond its current end date.',
    },
    no: {
      label: 'No',
      reason: 'The change does not extend the contract’s term.',
    },
  },
}
