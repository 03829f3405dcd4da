import type { ChoiceWording, HintContext } from '../question-wording'

function hint({ regime }: HintContext): string {
  const late = 'A late start to your own re-procurement does not count.'
  return regime === 'pa-2023'
    ? late
    : `The 2015 Regulations mean circumstances that a diligent contracting authority could not have foreseen. ${late}`
}

export const modUnforeseeable: ChoiceWording<'mod-unforeseeable'> = {
  title:
    'Was the need for this change caused by circumstances you could not reasonably have foreseen before the contract was awarded?',
  hint: hint,
  error: 'Select whether the need for the change was unforeseeable',
  options: {
    yes: {
      label: 'Yes',
      reason:
        'The need for the change comes from circumstances you could not reasonably have foreseen.',
    },
    no: {
      label: 'No',
      reason: 'The need for the change could have been foreseen.',
    },
    'not-sure': {
      label: 'I am not sure',
      reason: 'You were not sure, so we did not rely on unforeseeable circumstances.',
    },
  },
  notSure: {
    assumed: 'We assumed the need for the change could have been foreseen.',
    why: 'This ground is read narrowly, and relying on it wrongly can be challenged.',
    check: 'Record what happened, when, and why it could not have been foreseen at award.',
  },
}
