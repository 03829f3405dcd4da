import type { ChoiceWording, HintContext } from '../question-wording'

// PA 2023 Sch 8 para 8; PCR and PCS Regs reg 72(1)(b).
function hint({ regime }: HintContext): string {
  return regime === 'pa-2023'
    ? 'Using a different supplier would have to give you something different or incompatible, causing disproportionate technical difficulties (or other significant inconvenience) and substantial duplication of costs.'
    : 'The extra works, services or supplies must not have been in the original procurement. Changing supplier must not be possible for economic or technical reasons, such as interchangeability or interoperability, and would cause significant inconvenience or substantial duplication of costs.'
}

export const modAdditionalSupplies: ChoiceWording<'mod-additional-supplies'> = {
  title:
    'Do you need extra goods, services or works from this supplier, where another supplier would cause incompatibility and serious difficulty?',
  hint: hint,
  error: 'Select whether you need extra supplies from this supplier',
  options: {
    yes: {
      label: 'Yes',
      reason:
        'You need extra supplies from this supplier, and changing supplier would cause incompatibility and serious difficulty.',
    },
    no: {
      label: 'No',
      reason: 'You do not need extra supplies from this supplier in that sense.',
    },
    'not-sure': {
      label: 'I am not sure',
      reason: 'You were not sure, so we did not rely on the ground for extra supplies.',
    },
  },
  notSure: {
    assumed: 'We assumed the ground for extra supplies from this supplier does not apply.',
    why: 'Every condition of the ground must hold, and you must be able to show it.',
    check:
      'Record why another supplier could not provide what you need, and what it would cost to switch.',
  },
}
