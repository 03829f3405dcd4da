import type { ChoiceWording } from '../question-wording'

const pa2023 =
  'A public service mutual delivers public services, is not-for-profit or shares profits only with its members, and is controlled by its employees (s.33). Only such organisations could bid.'
const pcr2015 =
  'Under regulation 77(3) of the 2015 Regulations, a qualifying organisation has a public service mission and reinvests its profits, or shares them on participatory principles. It is owned or run by its employees, or with its users and stakeholders involved. Only such organisations could bid.'

// The regime's conditions are in the result's alternatives (reserved-contract-mutual first);
// this names them so the check can be done before deciding.
const conditionsToCheck =
  'Check the conditions for reserving. The services must be light touch services of a kind that may be reserved, and bidders must qualify as public service mutuals. The term, with extensions, must be at most five years under the Procurement Act 2023, or three years under the 2015 Regulations.'

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
    'not-sure': {
      label: 'I am not sure',
      reason:
        'You were not sure about reserving the competition, so we assumed it is open to all suitable providers.',
    },
  },
  notSure: {
    assumed: 'We assumed the competition is open to all suitable providers.',
    why: 'A reservation is lawful only when every condition holds, and an unlawful one can be challenged.',
    check: conditionsToCheck,
  },
}
