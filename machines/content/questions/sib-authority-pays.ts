import type { ChoiceWording } from '../question-wording'

export const sibAuthorityPays: ChoiceWording<'sib-authority-pays'> = {
  title: 'Will your organisation pay for the services or outcomes?',
  // A contribution given in return for services can be consideration (review B, #5).
  hint: 'For example outcome payments when results are achieved. Money, rent-free premises or seconded staff given in return for the provider delivering services can also be payment. Answer No only if nothing of value goes to the provider in exchange for services. If you are unsure, use the grant-or-contract test: if you can enforce what is delivered, and you or the people you serve receive it, answer Yes.',
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
    'not-sure': {
      label: 'I am not sure',
      hint: 'For example a central outcomes fund may pay instead of you.',
      reason:
        'You were not sure whether your organisation will pay, so we assumed it will and that it is buying the services.',
    },
  },
  notSure: {
    assumed: 'We assumed your organisation will pay for the services or outcomes.',
    why: 'If your organisation pays anything for the services or outcomes, the procurement rules apply, so that is the cautious reading.',
    check:
      'Agree with the other partners who will make the outcome payments and what, if anything, your organisation contributes.',
  },
}
