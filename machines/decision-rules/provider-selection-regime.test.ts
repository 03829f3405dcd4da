import { describe } from 'vitest'
import { ask, route, routes } from './expect-routing'

// Decision model section 2, contract branch: timing, health care and the Provider
// Selection Regime questions. 2027-01 adds `contracting-authority` before the timing
// question for other-public-body, and `psr-framework` and `psr-urgent` before
// `psr-continue-existing`; today's machine goes straight to `psr-continue-existing`.

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
        { answers: { jurisdiction, 'authority-type': type, approach: 'buy-services' } },
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
})

const englandHealth = {
  jurisdiction: 'england',
  'authority-type': 'nhs',
  approach: 'buy-services',
  'existing-procurement': 'no',
  'health-care': 'yes',
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
      {
        answers: {
          ...englandHealth,
          'authority-type': 'local-authority',
          'existing-procurement': 'yes',
        },
      },
      {
        yes: route('provider-selection-regime', 'direct-award-a', 'psr-2023'),
        no: ask('psr-patient-choice'),
        'not-sure': ask('psr-patient-choice'),
      },
    )
  })
  describe('in Wales: no patient choice process', () => {
    // 2027-01: `no` and `not-sure` lead to `psr-framework`.
    routes(
      'psr-existing-only',
      { answers: walesHealth },
      {
        yes: route('provider-selection-regime', 'direct-award-1', 'psr-wales-2025'),
        no: ask('psr-continue-existing'),
        'not-sure': ask('psr-continue-existing'),
      },
    )
  })
})

describe('psr-patient-choice', () => {
  for (const existingOnly of ['no', 'not-sure'] as const) {
    describe(`after psr-existing-only ${existingOnly}`, () => {
      // 2027-01: `no` and `not-sure` lead to `psr-framework`.
      routes(
        'psr-patient-choice',
        { answers: { ...englandHealth, 'psr-existing-only': existingOnly } },
        {
          yes: route('provider-selection-regime', 'direct-award-b', 'psr-2023'),
          no: ask('psr-continue-existing'),
          'not-sure': ask('psr-continue-existing'),
        },
      )
    })
  }
})

describe('psr-continue-existing', () => {
  describe('in England', () => {
    routes(
      'psr-continue-existing',
      {
        answers: { ...englandHealth, 'psr-existing-only': 'no', 'psr-patient-choice': 'not-sure' },
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
      { answers: { ...walesHealth, 'psr-existing-only': 'not-sure' } },
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
  describe('in Wales, for a council', () => {
    routes(
      'psr-most-suitable',
      {
        answers: {
          ...walesHealth,
          'authority-type': 'local-authority',
          'psr-existing-only': 'no',
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
