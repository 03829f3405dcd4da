import type { ChoiceWording } from '../question-wording'

export const modBridging: ChoiceWording<'mod-bridging'> = {
  title: 'Is the extension to keep the service running while you finish buying its replacement?',
  hint: 'A delay in your own re-procurement is neither an unforeseeable circumstance nor unavoidable urgency.',
  error: 'Select whether the extension bridges to a replacement contract',
  options: {
    yes: {
      label: 'Yes',
      reason: 'The extension keeps the service running while you buy its replacement.',
    },
    no: {
      label: 'No',
      reason: 'The extension is not a bridge to a replacement contract.',
    },
  },
}
