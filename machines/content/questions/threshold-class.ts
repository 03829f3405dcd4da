import type { ChoiceWording, HintContext } from '../question-wording'

const list = 'A set list of bodies counts as central government, with a lower threshold.'

/**
 * Where the list is depends on the rules the body is under. A devolved Scottish body's
 * class comes from the Scottish regulations, not the Act or the English NHS lists; which
 * part of them holds the list is not confirmed, so the hint sends the reader to check
 * (review B, #28).
 */
function hint({ regime }: HintContext): string {
  if (regime === 'pcr-scotland-2015') {
    return `${list} As a devolved Scottish body, your class comes from the Public Contracts (Scotland) Regulations 2015, not the Procurement Act or the lists used in England. Check which bodies those regulations treat as central government, or ask your procurement team.`
  }
  if (regime === 'pcr-2015') {
    return `${list} Under the 2015 Regulations it is in Schedule 1. Integrated care boards and other bodies vary, so check the list.`
  }
  return `${list} Under the Procurement Act it is in the Procurement Regulations 2024. NHS trusts and foundation trusts are often on it; integrated care boards and other bodies vary.`
}

export const thresholdClass: ChoiceWording<'threshold-class'> = {
  title: 'Is your organisation a central government authority for the procurement thresholds?',
  hint,
  error: 'Select whether your organisation is a central government authority',
  options: {
    central: {
      label: 'Yes, central government',
      reason:
        'Your organisation is a central government authority, so the lower central threshold applies.',
    },
    'sub-central': {
      label: 'No, sub-central',
      reason:
        'Your organisation is not central government, so the higher sub-central threshold applies.',
    },
    'not-sure': {
      label: 'I am not sure',
      reason: 'You were not sure of your class, so we used the lower central government threshold.',
    },
  },
  notSure: {
    assumed: 'We used the central government threshold, the lower of the two.',
    why: 'Using the lower figure means a full procurement sooner, which is the safer side.',
    check:
      'Ask your procurement team whether your organisation is on the list of central government authorities.',
  },
}
