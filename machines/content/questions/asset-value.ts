import type { ChoiceWording } from '../question-wording'

export const assetValue: ChoiceWording<'asset-value'> = {
  title: 'Will you transfer the asset at full market value?',
  hint: 'Market value is what a willing buyer would pay on the open market. A lower price or rent, or a free transfer, is "at undervalue".',
  error: 'Select whether you will transfer the asset at full market value',
  options: {
    'full-value': {
      label: 'Yes, at full market value',
      reason:
        'You will transfer at full market value, so there is no subsidy or undervalue to justify.',
    },
    undervalue: {
      label: 'No, below market value',
      reason:
        'You will transfer below market value, so the undervalue needs consent or justification and a subsidy check.',
    },
    'not-sure': {
      label: 'I am not sure',
      reason: 'You were not sure of the value, so we treated the transfer as below market value.',
    },
  },
  notSure: {
    assumed: 'We treated the transfer as below market value.',
    why: 'An undervalue transfer carries extra checks. Doing them costs little if the transfer turns out to be at full value.',
    check: 'Get an independent valuation of the asset before you agree terms.',
  },
}
