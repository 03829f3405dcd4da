import type { ChoiceWording } from '../question-wording'

export const modFavoursSupplier: ChoiceWording<'mod-favours-supplier'> = {
  title:
    'Will the change shift the deal in the supplier’s favour in a way the contract did not provide for?',
  hint: 'For example a higher price for the same work, lower service levels, or risk moved from the supplier to you.',
  error: 'Select whether the change favours the supplier',
  options: {
    yes: {
      label: 'Yes',
      reason: 'The change shifts the deal in the supplier’s favour.',
    },
    no: {
      label: 'No',
      reason: 'The change does not shift the deal in the supplier’s favour.',
    },
    'not-sure': {
      label: 'I am not sure',
      reason: 'You were not sure, so we treated the change as favouring the supplier.',
    },
  },
  notSure: {
    assumed: 'We treated the change as favouring the supplier.',
    why: 'A change that favours the supplier is substantial, so this is the stricter answer.',
    check:
      'Compare the price, service levels and risks before and after the change, and record the comparison.',
  },
}
