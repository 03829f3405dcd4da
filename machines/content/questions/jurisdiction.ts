import type { ChoiceWording } from '../question-wording'

export const jurisdiction: ChoiceWording<'jurisdiction'> = {
  title: 'Where is your organisation constituted?',
  hint: 'Choose where your organisation is set up in law, not where the service will be delivered. Each nation has its own procurement rules.',
  error: 'Select where your organisation is constituted',
  options: {
    england: {
      label: 'England',
      reason: 'Your organisation is in England, so the rules for England apply.',
    },
    wales: {
      label: 'Wales',
      reason:
        'Your organisation is in Wales, so the Welsh rules and duties apply alongside the UK-wide ones.',
    },
    'northern-ireland': {
      label: 'Northern Ireland',
      reason:
        'Your organisation is in Northern Ireland, so the rules and policies for Northern Ireland apply.',
    },
    scotland: {
      label: 'Scotland',
      reason: 'Your organisation is in Scotland, which has its own procurement regulations.',
    },
  },
}
