import type { ChoiceWording } from '../question-wording'

export const economicActivity: ChoiceWording<'economic-activity'> = {
  title: 'Does the recipient offer goods or services on a market?',
  // Subsidy Control Act 2022 s.7(2): the activity funded, not only the recipient (review B, #30).
  hint: 'For example it trades, sells services, or bids for contracts, even as a charity. The Subsidy Control Act 2022 looks at the activity the grant pays for. An activity carried out for a purpose that is not economic is not an economic activity (section 7(2)). So a grant to a trading charity for a non-economic project may not be a subsidy: check before answering No.',
  error: 'Select whether the recipient offers goods or services on a market',
  options: {
    yes: {
      label: 'Yes',
      reason:
        'The recipient is active on a market, so the grant may be a subsidy and subsidy control applies.',
    },
    no: {
      label: 'No',
      reason: 'The recipient does not trade on a market, so the grant is unlikely to be a subsidy.',
    },
    'not-sure': {
      label: 'I am not sure',
      reason:
        'You were not sure whether the recipient trades, so we treated it as active on a market.',
    },
  },
  notSure: {
    assumed: 'We treated the recipient as an enterprise that offers goods or services on a market.',
    why: 'Most charities and social enterprises trade in some way. Applying subsidy control is the safer side.',
    check: 'Look at the recipient’s accounts and activities for sales, fees or contract income.',
  },
}
