import type { ChoiceWording } from '../question-wording'

export const sibAuthorityPays: ChoiceWording<'sib-authority-pays'> = {
  title: 'Will your organisation pay for the services or outcomes?',
  hint: 'For example outcome payments when results are achieved. Contributing staff time, data or a small share of costs without buying anything is different.',
  error: 'Select whether your organisation will pay for the services or outcomes',
  options: {
    yes: {
      label: 'Yes',
      reason:
        'You will pay for outcomes, so you adopt the idea and award a public contract through your own process.',
    },
    no: {
      label: 'No',
      reason:
        'You will not pay for services or outcomes, so you can join as a partner without buying anything.',
    },
  },
}
