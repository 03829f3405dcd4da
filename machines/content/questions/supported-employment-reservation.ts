import type { ChoiceWording, HintContext } from '../question-wording'

// PA 2023 s.32; PCR 2015 reg 20; PCS Regs reg 21 (legal-facts.md, "Reserved contracts for
// supported employment").
function hint({ regime }: HintContext): string {
  if (regime === 'pcr-2015') {
    return 'Regulation 20 of the 2015 Regulations lets you reserve the competition to sheltered workshops and operators whose main aim is the social and professional integration of disabled or disadvantaged people. At least 30% of their employees must be disabled or disadvantaged. The call for competition must say the contract is reserved.'
  }
  if (regime === 'pcr-scotland-2015') {
    return 'Under regulation 21 of the Scottish regulations you may reserve the competition to supported businesses, or have it performed in a supported employment programme. Their main aim must be the social and professional integration of disabled or disadvantaged people, who must be at least 30% of their employees. The contract notice must say so.'
  }
  return 'Section 32 of the Procurement Act 2023 lets you reserve the competition to organisations existing wholly or partly to give disabled or disadvantaged people employment or employment support. Those people must make up at least 30% of the workforce of the organisation or of the part doing the contract. Where several organisations, or parts of them, will perform it, their combined workforce counts. You must use a competitive flexible procedure.'
}

export const supportedEmploymentReservation: ChoiceWording<'supported-employment-reservation'> = {
  title: 'Do you want to reserve the competition to supported employment providers?',
  hint,
  error: 'Select whether you want to reserve the competition to supported employment providers',
  options: {
    yes: {
      label: 'Yes',
      reason:
        'You want to reserve the competition to supported employment providers, so only they may bid.',
    },
    no: {
      label: 'No',
      reason: 'You do not want to reserve the competition to supported employment providers.',
    },
  },
}
