import type { ChoiceWording } from '../question-wording'

export const frameworkRegime: ChoiceWording<'framework-regime'> = {
  title: 'Under which rules was the framework or dynamic market set up?',
  hint: 'The framework’s own documents say which rules it follows. Frameworks and dynamic purchasing systems set up before 24 February 2025 keep the old rules for their call-offs. A devolved Scottish body may call off a UK framework.',
  error: 'Select the rules the framework was set up under',
  options: {
    'pa-2023': {
      label: 'Procurement Act 2023',
      reason:
        'The framework was set up under the Procurement Act 2023, so its call-offs follow that Act.',
    },
    'pcr-2015': {
      label: 'Public Contracts Regulations 2015',
      reason:
        'The framework was set up under the 2015 Regulations, so its call-offs stay under those rules.',
    },
    'pcr-scotland-2015': {
      label: 'Public Contracts (Scotland) Regulations 2015',
      reason:
        'The framework was set up under the Scottish Regulations, so its call-offs follow those rules.',
    },
    'not-sure': {
      label: 'I am not sure',
      reason:
        'You were not sure of the framework’s rules, so we used the rules your organisation is under.',
    },
  },
  notSure: {
    assumed: 'We applied the rules your own organisation is under to the call-off.',
    why: 'It is the most likely answer, but a call-off must follow the framework’s rules, so it must be checked.',
    check: 'Read the framework agreement or ask its owner which regulations it was set up under.',
  },
}
