import type { ChoiceWording } from '../question-wording'

export const providerRelationship: ChoiceWording<'provider-relationship'> = {
  title: 'Who will provide the service?',
  hint: 'Arrangements between public bodies can be exempt from competition. A controlled company is one you control, alone or with other public bodies, that works mainly for you.',
  error: 'Select who will provide the service',
  options: {
    'controlled-company': {
      label: 'A company or body my organisation controls',
      hint: 'For example a council-owned company that does most of its work for its owners.',
      reason:
        'The provider is controlled by you, so an in-house (vertical) arrangement can be exempt from competition.',
    },
    'public-body-cooperation': {
      label: 'Another public body, working with us to deliver shared public functions',
      hint: 'For example two councils sharing a service between them.',
      reason:
        'You are co-operating with another public body, so a public-public (horizontal) arrangement can be exempt.',
    },
    other: {
      label: 'Someone else, such as a charity, social enterprise or company',
      reason:
        'The provider is independent of you, so the procurement rules apply to choosing them.',
    },
  },
}
