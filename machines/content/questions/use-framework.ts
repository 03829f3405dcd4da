import type { ChoiceWording } from '../question-wording'

export const useFramework: ChoiceWording<'use-framework'> = {
  title: 'Will you buy through an existing framework or dynamic market?',
  // PA 2023 s.45(8)(a): no concession under a framework (legal-facts.md, "Frameworks").
  hint: 'It must cover this service and allow your organisation to use it. This includes a call-off whose own value is small, such as one placement under your approved-provider list where that list was set up as a framework or dynamic purchasing system. If the person chose a provider that is not on it, answer No. Under the Procurement Act, dynamic markets replaced dynamic purchasing systems, but they are a different tool with their own rules. Under the Act a concession, where users mainly pay the provider, cannot be awarded under a framework (s.45(8)(a)).',
  error: 'Select whether you will buy through an existing framework or dynamic market',
  options: {
    yes: {
      label: 'Yes',
      reason:
        'You will buy through an existing framework or dynamic market, so you follow its own award rules.',
    },
    no: {
      label: 'No',
      reason: 'You will not use a framework, so you run your own procurement.',
    },
    'not-sure': {
      label: 'I am not sure',
      reason:
        'You were not sure about frameworks, so we assumed you will run your own procurement.',
    },
  },
  notSure: {
    assumed: 'We assumed you will run your own procurement rather than use a framework.',
    why: 'Your own procurement is always open to you; a framework only helps if one fits.',
    check:
      'Ask your procurement team which frameworks and dynamic markets your organisation may use for this service.',
  },
}
