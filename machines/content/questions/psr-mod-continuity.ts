import type { ChoiceWording } from '../question-wording'

export const psrModContinuity: ChoiceWording<'psr-mod-continuity'> = {
  title:
    'For the replacement contract, have you started the standstill period and sought independent expert advice during it?',
  hint: 'This ground also needs the current contract to end before that standstill ends.',
  error: 'Select whether these conditions hold',
  options: {
    yes: {
      label: 'Yes',
      reason:
        'The replacement contract is in its standstill period, with independent expert advice sought, and the current contract ends before it.',
    },
    no: {
      label: 'No',
      reason:
        'The conditions for a change to keep the service going during the standstill do not all hold.',
    },
    'not-sure': {
      label: 'I am not sure',
      reason: 'You were not sure all the conditions hold, so we did not rely on them.',
    },
  },
  notSure: {
    assumed:
      'We assumed the conditions for keeping the service going during the standstill do not all hold.',
    why: 'Every condition must hold for this ground.',
    check:
      'Check the dates of the replacement award’s standstill and record the independent expert advice.',
  },
}
