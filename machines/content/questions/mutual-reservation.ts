import type { ChoiceWording } from '../question-wording'

const pa2023 =
  'A public service mutual delivers public services, is not-for-profit or shares profits only with its members, and is controlled by its employees (s.33). Only such organisations could bid.'
const pcr2015 =
  'Under regulation 77(3) of the 2015 Regulations, a qualifying organisation has a public service mission and reinvests its profits, or shares them on participatory principles. It is owned or run by its employees, or with its users and stakeholders involved. Only such organisations could bid.'

export const mutualReservation: ChoiceWording<'mutual-reservation'> = {
  title: 'Do you want to reserve the competition to public service mutuals?',
  hint: ({ regime }) => (regime === 'pcr-2015' ? pcr2015 : pa2023),
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
