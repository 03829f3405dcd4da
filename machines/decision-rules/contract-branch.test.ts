import { describe } from 'vitest'
import type { Answers } from '../answers'
import { ask, route, routes } from './expect-routing'

// Decision model section 2, contract branch, from `provider-relationship` on, as ruleset
// 2026-11 orders it. Ruleset 2027-01 changes the order and adds questions; each change is
// named where it applies. The values here are at or above every threshold (£1m, or £5m for
// light touch services), so the threshold test always sends the path on to `innovation`.

const englishCouncil = {
  jurisdiction: 'england',
  'authority-type': 'local-authority',
  approach: 'buy-services',
  'existing-procurement': 'no',
  'health-care': 'no',
} as const
const englishCouncilBeforeAct = { ...englishCouncil, 'existing-procurement': 'yes' } as const
const scottishCouncil = {
  jurisdiction: 'scotland',
  'authority-type': 'local-authority',
  approach: 'buy-services',
} as const

/** A contract at or above the threshold, asked nothing more before `innovation`. */
const aboveThreshold = (body: Answers, category: 'light-touch' | 'standard' | 'not-sure') =>
  ({
    ...body,
    'provider-relationship': 'other',
    'service-category': category,
    'contract-value': category === 'light-touch' ? 5_000_000 : 1_000_000,
  }) as const

describe('provider-relationship', () => {
  const bodies = [
    ['an English council', englishCouncil, 'pa-2023'],
    ['an English council, begun before the Act', englishCouncilBeforeAct, 'pcr-2015'],
    ['a Scottish council', scottishCouncil, 'pcr-scotland-2015'],
  ] as const
  for (const [name, body, regime] of bodies) {
    describe(name, () => {
      routes(
        'provider-relationship',
        { answers: body },
        {
          'controlled-company': route('public-public-exempt', 'vertical', regime),
          'public-body-cooperation': route('public-public-exempt', 'horizontal', regime),
          other: ask('service-category'),
        },
      )
    })
  }
  describe('after health care not sure (the PSR is not applied)', () => {
    routes(
      'provider-relationship',
      { answers: { ...englishCouncil, 'authority-type': 'nhs', 'health-care': 'not-sure' } },
      {
        'controlled-company': route('public-public-exempt', 'vertical', 'pa-2023'),
        'public-body-cooperation': route('public-public-exempt', 'horizontal', 'pa-2023'),
        other: ask('service-category'),
      },
    )
  })
})

describe('service-category', () => {
  // 2027-01: light touch goes to `user-choice`, and every path then to `use-framework`
  // before the threshold test.
  const answersFor = (jurisdiction: string, type: string) => ({
    jurisdiction,
    'authority-type': type,
    approach: 'buy-services',
    'existing-procurement': 'no',
    'health-care': 'no',
    'provider-relationship': 'other',
  })
  describe('NHS and other bodies say which threshold class they are in, unless light touch', () => {
    for (const type of ['nhs', 'other-public-body']) {
      describe(type, () => {
        routes(
          'service-category',
          { answers: answersFor('england', type) },
          {
            'light-touch': ask('contract-value'),
            standard: ask('threshold-class'),
            'not-sure': ask('threshold-class'),
          },
        )
      })
    }
  })
  describe('central government and councils have their class already', () => {
    for (const type of ['central-government', 'local-authority']) {
      describe(type, () => {
        routes(
          'service-category',
          { answers: answersFor('wales', type) },
          {
            'light-touch': ask('contract-value'),
            standard: ask('contract-value'),
            'not-sure': ask('contract-value'),
          },
        )
      })
    }
  })
})

describe('threshold-class', () => {
  // The class only picks the figure (see thresholds.test.ts); the next question is the value.
  routes(
    'threshold-class',
    {
      answers: {
        jurisdiction: 'northern-ireland',
        'authority-type': 'other-public-body',
        approach: 'buy-services',
        'existing-procurement': 'no',
        'provider-relationship': 'other',
        'service-category': 'standard',
      },
    },
    {
      central: ask('contract-value'),
      'sub-central': ask('contract-value'),
      'not-sure': ask('contract-value'),
    },
  )
})

describe('innovation', () => {
  // 2027-01: `innovation` follows `concession`, and adds `not-sure` (continues as `no`).
  const cases = [
    ['light-touch', 'light-touch'],
    ['standard', 'standard'],
    ['not-sure', 'standard'],
  ] as const
  for (const [category, variant] of cases) {
    describe(`service category ${category}`, () => {
      routes(
        'innovation',
        { answers: aboveThreshold(englishCouncil, category) },
        {
          yes: route('innovation-partnership', variant, 'pa-2023'),
          no: ask('single-provider'),
        },
      )
    })
  }
  describe('a Social Impact Bond led by the commissioner (the SIB flag changes no routing)', () => {
    routes(
      'innovation',
      {
        answers: {
          ...aboveThreshold(englishCouncilBeforeAct, 'standard'),
          approach: 'social-impact-bond',
          'sib-initiator': 'commissioner',
        },
      },
      { yes: route('innovation-partnership', 'standard', 'pcr-2015'), no: ask('single-provider') },
    )
  })
})

describe('single-provider', () => {
  // 2027-01: `no` and `not-sure` lead to `extreme-urgency`, since `use-framework` moves
  // before the threshold test.
  const cases = [
    ['light-touch', 'light-touch', englishCouncil, 'pa-2023'],
    ['standard', 'standard', englishCouncilBeforeAct, 'pcr-2015'],
    ['not-sure', 'standard', scottishCouncil, 'pcr-scotland-2015'],
  ] as const
  for (const [category, variant, body, regime] of cases) {
    describe(`service category ${category}, regime ${regime}`, () => {
      routes(
        'single-provider',
        { answers: { ...aboveThreshold(body, category), innovation: 'no' } },
        {
          yes: route('direct-award-uniqueness', variant, regime),
          no: ask('use-framework'),
          'not-sure': ask('use-framework'),
        },
      )
    })
  }
})

describe('use-framework', () => {
  // 2027-01: asked straight after `service-category` (or `user-choice`), before the
  // threshold test; and `no` leads to `supported-employment-reservation` via
  // `extreme-urgency`, not straight to the reservation for mutuals.
  const afterSingleProvider = (
    body: Answers,
    category: 'light-touch' | 'standard' | 'not-sure',
  ) => ({
    ...aboveThreshold(body, category),
    innovation: 'no',
    'single-provider': 'no',
  })
  describe('light touch: a reservation for mutuals may follow', () => {
    const bodies = [
      ['an English council', englishCouncil],
      ['an English council, begun before the Act', englishCouncilBeforeAct],
      [
        'a reserved body in Scotland',
        {
          jurisdiction: 'scotland',
          'authority-type': 'central-government',
          'scotland-body': 'reserved',
          approach: 'buy-services',
          'existing-procurement': 'no',
        },
      ],
      [
        'a Welsh council',
        {
          jurisdiction: 'wales',
          'authority-type': 'local-authority',
          approach: 'buy-services',
          'existing-procurement': 'no',
          'health-care': 'no',
        },
      ],
    ] as const
    for (const [name, body] of bodies) {
      describe(name, () => {
        routes(
          'use-framework',
          { answers: afterSingleProvider(body, 'light-touch') },
          {
            yes: ask('framework-regime'),
            no: ask('mutual-reservation'),
            'not-sure': ask('mutual-reservation'),
          },
        )
      })
    }
  })
  describe('light touch for a devolved Scottish body: Scotland has no reservation for mutuals', () => {
    routes(
      'use-framework',
      { answers: afterSingleProvider(scottishCouncil, 'light-touch') },
      {
        yes: ask('framework-regime'),
        no: ask('relationship-model'),
        'not-sure': ask('relationship-model'),
      },
    )
  })
  for (const category of ['standard', 'not-sure'] as const) {
    describe(`service category ${category}: no reservation for mutuals`, () => {
      routes(
        'use-framework',
        { answers: afterSingleProvider(englishCouncil, category) },
        {
          yes: ask('framework-regime'),
          no: ask('relationship-model'),
          'not-sure': ask('relationship-model'),
        },
      )
    })
  }
})

describe('framework-regime', () => {
  // A call-off takes the regime of its framework; not sure keeps the body's own regime.
  const cases = [
    ['an English council', englishCouncil, 'light-touch', 'light-touch', 'pa-2023'],
    // 2027-01 refuses `pa-2023` with `existing-procurement = yes` (no framework under the
    // Act existed before it came into force); today it is routed like the others.
    [
      'an English council, begun before the Act',
      englishCouncilBeforeAct,
      'standard',
      'standard',
      'pcr-2015',
    ],
    ['a Scottish council', scottishCouncil, 'not-sure', 'standard', 'pcr-scotland-2015'],
  ] as const
  for (const [name, body, category, variant, own] of cases) {
    describe(`${name}, service category ${category}`, () => {
      routes(
        'framework-regime',
        {
          answers: {
            ...aboveThreshold(body, category),
            innovation: 'no',
            'single-provider': 'not-sure',
            'use-framework': 'yes',
          },
        },
        {
          'pa-2023': route('framework-call-off', variant, 'pa-2023'),
          'pcr-2015': route('framework-call-off', variant, 'pcr-2015'),
          'pcr-scotland-2015': route('framework-call-off', variant, 'pcr-scotland-2015'),
          'not-sure': route('framework-call-off', variant, own),
        },
      )
    })
  }
})

const beforeReservation = (body: Answers) => ({
  ...aboveThreshold(body, 'light-touch'),
  innovation: 'no',
  'single-provider': 'no',
  'use-framework': 'no',
})

describe('mutual-reservation', () => {
  // 2027-01 adds `not-sure` (continues as `no`) and asks it after
  // `supported-employment-reservation`.
  for (const body of [englishCouncil, englishCouncilBeforeAct]) {
    describe(`existing-procurement ${body['existing-procurement']}`, () => {
      routes(
        'mutual-reservation',
        { answers: beforeReservation(body) },
        { yes: ask('mutual-conditions'), no: ask('relationship-model') },
      )
    })
  }
})

describe('mutual-conditions', () => {
  for (const [body, regime] of [
    [englishCouncil, 'pa-2023'],
    [englishCouncilBeforeAct, 'pcr-2015'],
  ] as const) {
    describe(`regime ${regime}`, () => {
      routes(
        'mutual-conditions',
        { answers: { ...beforeReservation(body), 'mutual-reservation': 'yes' } },
        {
          yes: route('reserved-contract-mutual', 'light-touch', regime),
          no: ask('relationship-model'),
          'not-sure': ask('relationship-model'),
        },
      )
    })
  }
})

describe('relationship-model', () => {
  // 2027-01 adds `outcomes-based`, a third variant of the two competitive routes.
  describe('light touch: a flexible light touch process', () => {
    const cases = [
      [
        'after mutual-reservation no',
        { ...beforeReservation(englishCouncil), 'mutual-reservation': 'no' },
        'pa-2023',
      ],
      [
        'after mutual-conditions not sure, before the Act',
        {
          ...beforeReservation(englishCouncilBeforeAct),
          'mutual-reservation': 'yes',
          'mutual-conditions': 'not-sure',
        },
        'pcr-2015',
      ],
      ['for a Scottish council', beforeReservation(scottishCouncil), 'pcr-scotland-2015'],
    ] as const
    for (const [name, answers, regime] of cases) {
      describe(name, () => {
        routes(
          'relationship-model',
          { answers },
          {
            alliance: route('alliance-partnership', 'light-touch', regime),
            'open-book-partnership': route('light-touch-flexible', 'open-book', regime),
            conventional: route('light-touch-flexible', 'conventional', regime),
          },
        )
      })
    }
  })
  describe('standard services, or not sure: the competitive procedure', () => {
    const cases = [
      ['standard', englishCouncil, 'pa-2023'],
      ['not-sure', englishCouncilBeforeAct, 'pcr-2015'],
      ['standard', scottishCouncil, 'pcr-scotland-2015'],
    ] as const
    for (const [category, body, regime] of cases) {
      describe(`${category}, regime ${regime}`, () => {
        routes(
          'relationship-model',
          {
            answers: {
              ...aboveThreshold(body, category),
              innovation: 'no',
              'single-provider': 'no',
              'use-framework': 'not-sure',
            },
          },
          {
            alliance: route('alliance-partnership', 'standard', regime),
            'open-book-partnership': route('competitive-procedure', 'open-book', regime),
            conventional: route('competitive-procedure', 'conventional', regime),
          },
        )
      })
    }
  })
})
