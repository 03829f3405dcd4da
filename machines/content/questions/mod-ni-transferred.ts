import type { ChoiceWording } from '../question-wording'

export const modNiTransferred: ChoiceWording<'mod-ni-transferred'> = {
  title:
    'Is your organisation a Northern Ireland department, council, Health and Social Care body or another body whose functions are mainly devolved to Northern Ireland?',
  hint: 'Such bodies are transferred Northern Ireland authorities. They do not publish contract change notices, unless the contract was awarded under a UK-wide (reserved) or Welsh procurement arrangement (Procurement Act 2023 s.75(6)(d), (e)).',
  error: 'Select whether your organisation is a transferred Northern Ireland authority',
  options: {
    yes: {
      label: 'Yes',
      reason:
        'Your organisation is a transferred Northern Ireland authority, so it does not publish a contract change notice for most changes.',
    },
    no: {
      label: 'No',
      reason:
        'Your organisation is not a transferred Northern Ireland authority, so the Act’s contract change notice applies.',
    },
    'not-sure': {
      label: 'I am not sure',
      reason: 'You were not sure, so we assumed a contract change notice is needed.',
    },
  },
  notSure: {
    assumed:
      'We assumed your organisation is not a transferred Northern Ireland authority, so a contract change notice is needed.',
    why: 'Publishing a notice that was not needed does no harm; leaving out one that was needed does.',
    check:
      'Ask your procurement team or legal adviser whether your organisation is a transferred Northern Ireland authority.',
  },
}
