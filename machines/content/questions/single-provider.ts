import type { ChoiceWording } from '../question-wording'

const base =
  'This means no reasonable alternative exists, for example because one provider owns the rights. Preferring a provider, or their experience, does not count.'

export const singleProvider: ChoiceWording<'single-provider'> = {
  title: 'Can only one provider deliver it, for technical reasons or exclusive rights?',
  hint: ({ userChoice }) =>
    userChoice
      ? `${base} A person’s assessed needs that only one provider can meet may be a technical reason. A preference alone is not.`
      : base,
  error: 'Select whether only one provider can deliver it',
  options: {
    yes: {
      label: 'Yes',
      reason:
        'Only one provider can deliver it, so a direct award with a transparency notice can be justified.',
    },
    no: {
      label: 'No',
      reason: 'More than one provider could deliver it, so you must give the market a fair chance.',
    },
    'not-sure': {
      label: 'I am not sure',
      reason:
        'You were not sure only one provider can deliver it, so we did not recommend a direct award.',
    },
  },
  notSure: {
    assumed: 'We assumed more than one provider could deliver it.',
    why: 'Direct awards are the most challenged route. Without evidence, competition is the safer side.',
    check:
      'Test the market, for example with preliminary market engagement, before you rely on uniqueness.',
  },
}
