import type { ChoiceWording, HintContext } from '../question-wording'

function hint({ regime }: HintContext): string {
  const own =
    'The urgency must come from events you could not foresee and did not cause. A deadline you created by starting your re-procurement late is not unavoidable urgency'
  return regime === 'pa-2023'
    ? `${own} (Procurement Act 2023 Sch 5 para 14).`
    : `${own}. Under the 2015 Regulations this does not allow the change itself, but it may allow a short new contract awarded directly.`
}

export const modUrgent: ChoiceWording<'mod-urgent'> = {
  title:
    'Is the change strictly necessary for reasons of extreme and unavoidable urgency, so that there is no time to run a competitive procedure?',
  hint: hint,
  error: 'Select whether the change is extremely urgent',
  options: {
    yes: {
      label: 'Yes',
      reason: 'The change is strictly necessary for reasons of extreme and unavoidable urgency.',
    },
    no: {
      label: 'No',
      reason: 'The change is not extremely urgent.',
    },
    'not-sure': {
      label: 'I am not sure',
      reason: 'You were not sure, so we did not rely on extreme urgency.',
    },
  },
  notSure: {
    assumed: 'We assumed the change is not extremely urgent.',
    why: 'The courts read urgency narrowly, and urgency from your own delay never counts.',
    check:
      'Record the events that caused the urgency, when they happened, and why you could not foresee them.',
  },
}
