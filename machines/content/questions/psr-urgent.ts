import type { ChoiceWording } from '../question-wording'

// England and Wales reg 14: the three conditions and the notice within 30 days; the Welsh
// guidance says poor planning is not a reason (legal-facts.md).
export const psrUrgent: ChoiceWording<'psr-urgent'> = {
  title:
    'Must you award urgently, for a reason you could not foresee and did not cause, because the usual steps would likely put patients or the public at risk?',
  hint: 'For example a provider stops trading or loses its registration without warning, or an outbreak needs a new service at once. Leaving too little time, or poor planning, is not a reason. You must publish a notice of the award within 30 days.',
  error: 'Select whether you must award the contract urgently',
  options: {
    yes: {
      label: 'Yes',
      reason:
        'An urgent award is needed for a reason you could not foresee and did not cause, and delay would put patients or the public at risk.',
    },
    no: {
      label: 'No',
      reason: 'There is time to follow one of the regime’s usual processes.',
    },
    'not-sure': {
      label: 'I am not sure',
      reason:
        'You were not sure all the conditions for an urgent award hold, so we did not recommend one.',
    },
  },
  notSure: {
    assumed: 'We assumed there is time to follow one of the regime’s usual processes.',
    why: 'The urgent award is narrow: every condition must hold, and the decision is published.',
    check:
      'Write down why the award is urgent, why you could not foresee it, and the risk that delay would cause.',
  },
}
