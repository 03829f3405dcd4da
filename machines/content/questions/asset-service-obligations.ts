import type { ChoiceWording } from '../question-wording'

export const assetServiceObligations: ChoiceWording<'asset-service-obligations'> = {
  title: 'Will the organisation have to deliver services in return for the asset?',
  hint: 'For example a lease that requires it to run a youth service you specify. If so, the asset is part of the price of those services.',
  error: 'Select whether the organisation will have to deliver services in return',
  options: {
    yes: {
      label: 'Yes',
      reason:
        'The organisation must deliver services in return, so the asset is part of a public contract and its value counts.',
    },
    no: {
      label: 'No',
      reason:
        'The organisation will not have to deliver services for you, so this is a transfer, not a contract.',
    },
    'not-sure': {
      label: 'I am not sure',
      reason:
        'You were not sure whether services are required, so we treated the transfer as part of a contract.',
    },
  },
  notSure: {
    assumed:
      'We treated the transfer as part of a contract for services, with the asset’s value counted in the contract value.',
    why: 'Treating it as a contract keeps you inside procurement law, which is the safer side if a court later finds services were bought.',
    check: 'Read the draft lease or transfer terms: look for service obligations you can enforce.',
  },
}
