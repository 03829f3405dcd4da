import type { ChoiceWording } from '../question-wording'

export const approach: ChoiceWording<'approach'> = {
  title: 'What do you want to do?',
  hint: 'Choose what is closest, even if you have not settled the detail. The law looks at what the arrangement does, not what it is called.',
  error: 'Select what you want to do',
  options: {
    'buy-services': {
      label: 'Buy services for people or for my organisation',
      hint: 'You pay a provider to deliver something you specify.',
      reason: 'You want to buy services, so this is a contract for services under procurement law.',
    },
    'fund-organisation': {
      label: 'Fund an organisation to do something it has chosen to do',
      hint: 'For example a grant to a charity for its own project.',
      reason:
        'You want to fund an organisation, so the next questions test whether it is really a grant or a contract.',
    },
    'transfer-asset': {
      label: 'Transfer land or a building to a community organisation',
      hint: 'A sale, lease or other transfer, sometimes below market value.',
      reason:
        'You want to transfer an asset, so the rules on disposing of land and subsidies come first.',
    },
    'social-impact-bond': {
      label: 'Set up a Social Impact Bond',
      hint: 'Investors fund a provider up front and are repaid from payments for results.',
      reason:
        'You want to set up a Social Impact Bond, a partnership of commissioner, provider and investor.',
    },
    'change-existing-contract': {
      label: 'Change or extend a contract we already have',
      hint: 'For example extend its term, add to it, or change the supplier.',
      reason:
        'You want to change or extend a contract you already have, so the questions test whether the rules allow the change without a new procurement.',
    },
    'not-sure': {
      label: 'I am not sure yet',
      reason:
        'You were not sure of your approach, so we started from funding and tested whether it is really a contract.',
    },
  },
  notSure: {
    assumed: 'We started from funding an organisation and asked what you expect in return.',
    why: 'Those questions tell a grant from a contract by its substance, which settles the approach for you.',
    check:
      'Decide whether you will specify and pay for services, or support an organisation’s own activity.',
  },
}
