import type { ChoiceWording, HintContext } from '../question-wording'

// PA 2023 Sch 8 para 1; PCR and PCS Regs reg 72(1)(a); SI 2023/1348 reg 13(1)(a); WSI 2025/99 reg 13(4)(a).
function hint({ regime }: HintContext): string {
  const clause = 'The clause must say what may change, by how much and when.'
  if (regime === 'pa-2023')
    return `${clause} Under the Procurement Act 2023 it must be in the contract and described in the tender notice (or transparency notice).`
  if (regime === 'psr-2023' || regime === 'psr-wales-2025')
    return `${clause} Under the Provider Selection Regime it is enough that the contract documents provide for it clearly.`
  return `${clause} Under the 2015 Regulations it must be clear, precise and unequivocal in the original procurement documents, including the proposed contract terms, stating the scope, nature and conditions of the change.`
}

export const modProvidedFor: ChoiceWording<'mod-provided-for'> = {
  title:
    'Does the contract already contain a clear option or review clause that covers exactly this change?',
  hint: hint,
  error: 'Select whether the contract provides for this change',
  options: {
    yes: {
      label: 'Yes, in the contract and in the advert or tender documents',
      reason: 'A clear option or review clause in the contract covers this change.',
    },
    'contract-only': {
      label: 'Only in the signed contract, or I cannot find it in the advert or tender documents',
      reason: 'The clause is in the signed contract only.',
    },
    no: {
      label: 'No',
      reason: 'No clause in the contract covers this change.',
    },
    'not-sure': {
      label: 'I am not sure',
      reason: 'You were not sure, so we did not rely on a clause in the contract.',
    },
  },
  notSure: {
    assumed: 'We assumed no clause in the contract covers this change.',
    why: 'A clause helps only if it covers exactly this change, clearly, so relying on one you cannot find is risky.',
    check:
      'Read the contract and the tender documents for an option or review clause, and keep a copy of it with your decision.',
  },
}
