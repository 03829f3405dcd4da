import type { ChoiceWording, HintContext } from '../question-wording'

// England: SI 2023/1348 regs 16-18 and reg 29(3); Wales: WSI 2025/99 regs 16-21. Whether a
// Welsh framework concluded before 24 February 2025 may be used is unconfirmed, so it is a
// "check" (legal-facts.md, "Provider Selection Regimes: frameworks and urgent awards").
const award =
  'You award under the framework’s own rules: without a competition where it allows, or by a mini-competition among its providers. Setting up a new framework needs the competitive process: answer No.'

function hint({ regime }: HintContext): string {
  if (regime === 'psr-wales-2025') {
    return `The framework must have been concluded under the Welsh Provider Selection Regime and name your organisation. Check whether a framework concluded before 24 February 2025 may be used. ${award}`
  }
  return `The framework must name your organisation and have been concluded under the Provider Selection Regime, or before 1 January 2024 under the 2015 Regulations: the regime governs call-offs under both. ${award}`
}

export const psrFramework: ChoiceWording<'psr-framework'> = {
  title:
    'Will you award this contract under an existing framework for these health care services that names your organisation?',
  hint,
  error: 'Select whether you will award under an existing framework for these services',
  options: {
    yes: {
      label: 'Yes',
      reason:
        'You will award under an existing framework for these health care services, so you follow its rules.',
    },
    no: {
      label: 'No',
      reason: 'There is no framework you will use, so you choose one of the regime’s processes.',
    },
    'not-sure': {
      label: 'I am not sure',
      reason:
        'You were not sure about frameworks, so we assumed you will choose one of the regime’s processes.',
    },
  },
  notSure: {
    assumed: 'We assumed you will not award under a framework.',
    why: 'The regime’s own processes are always open to you; a framework only helps if one covers the service and names you.',
    check:
      'Ask your procurement team which health care frameworks name your organisation for these services.',
  },
}
