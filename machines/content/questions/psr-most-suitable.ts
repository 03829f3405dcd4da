import type { ChoiceWording } from '../question-wording'

export const psrMostSuitable: ChoiceWording<'psr-most-suitable'> = {
  title: 'Can you identify the most suitable provider without running a competition?',
  hint: 'You must take into account the likely providers and all relevant information, then award to the one you judge most suitable. Only the competitive process can set up a framework agreement.',
  error: 'Select whether you can identify the most suitable provider',
  options: {
    yes: {
      label: 'Yes',
      reason:
        'You can identify the most suitable provider from what you know, so you can award without a competition.',
    },
    no: {
      label: 'No',
      reason:
        'You cannot identify the most suitable provider without a competition, so you must run the competitive process.',
    },
    'not-sure': {
      label: 'I am not sure',
      reason:
        'You were not sure you can identify the most suitable provider, so we chose the competitive process.',
    },
  },
  notSure: {
    assumed: 'We chose the competitive process.',
    why: 'A competition is always available and is the hardest process to challenge.',
    check:
      'List the likely providers and the evidence you hold on each. If one clearly stands out, reconsider.',
  },
}
