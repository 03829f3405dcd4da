import type { ChoiceWording } from '../question-wording'

const nhsExamples = {
  england: 'For example an integrated care board or NHS trust.',
  wales: 'For example a local health board or NHS trust.',
  scotland: 'For example a health board.',
  'northern-ireland': 'For example a health and social care trust.',
  any: 'For example an integrated care board, NHS trust or health board. In Northern Ireland, a health and social care trust chooses this.',
} as const

export const authorityType: ChoiceWording<'authority-type'> = {
  title: 'What kind of organisation are you?',
  // Combined authorities exist only in England, and the health care rules (the Provider
  // Selection Regimes) only in England and Wales, so each sentence is shown only there.
  hint: ({ nation }) => {
    if (nation === 'scotland' || nation === 'northern-ireland')
      return 'This sets which value thresholds apply.'
    if (nation === 'wales')
      return 'This sets which value thresholds apply and whether the health care rules can apply.'
    return 'This sets which value thresholds apply and whether the health care rules can apply. Combined authorities count as local authorities.'
  },
  error: 'Select what kind of organisation you are',
  options: {
    'central-government': {
      label: 'Central government',
      hint: 'A government department or one of its agencies.',
      reason:
        'You are a central government body, so the central government threshold applies to standard services.',
    },
    'local-authority': {
      label: 'Local authority',
      hint: ({ nation }) =>
        nation === undefined || nation === 'england'
          ? 'A council or combined authority.'
          : 'A council.',
      reason:
        'You are a local authority, so the sub-central threshold applies to standard services.',
    },
    nhs: {
      label: 'NHS body',
      hint: ({ nation }) => nhsExamples[nation ?? 'any'],
      reason: 'You are an NHS body, so the health care rules may apply to what you arrange.',
    },
    'other-public-body': {
      label: 'Another public body',
      hint: 'For example a non-departmental public body, police or fire authority, or university.',
      reason:
        'You are another kind of public body, so your threshold depends on whether you count as central government.',
    },
  },
}

/**
 * The reason for "nhs" in Northern Ireland and Scotland, where no Provider Selection Regime
 * applies (SI 2023/1348 applies in relation to England only; WSI 2025/99 to Wales).
 */
export const nhsOutsideEnglandAndWales =
  'You are a health body. The Provider Selection Regimes apply only in England and Wales, so the general procurement rules apply to what you arrange.'
