import type { ChoiceWording, HintContext } from '../question-wording'

// PA 2023 s.32; PCR 2015 reg 20; PCS Regs reg 21 (legal-facts.md, "Reserved contracts for
// supported employment").
function hint({ regime }: HintContext): string {
  if (regime === 'pcr-2015') {
    return 'Under regulation 20 of the 2015 Regulations you may reserve the competition to sheltered workshops and to operators whose main aim is the social and professional integration of disabled or disadvantaged people, where at least 30% of their employees are disabled or disadvantaged. The call for competition must say the contract is reserved.'
  }
  if (regime === 'pcr-scotland-2015') {
    return 'Under regulation 21 of the Scottish regulations you may reserve the competition to supported businesses, whose main aim is the social and professional integration of disabled or disadvantaged people and at least 30% of whose employees are disabled or disadvantaged, or have it performed in a supported employment programme. The contract notice must say so.'
  }
  return 'Under section 32 of the Procurement Act 2023 you may reserve the competition to organisations that exist wholly or partly to give employment or employment support to disabled or disadvantaged people, where those people make up at least 30% of the workforce of the organisation, of the part doing the contract, or of both together. You must use a competitive flexible procedure.'
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
