import type { ChoiceWording } from '../question-wording'

// SI 2023/1348 reg 29(2); WSI 2025/99 reg 33(2) (decision model 8.1).
export const modHealthCare: ChoiceWording<'mod-health-care'> = {
  title: 'Is the contract for health care services arranged for the health service?',
  hint: 'Health care means treating, diagnosing or preventing physical or mental illness. Council public health services can count, but social care does not. In England the Provider Selection Regime does not cover district councils in two-tier areas. In England it governs changes to such a contract however and whenever it was awarded, even before 2024. In Wales the Welsh regime governs changes made from 24 February 2025, whenever the contract was awarded.',
  error: 'Select whether the contract is for health care services',
  options: {
    yes: {
      label: 'Yes',
      reason:
        'The contract is for health care services, so a Provider Selection Regime governs changes to it.',
    },
    no: {
      label: 'No',
      reason:
        'The contract is not for health care services, so the general procurement rules govern changes to it.',
    },
    'not-sure': {
      label: 'I am not sure',
      reason:
        'You were not sure whether the contract is for health care, so we followed the general procurement rules.',
    },
  },
  notSure: {
    assumed: 'We followed the general procurement rules, not a Provider Selection Regime.',
    why: 'If the contract is for health care services, a Provider Selection Regime governs the change instead, with its own grounds and notices.',
    check:
      'Check whether the contract’s services are health care services under the Provider Selection Regime before you make the change.',
  },
}
