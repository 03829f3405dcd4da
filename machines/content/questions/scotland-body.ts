import type { ChoiceWording } from '../question-wording'

export const scotlandBody: ChoiceWording<'scotland-body'> = {
  title: 'Is your organisation a devolved Scottish authority?',
  hint: 'It is devolved if it works only in or as regards Scotland and not all its functions are reserved to the UK Parliament. Bodies with mixed functions stay devolved. UK government departments and UK-wide bodies are reserved.',
  error: 'Select whether your organisation is a devolved Scottish authority',
  options: {
    devolved: {
      label: 'Yes, it is a devolved Scottish authority',
      hint: 'For example the Scottish Government or a Scottish public body.',
      reason:
        'You are a devolved Scottish authority, so the Scottish procurement regulations apply, not the Procurement Act 2023.',
    },
    reserved: {
      label: 'No, it is a reserved or UK-wide body',
      hint: 'For example a UK government department working in Scotland.',
      reason:
        'You are a reserved body, so the UK-wide rules apply even though you work in Scotland.',
    },
    'not-sure': {
      label: 'I am not sure',
      reason:
        'You were not sure whether you are devolved, so the result uses the Scottish regulations.',
    },
  },
  notSure: {
    assumed:
      'We treated your organisation as a devolved Scottish authority, under the Scottish regulations.',
    why: 'Most public bodies constituted in Scotland are devolved, and bodies with mixed functions stay devolved.',
    check:
      'Check your founding legislation or ask your legal team whether all your functions are reserved.',
  },
}
