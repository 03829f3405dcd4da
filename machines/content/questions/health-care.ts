import type { ChoiceWording, HintContext } from '../question-wording'

/**
 * The scope sentences for the nation and body answered: an English body never reads the
 * Welsh rules, and a body is told only the limits that concern its own kind.
 */
function healthCareHint({ nation, body }: HintContext): string {
  const scope =
    'Health care means treating, diagnosing or preventing physical or mental illness, for services listed by code in Schedule 1 to the regulations.'
  const council =
    'Council public health services, such as drug and alcohol or sexual health services, can count; social care does not.'
  const other =
    'For other services, such as employment support, check whether they are health care and appear in Schedule 1.'
  const english = {
    'local-authority': 'In England the rules do not cover district councils in two-tier areas.',
    nhs: 'In England the rules do not cover special health authorities.',
    any: 'In England the rules do not cover district councils in two-tier areas or special health authorities.',
  }
  const welsh =
    'In Wales they cover county and county borough councils, local health boards, NHS trusts and special health authorities.'
  const mixed =
    'In England, a contract mixing health care with other services is covered only if health care is its main subject matter and the rest could not reasonably be bought separately.'
  const councilLine = body === 'nhs' ? [] : [council]
  if (nation === 'wales') return [scope, ...councilLine, other].join(' ')
  const englishLine = english[body === 'local-authority' || body === 'nhs' ? body : 'any']
  if (nation === 'england') return [scope, ...councilLine, other, englishLine, mixed].join(' ')
  return [scope, council, other, english.any, welsh, mixed].join(' ')
}

export const healthCare: ChoiceWording<'health-care'> = {
  title: 'Are you arranging health care services for the health service?',
  // Scope: SI 2023/1348 reg 3 and Schedule 1 (service codes); mixed procurement by main
  // subject matter (Bevan Brittan, 2025); council examples from NHS England's statutory
  // guidance as summarised by Freeths (2024). Employment support is left to the codes: no
  // source says how it is classed.
  hint: healthCareHint,
  error: 'Select whether you are arranging health care services',
  options: {
    yes: {
      label: 'Yes',
      reason:
        'You are arranging health care services, so a Provider Selection Regime applies instead of the general procurement rules.',
    },
    no: {
      label: 'No',
      reason:
        'This is not health care for the health service, so the general procurement rules apply.',
    },
    'not-sure': {
      label: 'I am not sure',
      reason:
        'You were not sure whether this is health care, so we followed the general procurement rules.',
    },
  },
  notSure: {
    assumed: 'We followed the general procurement rules, not a Provider Selection Regime.',
    why: 'The general rules usually require at least as much competition and openness as the Provider Selection Regime. But if this is health care, that regime applies by law instead, with its own processes and notices. Settle this before you start.',
    check:
      'Check the Provider Selection Regime’s scope and its rule on mixed procurements with your health commissioning lead before you rely on this result.',
  },
}
