import type { ChoiceWording } from '../question-wording'

export const serviceCategory: ChoiceWording<'service-category'> = {
  title: 'Are these light touch services?',
  hint: 'Light touch services are mainly services to people, such as health, social, education and community services. They are listed by code in the regulations and have a higher threshold and more freedom in how you buy them.',
  error: 'Select whether these are light touch services',
  options: {
    'light-touch': {
      label: 'Yes, light touch services',
      hint: 'For example social care, support for homeless people or employment support.',
      reason:
        'These are light touch services, so the higher light touch threshold and more flexible rules apply.',
    },
    standard: {
      label: 'No, standard services',
      hint: 'For example cleaning, IT, consultancy or maintenance.',
      reason: 'These are standard services, so the standard threshold and procedures apply.',
    },
    'not-sure': {
      label: 'I am not sure',
      reason:
        'You were not sure whether these are light touch services, so we used the standard rules.',
    },
  },
  notSure: {
    assumed: 'We treated these as standard services, with the lower threshold.',
    why: 'The lower threshold means a full procurement sooner. That is the safer side if the services are not light touch.',
    check:
      'Find the service’s code (CPV code) and check it against the light touch list in the regulations.',
  },
}
