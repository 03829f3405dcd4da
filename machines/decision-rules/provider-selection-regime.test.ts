import { describe } from 'vitest'
import { ask, route, routes } from './expect-routing'

// Decision model section 2, contract branch: whether the rules bind the body, timing, health
// care and the Provider Selection Regime questions (ruleset 2027-01). The PSR order:
// psr-existing-only, psr-patient-choice (England only), psr-framework, psr-urgent,
// psr-continue-existing, psr-most-suitable.

describe('contracting-authority', () => {
  // Asked first on entering the contract branch, of other-public-body only. `no` is outside
  // the rules, with the regime in force today for the body; `not-sure` follows the rules.
  for (const jurisdiction of ['england', 'wales', 'northern-ireland'] as const) {
    describe(`another public body in ${jurisdiction}`, () => {
      routes(
        'contracting-authority',
        {
          answers: {
            jurisdiction,
            'authority-type': 'other-public-body',
            approach: 'buy-services',
          },
        },
        {
          yes: ask('existing-procurement'),
          no: route('outside-procurement-rules', 'not-a-contracting-authority', 'pa-2023'),
          'not-sure': ask('existing-procurement'),
        },
      )
    })
  }
  describe('begun before the Act: the rules that bind it are the 2015 Regulations', () => {
    routes(
      'contracting-authority',
      {
        answers: {
          jurisdiction: 'england',
          'authority-type': 'other-public-body',
          approach: 'buy-services',
          'existing-procurement': 'yes',
          'provider-relationship': 'controlled-company',
        },
      },
      {
        yes: route('public-public-exempt', 'vertical', 'pcr-2015'),
        no: route('outside-procurement-rules', 'not-a-contracting-authority', 'pa-2023'),
        'not-sure': route('public-public-exempt', 'vertical', 'pcr-2015'),
      },
    )
  })
  describe('a reserved body in Scotland: the Act', () => {
    routes(
      'contracting-authority',
      {
        answers: {
          jurisdiction: 'scotland',
          'authority-type': 'other-public-body',
          'scotland-body': 'reserved',
          approach: 'buy-services',
        },
      },
      {
        yes: ask('existing-procurement'),
        no: route('outside-procurement-rules', 'not-a-contracting-authority', 'pa-2023'),
        'not-sure': ask('existing-procurement'),
      },
    )
  })
  for (const body of ['devolved', 'not-sure'] as const) {
    describe(`a devolved Scottish body (scotland-body ${body}): no timing question`, () => {
      routes(
        'contracting-authority',
        {
          answers: {
            jurisdiction: 'scotland',
            'authority-type': 'other-public-body',
            'scotland-body': body,
            approach: 'buy-services',
          },
        },
        {
          yes: ask('provider-relationship'),
          no: route(
            'outside-procurement-rules',
            'not-a-contracting-authority',
            'pcr-scotland-2015',
          ),
          'not-sure': ask('provider-relationship'),
        },
      )
    })
  }
  describe('reached from the funding branch', () => {
    routes(
      'contracting-authority',
      {
        answers: {
          jurisdiction: 'wales',
          'authority-type': 'other-public-body',
          approach: 'fund-organisation',
          'enforceable-deliverables': 'yes',
          'direct-benefit': 'not-sure',
        },
      },
      {
        yes: ask('existing-procurement'),
        no: route('outside-procurement-rules', 'not-a-contracting-authority', 'pa-2023'),
        'not-sure': ask('existing-procurement'),
      },
    )
  })
})

describe('existing-procurement', () => {
  // Health care is asked of NHS bodies and councils in England, and in Wales only for a
  // procurement under the Act (the Welsh regime started with it).
  const cases = [
    ['england', 'nhs', 'health-care', 'health-care'],
    ['england', 'local-authority', 'health-care', 'health-care'],
    ['england', 'central-government', 'provider-relationship', 'provider-relationship'],
    ['england', 'other-public-body', 'provider-relationship', 'provider-relationship'],
    ['wales', 'nhs', 'provider-relationship', 'health-care'],
    ['wales', 'local-authority', 'provider-relationship', 'health-care'],
    ['wales', 'central-government', 'provider-relationship', 'provider-relationship'],
    ['wales', 'other-public-body', 'provider-relationship', 'provider-relationship'],
    ['northern-ireland', 'nhs', 'provider-relationship', 'provider-relationship'],
    ['northern-ireland', 'local-authority', 'provider-relationship', 'provider-relationship'],
    ['northern-ireland', 'central-government', 'provider-relationship', 'provider-relationship'],
    ['northern-ireland', 'other-public-body', 'provider-relationship', 'provider-relationship'],
  ] as const
  for (const [jurisdiction, type, afterYes, afterNo] of cases) {
    describe(`${type} in ${jurisdiction}`, () => {
      routes(
        'existing-procurement',
        {
          answers: {
            jurisdiction,
            'authority-type': type,
            approach: 'buy-services',
            // Only other-public-body is asked; a council's answer would be ignored.
            'contracting-authority': 'yes',
          },
        },
        { yes: ask(afterYes), no: ask(afterNo) },
      )
    })
  }
  describe('a reserved body in Scotland is asked, and never about health care', () => {
    routes(
      'existing-procurement',
      {
        answers: {
          jurisdiction: 'scotland',
          'authority-type': 'other-public-body',
          'scotland-body': 'reserved',
          approach: 'buy-services',
          'contracting-authority': 'not-sure',
        },
      },
      { yes: ask('provider-relationship'), no: ask('provider-relationship') },
    )
  })
  describe('sets the regime: before the Act, the 2015 Regulations', () => {
    routes(
      'existing-procurement',
      {
        answers: {
          jurisdiction: 'england',
          'authority-type': 'central-government',
          approach: 'buy-services',
          'provider-relationship': 'controlled-company',
        },
      },
      {
        yes: route('public-public-exempt', 'vertical', 'pcr-2015'),
        no: route('public-public-exempt', 'vertical', 'pa-2023'),
      },
    )
  })
  describe('a reserved body in Scotland: the Act, or the 2015 Regulations before it', () => {
    routes(
      'existing-procurement',
      {
        answers: {
          jurisdiction: 'scotland',
          'authority-type': 'central-government',
          'scotland-body': 'reserved',
          approach: 'buy-services',
          'provider-relationship': 'public-body-cooperation',
        },
      },
      {
        yes: route('public-public-exempt', 'horizontal', 'pcr-2015'),
        no: route('public-public-exempt', 'horizontal', 'pa-2023'),
      },
    )
  })
  describe('a direct payment is outside the rules, whenever the procurement began', () => {
    routes(
      'existing-procurement',
      {
        answers: {
          jurisdiction: 'northern-ireland',
          'authority-type': 'other-public-body',
          approach: 'buy-services',
          'contracting-authority': 'yes',
          'provider-relationship': 'other',
          'service-category': 'light-touch',
          'user-choice': 'direct-payment',
        },
      },
      {
        yes: route('outside-procurement-rules', 'direct-payment', 'pa-2023'),
        no: route('outside-procurement-rules', 'direct-payment', 'pa-2023'),
      },
    )
  })
})

describe('health-care', () => {
  const cases = [
    ['england', 'nhs', 'no'],
    ['england', 'local-authority', 'yes'],
    ['wales', 'nhs', 'no'],
    ['wales', 'local-authority', 'no'],
  ] as const
  for (const [jurisdiction, type, existing] of cases) {
    describe(`${type} in ${jurisdiction}, begun before the Act: ${existing}`, () => {
      routes(
        'health-care',
        {
          answers: {
            jurisdiction,
            'authority-type': type,
            approach: 'buy-services',
            'existing-procurement': existing,
          },
        },
        {
          yes: ask('psr-existing-only'),
          no: ask('provider-relationship'),
          'not-sure': ask('provider-relationship'),
        },
      )
    })
  }
  describe('health care takes the Provider Selection Regime; not sure keeps the body regime', () => {
    for (const [jurisdiction, psr] of [
      ['england', 'psr-2023'],
      ['wales', 'psr-wales-2025'],
    ] as const) {
      describe(jurisdiction, () => {
        routes(
          'health-care',
          {
            answers: {
              jurisdiction,
              'authority-type': 'nhs',
              approach: 'buy-services',
              'existing-procurement': 'no',
              'psr-existing-only': 'yes',
              'provider-relationship': 'controlled-company',
            },
          },
          {
            yes: route(
              'provider-selection-regime',
              jurisdiction === 'england' ? 'direct-award-a' : 'direct-award-1',
              psr,
            ),
            no: route('public-public-exempt', 'vertical', 'pa-2023'),
            'not-sure': route('public-public-exempt', 'vertical', 'pa-2023'),
          },
        )
      })
    }
  })
  describe('the Provider Selection Regime branch never asks about other frameworks', () => {
    // `psr-framework` takes the place of `use-framework` on this branch.
    routes(
      'health-care',
      {
        answers: {
          jurisdiction: 'england',
          'authority-type': 'local-authority',
          approach: 'buy-services',
          'existing-procurement': 'no',
          'psr-existing-only': 'no',
          'psr-patient-choice': 'no',
          'provider-relationship': 'other',
          'service-category': 'light-touch',
          'user-choice': 'no',
        },
      },
      {
        yes: ask('psr-framework'),
        no: ask('use-framework'),
        'not-sure': ask('use-framework'),
      },
    )
  })
})

const englandHealth = {
  jurisdiction: 'england',
  'authority-type': 'nhs',
  approach: 'buy-services',
  'existing-procurement': 'no',
  'health-care': 'yes',
} as const
/** A council's health care procurement begun before the Act: still the Provider Selection Regime. */
const englandHealthBeforeAct = {
  ...englandHealth,
  'authority-type': 'local-authority',
  'existing-procurement': 'yes',
} as const
const walesHealth = { ...englandHealth, jurisdiction: 'wales' } as const

describe('psr-existing-only', () => {
  describe('in England', () => {
    routes(
      'psr-existing-only',
      { answers: englandHealth },
      {
        yes: route('provider-selection-regime', 'direct-award-a', 'psr-2023'),
        no: ask('psr-patient-choice'),
        'not-sure': ask('psr-patient-choice'),
      },
    )
  })
  describe('in England, begun before the Act (the regime is still the PSR)', () => {
    routes(
      'psr-existing-only',
      { answers: englandHealthBeforeAct },
      {
        yes: route('provider-selection-regime', 'direct-award-a', 'psr-2023'),
        no: ask('psr-patient-choice'),
        'not-sure': ask('psr-patient-choice'),
      },
    )
  })
  describe('in Wales: no patient choice process, so the framework question is next', () => {
    routes(
      'psr-existing-only',
      { answers: walesHealth },
      {
        yes: route('provider-selection-regime', 'direct-award-1', 'psr-wales-2025'),
        no: ask('psr-framework'),
        'not-sure': ask('psr-framework'),
      },
    )
  })
})

describe('psr-patient-choice', () => {
  for (const existingOnly of ['no', 'not-sure'] as const) {
    describe(`after psr-existing-only ${existingOnly}`, () => {
      routes(
        'psr-patient-choice',
        { answers: { ...englandHealth, 'psr-existing-only': existingOnly } },
        {
          yes: route('provider-selection-regime', 'direct-award-b', 'psr-2023'),
          no: ask('psr-framework'),
          'not-sure': ask('psr-framework'),
        },
      )
    })
  }
})

describe('psr-framework', () => {
  // A call-off under a framework for these services stays on the Provider Selection Regime.
  describe('in England', () => {
    routes(
      'psr-framework',
      { answers: { ...englandHealth, 'psr-existing-only': 'no', 'psr-patient-choice': 'no' } },
      {
        yes: route('provider-selection-regime', 'framework-call-off', 'psr-2023'),
        no: ask('psr-urgent'),
        'not-sure': ask('psr-urgent'),
      },
    )
  })
  describe('in England, begun before the Act', () => {
    routes(
      'psr-framework',
      {
        answers: {
          ...englandHealthBeforeAct,
          'psr-existing-only': 'not-sure',
          'psr-patient-choice': 'not-sure',
        },
      },
      {
        yes: route('provider-selection-regime', 'framework-call-off', 'psr-2023'),
        no: ask('psr-urgent'),
        'not-sure': ask('psr-urgent'),
      },
    )
  })
  describe('in Wales', () => {
    routes(
      'psr-framework',
      { answers: { ...walesHealth, 'psr-existing-only': 'no' } },
      {
        yes: route('provider-selection-regime', 'framework-call-off', 'psr-wales-2025'),
        no: ask('psr-urgent'),
        'not-sure': ask('psr-urgent'),
      },
    )
  })
  describe('in Wales, for a council: the framework regime answer plays no part', () => {
    routes(
      'psr-framework',
      {
        answers: {
          ...walesHealth,
          'authority-type': 'local-authority',
          'psr-existing-only': 'not-sure',
          'use-framework': 'yes',
          'framework-regime': 'pcr-2015',
        },
      },
      {
        yes: route('provider-selection-regime', 'framework-call-off', 'psr-wales-2025'),
        no: ask('psr-urgent'),
        'not-sure': ask('psr-urgent'),
      },
    )
  })
})

describe('psr-urgent', () => {
  describe('in England', () => {
    routes(
      'psr-urgent',
      {
        answers: {
          ...englandHealth,
          'psr-existing-only': 'no',
          'psr-patient-choice': 'no',
          'psr-framework': 'no',
        },
      },
      {
        yes: route('provider-selection-regime', 'urgent-award', 'psr-2023'),
        no: ask('psr-continue-existing'),
        'not-sure': ask('psr-continue-existing'),
      },
    )
  })
  describe('in England, begun before the Act, after psr-framework not sure', () => {
    routes(
      'psr-urgent',
      {
        answers: {
          ...englandHealthBeforeAct,
          'psr-existing-only': 'no',
          'psr-patient-choice': 'not-sure',
          'psr-framework': 'not-sure',
        },
      },
      {
        yes: route('provider-selection-regime', 'urgent-award', 'psr-2023'),
        no: ask('psr-continue-existing'),
        'not-sure': ask('psr-continue-existing'),
      },
    )
  })
  describe('in Wales', () => {
    routes(
      'psr-urgent',
      { answers: { ...walesHealth, 'psr-existing-only': 'no', 'psr-framework': 'not-sure' } },
      {
        yes: route('provider-selection-regime', 'urgent-award', 'psr-wales-2025'),
        no: ask('psr-continue-existing'),
        'not-sure': ask('psr-continue-existing'),
      },
    )
  })
})

describe('psr-continue-existing', () => {
  describe('in England', () => {
    routes(
      'psr-continue-existing',
      {
        answers: {
          ...englandHealth,
          'psr-existing-only': 'no',
          'psr-patient-choice': 'not-sure',
          'psr-framework': 'no',
          'psr-urgent': 'no',
        },
      },
      {
        yes: route('provider-selection-regime', 'direct-award-c', 'psr-2023'),
        no: ask('psr-most-suitable'),
        'not-sure': ask('psr-most-suitable'),
      },
    )
  })
  describe('in Wales', () => {
    routes(
      'psr-continue-existing',
      {
        answers: {
          ...walesHealth,
          'psr-existing-only': 'not-sure',
          'psr-framework': 'no',
          'psr-urgent': 'not-sure',
        },
      },
      {
        yes: route('provider-selection-regime', 'direct-award-2', 'psr-wales-2025'),
        no: ask('psr-most-suitable'),
        'not-sure': ask('psr-most-suitable'),
      },
    )
  })
})

describe('psr-most-suitable', () => {
  describe('in England', () => {
    routes(
      'psr-most-suitable',
      {
        answers: {
          ...englandHealth,
          'psr-existing-only': 'no',
          'psr-patient-choice': 'no',
          'psr-framework': 'no',
          'psr-urgent': 'no',
          'psr-continue-existing': 'no',
        },
      },
      {
        yes: route('provider-selection-regime', 'most-suitable-provider', 'psr-2023'),
        no: route('provider-selection-regime', 'competitive-process', 'psr-2023'),
        'not-sure': route('provider-selection-regime', 'competitive-process', 'psr-2023'),
      },
    )
  })
  describe('in England, begun before the Act', () => {
    routes(
      'psr-most-suitable',
      {
        answers: {
          ...englandHealthBeforeAct,
          'psr-existing-only': 'not-sure',
          'psr-patient-choice': 'no',
          'psr-framework': 'not-sure',
          'psr-urgent': 'not-sure',
          'psr-continue-existing': 'not-sure',
        },
      },
      {
        yes: route('provider-selection-regime', 'most-suitable-provider', 'psr-2023'),
        no: route('provider-selection-regime', 'competitive-process', 'psr-2023'),
        'not-sure': route('provider-selection-regime', 'competitive-process', 'psr-2023'),
      },
    )
  })
  describe('in Wales, for a council', () => {
    routes(
      'psr-most-suitable',
      {
        answers: {
          ...walesHealth,
          'authority-type': 'local-authority',
          'psr-existing-only': 'no',
          'psr-framework': 'no',
          'psr-urgent': 'no',
          'psr-continue-existing': 'not-sure',
        },
      },
      {
        yes: route('provider-selection-regime', 'most-suitable-provider', 'psr-wales-2025'),
        no: route('provider-selection-regime', 'competitive-process', 'psr-wales-2025'),
        'not-sure': route('provider-selection-regime', 'competitive-process', 'psr-wales-2025'),
      },
    )
  })
})
