import type { ChoiceWording } from '../question-wording'

export const mfaHeadroom: ChoiceWording<'mfa-headroom'> = {
  title:
    'Including this award, will the recipient stay under the Minimal Financial Assistance limit?',
  hint: 'Count its Minimal Financial Assistance and similar subsidies in this financial year and the two before. The recipient can tell you what it has had.',
  error: 'Select whether the recipient will stay under the limit',
  options: {
    yes: {
      label: 'Yes',
      reason:
        'The recipient stays under the Minimal Financial Assistance limit, so a simpler exemption is available.',
    },
    no: {
      label: 'No',
      reason:
        'The recipient would go over the Minimal Financial Assistance limit, so the subsidy needs a full assessment.',
    },
    'not-sure': {
      label: 'I am not sure',
      reason:
        'You were not sure of the recipient’s headroom, so the subsidy needs a full assessment.',
    },
  },
  notSure: {
    assumed:
      'We assumed the recipient has no headroom under the Minimal Financial Assistance limit.',
    why: 'Relying on the exemption without evidence can make the subsidy unlawful. A full assessment is the safer side.',
    check:
      'Ask the recipient for a written statement of its subsidies in this and the previous two financial years.',
  },
}
