import type { ChoiceWording } from '../question-wording'

export const directBenefit: ChoiceWording<'direct-benefit'> = {
  title:
    'Will your organisation, or people on its behalf, receive the services in return for the payment?',
  hint: 'For example services for residents that you would otherwise have to provide yourself. Supporting a project that only benefits the wider community is different.',
  error: 'Select whether your organisation will receive the services in return',
  options: {
    yes: {
      label: 'Yes',
      reason:
        'You will pay for services you or your residents receive, so this is a contract for services under procurement law, not a grant.',
    },
    no: {
      label: 'No',
      reason: 'You will not receive services in return, so the payment can be a grant.',
    },
    'not-sure': {
      label: 'I am not sure',
      reason:
        'You were not sure whether you receive the services, so we treated it as a contract for services.',
    },
  },
  notSure: {
    assumed: 'We treated the payment as buying services, so it is a contract for services.',
    why: 'Calling a contract a grant can make the award unlawful. Treating it as a contract is the safer side.',
    check: 'Ask who benefits from the service and whether you would otherwise have to provide it.',
  },
}
