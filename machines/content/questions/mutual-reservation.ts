import type { ChoiceWording } from '../question-wording'

export const mutualReservation: ChoiceWording<'mutual-reservation'> = {
  title: 'Do you want to reserve the competition to public service mutuals?',
  hint: 'A public service mutual is an organisation that has left the public sector, or been set up, to deliver public services, and is run by its staff. Only such organisations could bid.',
  error: 'Select whether you want to reserve the competition to public service mutuals',
  options: {
    yes: {
      label: 'Yes',
      reason:
        'You want to reserve the competition to public service mutuals, so the conditions for reserving apply.',
    },
    no: {
      label: 'No',
      reason:
        'You do not want to reserve the competition, so it is open to all suitable providers.',
    },
  },
}
