import type { ChoiceWording } from '../question-wording'

export const modSupplierChange: ChoiceWording<'mod-supplier-change'> = {
  title: 'Will a different organisation take over as the supplier?',
  hint: 'For example after a takeover or merger, or because the supplier can no longer deliver.',
  error: 'Select whether a different organisation will take over as the supplier',
  options: {
    yes: {
      label: 'Yes',
      reason: 'A different organisation would take over as the supplier.',
    },
    no: {
      label: 'No',
      reason: 'The supplier stays the same.',
    },
  },
}
