import { describe } from 'vitest'
import type { Answers } from '../answers'
import type { RegimeId } from '../regimes'
import { ask, refused, route, routes } from './expect-routing'

// Decision model section 2, contract branch, from `provider-relationship` on, as ruleset
// 2027-01 orders it: service-category, user-choice (light touch), use-framework and
// framework-regime, then the threshold test (threshold-class, contract-value), concession,
// innovation, single-provider, extreme-urgency, supported-employment-reservation,
// mutual-reservation and mutual-conditions (light touch, not devolved Scotland),
// relationship-model. The values used after the threshold test are at or above every
// services threshold (£1m) and below every concession threshold, unless said otherwise.

type Category = 'light-touch' | 'standard' | 'not-sure'

const englishCouncil = {
  jurisdiction: 'england',
  'authority-type': 'local-authority',
  approach: 'buy-services',
  'existing-procurement': 'no',
  'health-care': 'no',
} as const
const englishCouncilBeforeAct = { ...englishCouncil, 'existing-procurement': 'yes' } as const
const englishNhs = { ...englishCouncil, 'authority-type': 'nhs' } as const
const welshCouncil = { ...englishCouncil, jurisdiction: 'wales' } as const
const welshCouncilBeforeAct = {
  jurisdiction: 'wales',
  'authority-type': 'local-authority',
  approach: 'buy-services',
  'existing-procurement': 'yes',
} as const
const northernIrishBody = {
  jurisdiction: 'northern-ireland',
  'authority-type': 'other-public-body',
  approach: 'buy-services',
  'contracting-authority': 'yes',
  'existing-procurement': 'no',
} as const
const scottishCouncil = {
  jurisdiction: 'scotland',
  'authority-type': 'local-authority',
  approach: 'buy-services',
} as const
const devolvedScottishBody = {
  jurisdiction: 'scotland',
  'authority-type': 'other-public-body',
  'scotland-body': 'devolved',
  approach: 'buy-services',
  'contracting-authority': 'yes',
} as const
const reservedScottishBody = {
  jurisdiction: 'scotland',
  'authority-type': 'central-government',
  'scotland-body': 'reserved',
  approach: 'buy-services',
  'existing-procurement': 'no',
} as const
const reservedScottishBodyBeforeAct = {
  ...reservedScottishBody,
  'existing-procurement': 'yes',
} as const

/** Up to the threshold test: no user choice (light touch), no framework. */
const noFramework = (body: Answers, category: Category): Answers => ({
  ...body,
  'provider-relationship': 'other',
  'service-category': category,
  'user-choice': 'no',
  'use-framework': 'no',
  // Asked only of NHS and other bodies for services that are not light touch.
  'threshold-class': 'central',
})

/** A contract at or above the services threshold, and not a concession. */
const aboveThreshold = (body: Answers, category: Category): Answers => ({
  ...noFramework(body, category),
  'contract-value': 1_000_000,
  concession: 'no',
})

/** One person's chosen provider, at or above the threshold, under rules with no user choice ground. */
const chosenProviderAbove = (body: Answers): Answers => ({
  ...noFramework(body, 'light-touch'),
  'user-choice': 'chosen-provider',
  'contract-value': 1_000_000,
})

describe('provider-relationship', () => {
  const bodies = [
    ['an English council', englishCouncil, 'pa-2023'],
    ['an English council, begun before the Act', englishCouncilBeforeAct, 'pcr-2015'],
    ['a Scottish council', scottishCouncil, 'pcr-scotland-2015'],
    ['another public body in Northern Ireland', northernIrishBody, 'pa-2023'],
    ['another devolved Scottish body', devolvedScottishBody, 'pcr-scotland-2015'],
    [
      'another public body not sure it is a contracting authority, begun before the Act',
      {
        jurisdiction: 'wales',
        'authority-type': 'other-public-body',
        approach: 'buy-services',
        'contracting-authority': 'not-sure',
        'existing-procurement': 'yes',
      },
      'pcr-2015',
    ],
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
      { answers: { ...englishNhs, 'health-care': 'not-sure' } },
      {
        'controlled-company': route('public-public-exempt', 'vertical', 'pa-2023'),
        'public-body-cooperation': route('public-public-exempt', 'horizontal', 'pa-2023'),
        other: ask('service-category'),
      },
    )
  })
})

describe('service-category', () => {
  // Light touch asks about user choice; every category then asks about a framework, before
  // the threshold test (and so before the threshold class).
  const bodies = [
    ['an English council', englishCouncil],
    ['an English NHS body', englishNhs],
    ['another public body in Northern Ireland', northernIrishBody],
    ['central government in Wales', { ...welshCouncil, 'authority-type': 'central-government' }],
    ['an English council, begun before the Act', englishCouncilBeforeAct],
    ['a Scottish council', scottishCouncil],
    ['another devolved Scottish body', devolvedScottishBody],
    ['a reserved body in Scotland, begun before the Act', reservedScottishBodyBeforeAct],
  ] as const
  for (const [name, body] of bodies) {
    describe(name, () => {
      routes(
        'service-category',
        { answers: { ...body, 'provider-relationship': 'other' } },
        {
          'light-touch': ask('user-choice'),
          standard: ask('use-framework'),
          'not-sure': ask('use-framework'),
        },
      )
    })
  }
})

describe('user-choice', () => {
  // A direct payment is outside the rules, with the regime in force today for the body,
  // whatever existing-procurement said.
  const bodies = [
    ['an English council', englishCouncil, 'pa-2023'],
    ['an English council, begun before the Act', englishCouncilBeforeAct, 'pa-2023'],
    ['an English NHS body', englishNhs, 'pa-2023'],
    ['a Welsh council, begun before the Act', welshCouncilBeforeAct, 'pa-2023'],
    ['another public body in Northern Ireland', northernIrishBody, 'pa-2023'],
    ['a reserved body in Scotland, begun before the Act', reservedScottishBodyBeforeAct, 'pa-2023'],
    ['a Scottish council', scottishCouncil, 'pcr-scotland-2015'],
    ['another devolved Scottish body', devolvedScottishBody, 'pcr-scotland-2015'],
  ] as const
  for (const [name, body, today] of bodies) {
    describe(name, () => {
      routes(
        'user-choice',
        {
          answers: { ...body, 'provider-relationship': 'other', 'service-category': 'light-touch' },
        },
        {
          'chosen-provider': ask('use-framework'),
          'direct-payment': route('outside-procurement-rules', 'direct-payment', today),
          no: ask('use-framework'),
          'not-sure': ask('use-framework'),
        },
      )
    })
  }

  // The answer is used again at the value. Light touch threshold: £663,540 (2024 to 2026).
  const regimes = [
    ['an English council', englishCouncil, 'pa-2023', 'pa-2023'],
    ['an English council, begun before the Act', englishCouncilBeforeAct, 'pcr-2015', 'pa-2023'],
    ['a Scottish council', scottishCouncil, 'pcr-scotland-2015', 'pcr-scotland-2015'],
  ] as const
  for (const [name, body, regime, today] of regimes) {
    describe(`${name}, one pound under the light touch threshold`, () => {
      routes(
        'user-choice',
        {
          answers: {
            ...noFramework(body, 'light-touch'),
            'user-choice': undefined,
            'contract-value': 663_539,
          },
        },
        {
          'chosen-provider': route('below-threshold', 'user-choice', regime),
          'direct-payment': route('outside-procurement-rules', 'direct-payment', today),
          no: route('below-threshold', null, regime),
          'not-sure': route('below-threshold', null, regime),
        },
      )
    })
  }
  // At the threshold a chosen provider skips the concession question: a direct award under
  // the Act, or `innovation` with the user-choice flag under the 2015 rules. Otherwise the
  // concession question is asked (here answered yes: below the concession threshold).
  for (const [name, body, regime, today] of regimes) {
    describe(`${name}, at the light touch threshold`, () => {
      routes(
        'user-choice',
        {
          answers: {
            ...noFramework(body, 'light-touch'),
            'user-choice': undefined,
            'contract-value': 663_540,
            concession: 'yes',
          },
        },
        {
          'chosen-provider':
            regime === 'pa-2023'
              ? route('direct-award-user-choice', null, regime)
              : ask('innovation'),
          'direct-payment': route('outside-procurement-rules', 'direct-payment', today),
          no: route('below-threshold', 'concession', regime),
          'not-sure': route('below-threshold', 'concession', regime),
        },
      )
    })
  }
  for (const [name, body] of [
    ['a Welsh council', welshCouncil],
    ['another public body in Northern Ireland', northernIrishBody],
    ['a reserved body in Scotland', reservedScottishBody],
  ] as const) {
    describe(`${name}: a direct award of a user choice contract under the Act`, () => {
      routes(
        'user-choice',
        {
          answers: {
            ...noFramework(body, 'light-touch'),
            'user-choice': undefined,
            'contract-value': 5_000_000,
          },
        },
        {
          'chosen-provider': route('direct-award-user-choice', null, 'pa-2023'),
          'direct-payment': route('outside-procurement-rules', 'direct-payment', 'pa-2023'),
          no: ask('concession'),
          'not-sure': ask('concession'),
        },
      )
    })
  }
})

describe('use-framework', () => {
  describe('standard services for a council: the value comes next', () => {
    for (const [name, body] of [
      ['an English council', englishCouncil],
      ['a Scottish council', scottishCouncil],
      ['a reserved body in Scotland, begun before the Act', reservedScottishBodyBeforeAct],
    ] as const) {
      describe(name, () => {
        routes(
          'use-framework',
          {
            answers: { ...body, 'provider-relationship': 'other', 'service-category': 'standard' },
          },
          {
            yes: ask('framework-regime'),
            no: ask('contract-value'),
            'not-sure': ask('contract-value'),
          },
        )
      })
    }
  })
  describe('NHS and other bodies, not light touch: the threshold class comes next', () => {
    for (const [name, body, category] of [
      ['an English NHS body, standard', englishNhs, 'standard'],
      ['another public body in Northern Ireland, not sure', northernIrishBody, 'not-sure'],
      ['another devolved Scottish body, standard', devolvedScottishBody, 'standard'],
    ] as const) {
      describe(name, () => {
        routes(
          'use-framework',
          {
            answers: { ...body, 'provider-relationship': 'other', 'service-category': category },
          },
          {
            yes: ask('framework-regime'),
            no: ask('threshold-class'),
            'not-sure': ask('threshold-class'),
          },
        )
      })
    }
  })
  describe('light touch, after user choice: no threshold class, even for an NHS body', () => {
    for (const userChoice of ['chosen-provider', 'no', 'not-sure'] as const) {
      describe(`user-choice ${userChoice}`, () => {
        routes(
          'use-framework',
          {
            answers: {
              ...englishNhs,
              'provider-relationship': 'other',
              'service-category': 'light-touch',
              'user-choice': userChoice,
            },
          },
          {
            yes: ask('framework-regime'),
            no: ask('contract-value'),
            'not-sure': ask('contract-value'),
          },
        )
      })
    }
  })
  // A call-off is a call-off at any value: a £1 placement under a council's own approved-
  // provider list set up as a framework under the 2015 Regulations.
  describe('a £1 call-off, light touch, for an English council', () => {
    routes(
      'use-framework',
      {
        answers: {
          ...noFramework(englishCouncil, 'light-touch'),
          'use-framework': undefined,
          'framework-regime': 'pcr-2015',
          'contract-value': 1,
        },
      },
      {
        yes: route('framework-call-off', 'light-touch', 'pcr-2015'),
        no: route('below-threshold', null, 'pa-2023'),
        'not-sure': route('below-threshold', null, 'pa-2023'),
      },
    )
  })
  describe('a £1 call-off of one person’s chosen placement', () => {
    routes(
      'use-framework',
      {
        answers: {
          ...noFramework(englishCouncilBeforeAct, 'light-touch'),
          'user-choice': 'chosen-provider',
          'use-framework': undefined,
          'framework-regime': 'pcr-2015',
          'contract-value': 1,
        },
      },
      {
        yes: route('framework-call-off', 'light-touch', 'pcr-2015'),
        no: route('below-threshold', 'user-choice', 'pcr-2015'),
        'not-sure': route('below-threshold', 'user-choice', 'pcr-2015'),
      },
    )
  })
  describe('a £1 call-off, standard services, for a Scottish council', () => {
    routes(
      'use-framework',
      {
        answers: {
          ...noFramework(scottishCouncil, 'standard'),
          'use-framework': undefined,
          'framework-regime': 'pcr-scotland-2015',
          'contract-value': 1,
        },
      },
      {
        yes: route('framework-call-off', 'standard', 'pcr-scotland-2015'),
        no: route('below-threshold', null, 'pcr-scotland-2015'),
        'not-sure': route('below-threshold', null, 'pcr-scotland-2015'),
      },
    )
  })
  describe('a call-off above every threshold, for an NHS body not on the PSR', () => {
    routes(
      'use-framework',
      {
        answers: {
          ...noFramework(englishNhs, 'not-sure'),
          'use-framework': undefined,
          'framework-regime': 'pa-2023',
          'contract-value': 1_000_000,
        },
      },
      {
        yes: route('framework-call-off', 'standard', 'pa-2023'),
        no: ask('concession'),
        'not-sure': ask('concession'),
      },
    )
  })
})

describe('framework-regime', () => {
  // A call-off takes the regime of its framework; not sure keeps the body's own regime. The
  // path ends here: the call-off's own value is never asked.
  const cases = [
    ['an English council', englishCouncil, 'light-touch', 'light-touch', 'pa-2023'],
    ['a Welsh council', welshCouncil, 'standard', 'standard', 'pa-2023'],
    [
      'another public body in Northern Ireland',
      northernIrishBody,
      'not-sure',
      'standard',
      'pa-2023',
    ],
    ['a reserved body in Scotland', reservedScottishBody, 'light-touch', 'light-touch', 'pa-2023'],
    // A devolved Scottish body may call off a UK framework.
    ['a Scottish council', scottishCouncil, 'not-sure', 'standard', 'pcr-scotland-2015'],
    [
      'another devolved Scottish body',
      devolvedScottishBody,
      'light-touch',
      'light-touch',
      'pcr-scotland-2015',
    ],
  ] as const
  for (const [name, body, category, variant, own] of cases) {
    describe(`${name}, service category ${category}`, () => {
      routes(
        'framework-regime',
        { answers: { ...noFramework(body, category), 'use-framework': 'yes' } },
        {
          'pa-2023': route('framework-call-off', variant, 'pa-2023'),
          'pcr-2015': route('framework-call-off', variant, 'pcr-2015'),
          'pcr-scotland-2015': route('framework-call-off', variant, 'pcr-scotland-2015'),
          'not-sure': route('framework-call-off', variant, own),
        },
      )
    })
  }
  // No framework or dynamic market under the Act existed before 24 February 2025.
  const before = [
    [
      'an English council, begun before the Act',
      englishCouncilBeforeAct,
      'standard',
      'standard',
      'pcr-2015',
    ],
    [
      'a reserved body in Scotland, begun before the Act',
      reservedScottishBodyBeforeAct,
      'light-touch',
      'light-touch',
      'pcr-2015',
    ],
  ] as const
  for (const [name, body, category, variant, own] of before) {
    describe(`${name}: a framework under the Act is refused`, () => {
      routes(
        'framework-regime',
        { answers: { ...noFramework(body, category), 'use-framework': 'yes' } },
        {
          'pa-2023': refused('framework-regime'),
          'pcr-2015': route('framework-call-off', variant, 'pcr-2015'),
          'pcr-scotland-2015': route('framework-call-off', variant, 'pcr-scotland-2015'),
          'not-sure': route('framework-call-off', variant, own),
        },
      )
    })
  }
  describe('a Scottish council with a start date before the Act: a framework under it is refused', () => {
    routes(
      'framework-regime',
      {
        answers: { ...noFramework(scottishCouncil, 'standard'), 'use-framework': 'yes' },
        startDate: '2025-01-15',
      },
      {
        'pa-2023': refused('framework-regime'),
        'pcr-2015': route('framework-call-off', 'standard', 'pcr-2015'),
        'pcr-scotland-2015': route('framework-call-off', 'standard', 'pcr-scotland-2015'),
        'not-sure': route('framework-call-off', 'standard', 'pcr-scotland-2015'),
      },
    )
  })
  describe('after one person’s chosen provider (a placement from an approved list)', () => {
    routes(
      'framework-regime',
      {
        answers: {
          ...noFramework(englishCouncil, 'light-touch'),
          'user-choice': 'chosen-provider',
          'use-framework': 'yes',
          'contract-value': 40_000,
        },
      },
      {
        'pa-2023': route('framework-call-off', 'light-touch', 'pa-2023'),
        'pcr-2015': route('framework-call-off', 'light-touch', 'pcr-2015'),
        'pcr-scotland-2015': route('framework-call-off', 'light-touch', 'pcr-scotland-2015'),
        'not-sure': route('framework-call-off', 'light-touch', 'pa-2023'),
      },
    )
  })
})

describe('threshold-class', () => {
  // The class only picks the figure (see thresholds.test.ts); the next question is the value.
  for (const [name, body] of [
    ['another public body in Northern Ireland', northernIrishBody],
    ['an English NHS body', englishNhs],
    ['another devolved Scottish body', devolvedScottishBody],
  ] as const) {
    describe(name, () => {
      routes(
        'threshold-class',
        { answers: { ...noFramework(body, 'standard'), 'threshold-class': undefined } },
        {
          central: ask('contract-value'),
          'sub-central': ask('contract-value'),
          'not-sure': ask('contract-value'),
        },
      )
    })
  }
})

describe('concession', () => {
  // Asked at or above the services threshold, unless one person chose the provider. A
  // concession is then measured against the concession threshold (section 3.3; the
  // boundaries are in thresholds.test.ts); "not sure" takes the ordinary rules.
  const cases = [
    ['light-touch', 'light-touch', englishCouncil, 'pa-2023'],
    ['standard', 'standard', englishCouncilBeforeAct, 'pcr-2015'],
    ['not-sure', 'standard', scottishCouncil, 'pcr-scotland-2015'],
    ['standard', 'standard', northernIrishBody, 'pa-2023'],
    ['light-touch', 'light-touch', reservedScottishBody, 'pa-2023'],
  ] as const
  for (const [category, variant, body, regime] of cases) {
    describe(`service category ${category}, regime ${regime}, £1m: below the concession threshold`, () => {
      routes(
        'concession',
        { answers: { ...aboveThreshold(body, category), concession: undefined } },
        {
          yes: route('below-threshold', 'concession', regime),
          no: ask('innovation'),
          'not-sure': ask('innovation'),
        },
      )
    })
    describe(`service category ${category}, regime ${regime}, £6m: a concession contract`, () => {
      routes(
        'concession',
        {
          answers: {
            ...aboveThreshold(body, category),
            'contract-value': 6_000_000,
            concession: undefined,
            innovation: 'yes',
          },
        },
        {
          yes: route('concession-contract', variant, regime),
          no: route('innovation-partnership', variant, regime),
          'not-sure': route('innovation-partnership', variant, regime),
        },
      )
    })
  }
})

describe('innovation', () => {
  // Reached from `concession`, or from the value with the user-choice flag. `not-sure`
  // (ruleset 2027-01) continues as `no`.
  const cases = [
    ['light-touch', 'light-touch', englishCouncil, 'pa-2023'],
    ['standard', 'standard', englishCouncil, 'pa-2023'],
    ['not-sure', 'standard', englishCouncil, 'pa-2023'],
    ['light-touch', 'light-touch', englishCouncilBeforeAct, 'pcr-2015'],
    ['standard', 'standard', scottishCouncil, 'pcr-scotland-2015'],
    ['standard', 'standard', welshCouncil, 'pa-2023'],
  ] as const
  for (const [category, variant, body, regime] of cases) {
    describe(`service category ${category}, regime ${regime}`, () => {
      routes(
        'innovation',
        { answers: aboveThreshold(body, category) },
        {
          yes: route('innovation-partnership', variant, regime),
          no: ask('single-provider'),
          'not-sure': ask('single-provider'),
        },
      )
    })
  }
  describe('after concession not sure', () => {
    routes(
      'innovation',
      { answers: { ...aboveThreshold(northernIrishBody, 'standard'), concession: 'not-sure' } },
      {
        yes: route('innovation-partnership', 'standard', 'pa-2023'),
        no: ask('single-provider'),
        'not-sure': ask('single-provider'),
      },
    )
  })
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
      {
        yes: route('innovation-partnership', 'standard', 'pcr-2015'),
        no: ask('single-provider'),
        'not-sure': ask('single-provider'),
      },
    )
  })
  for (const [name, body, regime] of [
    ['an English council, begun before the Act', englishCouncilBeforeAct, 'pcr-2015'],
    ['a Scottish council', scottishCouncil, 'pcr-scotland-2015'],
    [
      'a reserved body in Scotland, begun before the Act',
      reservedScottishBodyBeforeAct,
      'pcr-2015',
    ],
  ] as const) {
    describe(`with the user-choice flag: ${name}`, () => {
      routes(
        'innovation',
        { answers: chosenProviderAbove(body) },
        {
          yes: route('innovation-partnership', 'light-touch', regime),
          no: ask('single-provider'),
          'not-sure': ask('single-provider'),
        },
      )
    })
  }
})

describe('single-provider', () => {
  const cases = [
    ['light-touch', 'light-touch', englishCouncil, 'pa-2023'],
    ['standard', 'standard', englishCouncilBeforeAct, 'pcr-2015'],
    ['not-sure', 'standard', scottishCouncil, 'pcr-scotland-2015'],
    ['standard', 'standard', reservedScottishBody, 'pa-2023'],
  ] as const
  for (const [category, variant, body, regime] of cases) {
    describe(`service category ${category}, regime ${regime}`, () => {
      routes(
        'single-provider',
        { answers: { ...aboveThreshold(body, category), innovation: 'no' } },
        {
          yes: route('direct-award-uniqueness', variant, regime),
          no: ask('extreme-urgency'),
          'not-sure': ask('extreme-urgency'),
        },
      )
    })
  }
  describe('with the user-choice flag (assessed needs only one provider can meet)', () => {
    routes(
      'single-provider',
      { answers: { ...chosenProviderAbove(englishCouncilBeforeAct), innovation: 'not-sure' } },
      {
        yes: route('direct-award-uniqueness', 'light-touch', 'pcr-2015'),
        no: ask('extreme-urgency'),
        'not-sure': ask('extreme-urgency'),
      },
    )
  })
})

describe('extreme-urgency', () => {
  const cases = [
    ['light-touch', 'light-touch', englishCouncil, 'pa-2023'],
    ['standard', 'standard', englishCouncilBeforeAct, 'pcr-2015'],
    ['not-sure', 'standard', scottishCouncil, 'pcr-scotland-2015'],
    ['light-touch', 'light-touch', welshCouncil, 'pa-2023'],
    ['standard', 'standard', northernIrishBody, 'pa-2023'],
    ['light-touch', 'light-touch', reservedScottishBodyBeforeAct, 'pcr-2015'],
  ] as const
  for (const [category, variant, body, regime] of cases) {
    describe(`service category ${category}, regime ${regime}, ${body.jurisdiction}`, () => {
      routes(
        'extreme-urgency',
        {
          answers: { ...aboveThreshold(body, category), innovation: 'no', 'single-provider': 'no' },
        },
        {
          yes: route('direct-award-urgency', variant, regime),
          no: ask('supported-employment-reservation'),
          'not-sure': ask('supported-employment-reservation'),
        },
      )
    })
  }
  describe('with the user-choice flag, for a devolved Scottish body', () => {
    routes(
      'extreme-urgency',
      {
        answers: {
          ...chosenProviderAbove(devolvedScottishBody),
          innovation: 'no',
          'single-provider': 'not-sure',
        },
      },
      {
        yes: route('direct-award-urgency', 'light-touch', 'pcr-scotland-2015'),
        no: ask('supported-employment-reservation'),
        'not-sure': ask('supported-employment-reservation'),
      },
    )
  })
})

const beforeReservation = (body: Answers, category: Category): Answers => ({
  ...aboveThreshold(body, category),
  innovation: 'no',
  'single-provider': 'no',
  'extreme-urgency': 'no',
})

describe('supported-employment-reservation', () => {
  describe('light touch: a reservation for mutuals may follow, except in devolved Scotland', () => {
    const cases: readonly (readonly [
      string,
      Answers,
      RegimeId,
      'mutual-reservation' | 'relationship-model',
    ])[] = [
      ['an English council', englishCouncil, 'pa-2023', 'mutual-reservation'],
      [
        'an English council, begun before the Act',
        englishCouncilBeforeAct,
        'pcr-2015',
        'mutual-reservation',
      ],
      ['a Welsh council', welshCouncil, 'pa-2023', 'mutual-reservation'],
      [
        'another public body in Northern Ireland',
        northernIrishBody,
        'pa-2023',
        'mutual-reservation',
      ],
      ['a reserved body in Scotland', reservedScottishBody, 'pa-2023', 'mutual-reservation'],
      ['a Scottish council', scottishCouncil, 'pcr-scotland-2015', 'relationship-model'],
      [
        'another devolved Scottish body',
        devolvedScottishBody,
        'pcr-scotland-2015',
        'relationship-model',
      ],
    ]
    for (const [name, body, regime, next] of cases) {
      describe(name, () => {
        routes(
          'supported-employment-reservation',
          { answers: beforeReservation(body, 'light-touch') },
          {
            yes: route('reserved-contract-supported-employment', 'light-touch', regime),
            no: ask(next),
          },
        )
      })
    }
  })
  describe('standard services, or not sure: no reservation for mutuals', () => {
    const cases = [
      ['standard', englishCouncil, 'pa-2023'],
      ['not-sure', englishCouncilBeforeAct, 'pcr-2015'],
      ['standard', scottishCouncil, 'pcr-scotland-2015'],
      ['not-sure', reservedScottishBodyBeforeAct, 'pcr-2015'],
    ] as const
    for (const [category, body, regime] of cases) {
      describe(`${category}, regime ${regime}`, () => {
        routes(
          'supported-employment-reservation',
          { answers: beforeReservation(body, category) },
          {
            yes: route('reserved-contract-supported-employment', 'standard', regime),
            no: ask('relationship-model'),
          },
        )
      })
    }
  })
  describe('after extreme-urgency not sure, with the user-choice flag', () => {
    routes(
      'supported-employment-reservation',
      {
        answers: {
          ...chosenProviderAbove(scottishCouncil),
          innovation: 'no',
          'single-provider': 'no',
          'extreme-urgency': 'not-sure',
        },
      },
      {
        yes: route('reserved-contract-supported-employment', 'light-touch', 'pcr-scotland-2015'),
        no: ask('relationship-model'),
      },
    )
  })
})

const beforeMutuals = (body: Answers): Answers => ({
  ...beforeReservation(body, 'light-touch'),
  'supported-employment-reservation': 'no',
})

describe('mutual-reservation', () => {
  // `not-sure` (ruleset 2027-01) continues as `no`.
  for (const [name, body] of [
    ['an English council', englishCouncil],
    ['an English council, begun before the Act', englishCouncilBeforeAct],
    ['a reserved body in Scotland, begun before the Act', reservedScottishBodyBeforeAct],
    ['another public body in Northern Ireland', northernIrishBody],
  ] as const) {
    describe(name, () => {
      routes(
        'mutual-reservation',
        { answers: beforeMutuals(body) },
        {
          yes: ask('mutual-conditions'),
          no: ask('relationship-model'),
          'not-sure': ask('relationship-model'),
        },
      )
    })
  }
})

describe('mutual-conditions', () => {
  for (const [name, body, regime] of [
    ['an English council', englishCouncil, 'pa-2023'],
    ['an English council, begun before the Act', englishCouncilBeforeAct, 'pcr-2015'],
    ['a Welsh council', welshCouncil, 'pa-2023'],
    [
      'a reserved body in Scotland, begun before the Act',
      reservedScottishBodyBeforeAct,
      'pcr-2015',
    ],
  ] as const) {
    describe(`${name}, regime ${regime}`, () => {
      routes(
        'mutual-conditions',
        { answers: { ...beforeMutuals(body), 'mutual-reservation': 'yes' } },
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
  describe('light touch: a flexible light touch process', () => {
    const cases = [
      [
        'after mutual-reservation no',
        { ...beforeMutuals(englishCouncil), 'mutual-reservation': 'no' },
        'pa-2023',
      ],
      [
        'after mutual-reservation not sure, in Wales',
        { ...beforeMutuals(welshCouncil), 'mutual-reservation': 'not-sure' },
        'pa-2023',
      ],
      [
        'after mutual-conditions not sure, before the Act',
        {
          ...beforeMutuals(englishCouncilBeforeAct),
          'mutual-reservation': 'yes',
          'mutual-conditions': 'not-sure',
        },
        'pcr-2015',
      ],
      [
        'after mutual-conditions no, a reserved body in Scotland',
        {
          ...beforeMutuals(reservedScottishBody),
          'mutual-reservation': 'yes',
          'mutual-conditions': 'no',
        },
        'pa-2023',
      ],
      [
        'for a Scottish council, straight after the supported employment question',
        beforeMutuals(scottishCouncil),
        'pcr-scotland-2015',
      ],
    ] as const
    for (const [name, answers, regime] of cases) {
      describe(name, () => {
        routes(
          'relationship-model',
          { answers },
          {
            alliance: route('alliance-partnership', 'light-touch', regime),
            'open-book-partnership': route('light-touch-flexible', 'open-book', regime),
            'outcomes-based': route('light-touch-flexible', 'outcomes-based', regime),
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
      ['not-sure', northernIrishBody, 'pa-2023'],
      ['standard', reservedScottishBodyBeforeAct, 'pcr-2015'],
    ] as const
    for (const [category, body, regime] of cases) {
      describe(`${category}, regime ${regime}, ${body.jurisdiction}`, () => {
        routes(
          'relationship-model',
          {
            answers: {
              ...beforeReservation(body, category),
              'extreme-urgency': 'not-sure',
              'supported-employment-reservation': 'no',
            },
          },
          {
            alliance: route('alliance-partnership', 'standard', regime),
            'open-book-partnership': route('competitive-procedure', 'open-book', regime),
            'outcomes-based': route('competitive-procedure', 'outcomes-based', regime),
            conventional: route('competitive-procedure', 'conventional', regime),
          },
        )
      })
    }
  })
})
