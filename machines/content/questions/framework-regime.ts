import type { ChoiceWording } from '../question-wording'

export const frameworkRegime: ChoiceWording<'framework-regime'> = {
  title: 'Under which rules was the framework or dynamic market set up?',
  hint: 'The framework’s own documents say which rules it follows. Frameworks and dynamic purchasing systems set up, or whose procurement began, before 24 February 2025 keep the 2015 Regulations for their call-offs. A framework under the Procurement Act 2023 cannot date from before then. A devolved Scottish body may call off a UK framework.',
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

/**
 * The reason for "pa-2023" where the path also says the procurement began before the Act:
 * the two cannot both be true (review A, M5), so the result says so instead of both.
 */
export const frameworkRegimeConflict =
  'The framework was set up under the Procurement Act 2023, so this result applies that Act to the call-off. No such framework existed before 24 February 2025, so check which answer is wrong.'

/**
 * The reason for "pcr-2015" given by a devolved Scottish body: the 2015 Regulations do not
 * extend to Scotland (reg 1(7)), so the call-off's rules are a check (review B, #2).
 */
export const frameworkRegimeScottishBody =
  'The framework was set up under the UK 2015 Regulations, which do not extend to Scotland, so which rules govern your call-off must be checked.'
