import type { ChoiceWording } from '../question-wording'

const base =
  'Choose yes only if the solution does not exist yet and you will pay providers to research and develop it, then buy the result.'

export const innovation: ChoiceWording<'innovation'> = {
  title:
    'Do you need a solution that is not yet on the market, developed with providers and then bought?',
  hint: ({ sib }) =>
    sib
      ? `${base} A Social Impact Bond that develops and tests a new service model with a provider and investors may fit. One that pays by results for an established service does not need this.`
      : base,
  error: 'Select whether you need a solution that is not yet on the market',
  options: {
    yes: {
      label: 'Yes',
      reason:
        'You need a new solution developed with providers, so an innovation partnership fits.',
    },
    no: {
      label: 'No',
      reason:
        'A solution already exists or can be specified, so you do not need an innovation partnership.',
    },
    'not-sure': {
      label: 'I am not sure',
      reason:
        'You were not sure a new solution is needed, so we did not recommend an innovation partnership.',
    },
  },
  notSure: {
    assumed: 'We assumed a solution already exists or can be specified.',
    why: 'An innovation partnership needs a need that existing solutions cannot meet, shown by engaging the market first.',
    check:
      'Test the market, for example with preliminary market engagement, to find out whether existing solutions meet the need.',
  },
}
