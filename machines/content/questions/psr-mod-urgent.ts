import type { ChoiceWording } from '../question-wording'

export const psrModUrgent: ChoiceWording<'psr-mod-urgent'> = {
  title: 'Must the change be made urgently, for a reason you did not foresee and did not cause?',
  hint: 'Waiting to follow the normal rules would have to be likely to put patients or the public at risk. Poor planning is not a reason.',
  error: 'Select whether the change must be made urgently',
  options: {
    yes: {
      label: 'Yes',
      reason:
        'The change is urgent, for a reason you did not foresee or cause, and delay would put patients or the public at risk.',
    },
    no: {
      label: 'No',
      reason: 'The change is not urgent in that sense.',
    },
    'not-sure': {
      label: 'I am not sure',
      reason: 'You were not sure all the conditions hold, so we did not rely on urgency.',
    },
  },
  notSure: {
    assumed: 'We assumed the change is not urgent in the regime’s sense.',
    why: 'The urgent ground is narrow, and the notice of it is published.',
    check:
      'Write down why the change is urgent, why you could not foresee it, and the risk that delay would cause.',
  },
}
