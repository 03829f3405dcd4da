import { formatPounds } from '../money'
import type { ChoiceWording } from '../question-wording'
import { assistancePeriod, subsidyFigures } from '../subsidy-figures'

export const mfaHeadroom: ChoiceWording<'mfa-headroom'> = {
  title:
    'Including this award, will the recipient stay under the Minimal Financial Assistance limit?',
  // The limit is fixed in the Act (s.36(1)), not a dated threshold.
  hint: `The limit is ${formatPounds(subsidyFigures.mfaLimit)} of Minimal Financial Assistance and SPEI assistance together, over ${assistancePeriod}. Section 36 of the Subsidy Control Act 2022 sets it. The recipient can tell you what it has had.`,
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
