import { describe } from 'vitest'
import { ask, route, routes } from './expect-routing'

// Decision model section 2: the asset transfer, funding and Social Impact Bond branches.
// A path entering the contract branch as `other-public-body` is first asked
// `contracting-authority` (ruleset 2027-01); a grant, an asset transfer at value or a joint
// venture never asks it.

const englishCouncil = { jurisdiction: 'england', 'authority-type': 'local-authority' } as const
const scottishCouncil = { jurisdiction: 'scotland', 'authority-type': 'local-authority' } as const
const englishOtherBody = { jurisdiction: 'england', 'authority-type': 'other-public-body' } as const
const devolvedScottishOtherBody = {
  jurisdiction: 'scotland',
  'authority-type': 'other-public-body',
  'scotland-body': 'devolved',
} as const

describe('asset-service-obligations', () => {
  describe('in England: service obligations make it a contract', () => {
    routes(
      'asset-service-obligations',
      { answers: { ...englishCouncil, approach: 'transfer-asset' } },
      {
        yes: ask('existing-procurement'),
        no: ask('asset-value'),
        'not-sure': ask('existing-procurement'),
      },
    )
  })
  describe('for a Scottish council (no timing question)', () => {
    routes(
      'asset-service-obligations',
      { answers: { ...scottishCouncil, approach: 'transfer-asset' } },
      {
        yes: ask('provider-relationship'),
        no: ask('asset-value'),
        'not-sure': ask('provider-relationship'),
      },
    )
  })
})

describe('asset-service-obligations for another public body', () => {
  describe('in England: the contract branch asks whether the rules bind it', () => {
    routes(
      'asset-service-obligations',
      { answers: { ...englishOtherBody, approach: 'transfer-asset' } },
      {
        yes: ask('contracting-authority'),
        no: ask('asset-value'),
        'not-sure': ask('contracting-authority'),
      },
    )
  })
  describe('a transfer at value never asks it, and keeps the regime in force today', () => {
    routes(
      'asset-service-obligations',
      {
        answers: {
          ...devolvedScottishOtherBody,
          approach: 'transfer-asset',
          'asset-value': 'full-value',
          'contracting-authority': 'no',
        },
      },
      {
        yes: route('outside-procurement-rules', 'not-a-contracting-authority', 'pcr-scotland-2015'),
        no: route('community-asset-transfer', 'full-value', 'pcr-scotland-2015'),
        'not-sure': route(
          'outside-procurement-rules',
          'not-a-contracting-authority',
          'pcr-scotland-2015',
        ),
      },
    )
  })
})

describe('asset-value', () => {
  describe('in England', () => {
    routes(
      'asset-value',
      {
        answers: {
          ...englishCouncil,
          approach: 'transfer-asset',
          'asset-service-obligations': 'no',
        },
      },
      {
        'full-value': route('community-asset-transfer', 'full-value', 'pa-2023'),
        undervalue: route('community-asset-transfer', 'undervalue', 'pa-2023'),
        'not-sure': route('community-asset-transfer', 'undervalue', 'pa-2023'),
      },
    )
  })
  describe('for a Scottish council', () => {
    routes(
      'asset-value',
      {
        answers: {
          ...scottishCouncil,
          approach: 'transfer-asset',
          'asset-service-obligations': 'no',
        },
      },
      {
        'full-value': route('community-asset-transfer', 'full-value', 'pcr-scotland-2015'),
        undervalue: route('community-asset-transfer', 'undervalue', 'pcr-scotland-2015'),
        'not-sure': route('community-asset-transfer', 'undervalue', 'pcr-scotland-2015'),
      },
    )
  })
})

describe('enforceable-deliverables', () => {
  for (const approach of ['fund-organisation', 'not-sure'] as const) {
    describe(`after approach ${approach}`, () => {
      routes(
        'enforceable-deliverables',
        { answers: { ...englishCouncil, approach } },
        {
          yes: ask('direct-benefit'),
          no: ask('economic-activity'),
          'not-sure': ask('direct-benefit'),
        },
      )
    })
  }
})

describe('direct-benefit', () => {
  // A public contract in substance: "not sure" takes the contract branch, the cautious reading.
  for (const enforceable of ['yes', 'not-sure'] as const) {
    describe(`after enforceable-deliverables ${enforceable}`, () => {
      routes(
        'direct-benefit',
        {
          answers: {
            ...englishCouncil,
            approach: 'fund-organisation',
            'enforceable-deliverables': enforceable,
          },
        },
        {
          yes: ask('existing-procurement'),
          no: ask('economic-activity'),
          'not-sure': ask('existing-procurement'),
        },
      )
    })
  }
  describe('for a Scottish council', () => {
    routes(
      'direct-benefit',
      {
        answers: {
          ...scottishCouncil,
          approach: 'fund-organisation',
          'enforceable-deliverables': 'yes',
        },
      },
      {
        yes: ask('provider-relationship'),
        no: ask('economic-activity'),
        'not-sure': ask('provider-relationship'),
      },
    )
  })
})

describe('direct-benefit for another public body', () => {
  describe('in England', () => {
    routes(
      'direct-benefit',
      {
        answers: {
          ...englishOtherBody,
          approach: 'fund-organisation',
          'enforceable-deliverables': 'yes',
        },
      },
      {
        yes: ask('contracting-authority'),
        no: ask('economic-activity'),
        'not-sure': ask('contracting-authority'),
      },
    )
  })
  describe('a grant never asks whether the rules bind the body', () => {
    routes(
      'direct-benefit',
      {
        answers: {
          ...englishOtherBody,
          approach: 'not-sure',
          'enforceable-deliverables': 'not-sure',
          'economic-activity': 'no',
          'contracting-authority': 'no',
          'existing-procurement': 'yes',
          'provider-relationship': 'controlled-company',
        },
      },
      {
        yes: route('outside-procurement-rules', 'not-a-contracting-authority', 'pa-2023'),
        no: route('grant', 'not-a-subsidy', 'pa-2023'),
        'not-sure': route('outside-procurement-rules', 'not-a-contracting-authority', 'pa-2023'),
      },
    )
  })
})

describe('economic-activity', () => {
  describe('in England', () => {
    routes(
      'economic-activity',
      {
        answers: {
          ...englishCouncil,
          approach: 'fund-organisation',
          'enforceable-deliverables': 'no',
        },
      },
      {
        yes: ask('mfa-headroom'),
        no: route('grant', 'not-a-subsidy', 'pa-2023'),
        'not-sure': ask('mfa-headroom'),
      },
    )
  })
  describe('after enforceable deliverables but no direct benefit, in Northern Ireland', () => {
    routes(
      'economic-activity',
      {
        answers: {
          jurisdiction: 'northern-ireland',
          'authority-type': 'central-government',
          approach: 'fund-organisation',
          'enforceable-deliverables': 'yes',
          'direct-benefit': 'no',
        },
      },
      {
        yes: ask('mfa-headroom'),
        no: route('grant', 'not-a-subsidy', 'pa-2023'),
        'not-sure': ask('mfa-headroom'),
      },
    )
  })
})

describe('mfa-headroom', () => {
  describe('in England', () => {
    routes(
      'mfa-headroom',
      {
        answers: {
          ...englishCouncil,
          approach: 'fund-organisation',
          'enforceable-deliverables': 'no',
          'economic-activity': 'yes',
        },
      },
      {
        yes: route('grant', 'minimal-financial-assistance', 'pa-2023'),
        no: route('grant', 'subsidy-assessment', 'pa-2023'),
        'not-sure': route('grant', 'subsidy-assessment', 'pa-2023'),
      },
    )
  })
  describe('for NHS Scotland, after approach not sure', () => {
    routes(
      'mfa-headroom',
      {
        answers: {
          jurisdiction: 'scotland',
          'authority-type': 'nhs',
          approach: 'not-sure',
          'enforceable-deliverables': 'no',
          'economic-activity': 'not-sure',
        },
      },
      {
        yes: route('grant', 'minimal-financial-assistance', 'pcr-scotland-2015'),
        no: route('grant', 'subsidy-assessment', 'pcr-scotland-2015'),
        'not-sure': route('grant', 'subsidy-assessment', 'pcr-scotland-2015'),
      },
    )
  })
})

describe('sib-initiator', () => {
  describe('an English council', () => {
    routes(
      'sib-initiator',
      { answers: { ...englishCouncil, approach: 'social-impact-bond' } },
      {
        commissioner: ask('existing-procurement'),
        provider: ask('sib-authority-pays'),
        funder: ask('sib-authority-pays'),
      },
    )
  })
  describe('another public body in England', () => {
    routes(
      'sib-initiator',
      { answers: { ...englishOtherBody, approach: 'social-impact-bond' } },
      {
        commissioner: ask('contracting-authority'),
        provider: ask('sib-authority-pays'),
        funder: ask('sib-authority-pays'),
      },
    )
  })
})

describe('sib-authority-pays', () => {
  // `not-sure` (ruleset 2027-01) continues as `yes` with an assumption: if the organisation
  // pays anything for the services or outcomes, the procurement rules apply.
  for (const initiator of ['provider', 'funder'] as const) {
    describe(`after sib-initiator ${initiator}`, () => {
      routes(
        'sib-authority-pays',
        {
          answers: {
            ...englishCouncil,
            approach: 'social-impact-bond',
            'sib-initiator': initiator,
          },
        },
        {
          yes: ask('existing-procurement'),
          no: route('joint-venture-partnership', null, 'pa-2023'),
          'not-sure': ask('existing-procurement'),
        },
      )
    })
  }
  describe('for a Scottish council', () => {
    routes(
      'sib-authority-pays',
      {
        answers: {
          ...scottishCouncil,
          approach: 'social-impact-bond',
          'sib-initiator': 'provider',
        },
      },
      {
        yes: ask('provider-relationship'),
        no: route('joint-venture-partnership', null, 'pcr-scotland-2015'),
        'not-sure': ask('provider-relationship'),
      },
    )
  })
  describe('another public body in England: whether the rules bind it comes next', () => {
    routes(
      'sib-authority-pays',
      {
        answers: {
          ...englishOtherBody,
          approach: 'social-impact-bond',
          'sib-initiator': 'funder',
        },
      },
      {
        yes: ask('contracting-authority'),
        no: route('joint-venture-partnership', null, 'pa-2023'),
        'not-sure': ask('contracting-authority'),
      },
    )
  })
  describe('a devolved Scottish body that is not bound by the rules', () => {
    routes(
      'sib-authority-pays',
      {
        answers: {
          ...devolvedScottishOtherBody,
          approach: 'social-impact-bond',
          'sib-initiator': 'provider',
          'contracting-authority': 'no',
        },
      },
      {
        yes: route('outside-procurement-rules', 'not-a-contracting-authority', 'pcr-scotland-2015'),
        no: route('joint-venture-partnership', null, 'pcr-scotland-2015'),
        'not-sure': route(
          'outside-procurement-rules',
          'not-a-contracting-authority',
          'pcr-scotland-2015',
        ),
      },
    )
  })
})
