import type { ChoiceWording, HintContext } from '../question-wording'

function hint({ regime }: HintContext): string {
  if (regime === 'psr-2023' || regime === 'psr-wales-2025')
    return 'Would the change make the contract materially different in character from the contract you entered into? For example, replacing the services with different ones.'
  return 'For example, replacing the services with different ones, or turning a services contract into a works contract.'
}

export const modChangesNature: ChoiceWording<'mod-changes-nature'> = {
  title: 'Would the change alter the overall nature of the contract?',
  hint: hint,
  error: 'Select whether the change alters the overall nature of the contract',
  options: {
    yes: {
      label: 'Yes',
      reason: 'The change would alter the contract’s overall nature.',
    },
    no: {
      label: 'No',
      reason: 'The change keeps the contract’s overall nature.',
    },
    'not-sure': {
      label: 'I am not sure',
      reason:
        'You were not sure, so we treated the change as altering the contract’s overall nature.',
    },
  },
  notSure: {
    assumed: 'We treated the change as altering the contract’s overall nature.',
    why: 'Most grounds for a change need the contract’s nature to stay the same, so this is the stricter answer.',
    check:
      'Compare what the contract buys now with what it would buy after the change, and record why its nature does or does not change.',
  },
}
