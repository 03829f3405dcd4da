import { describe } from 'vitest'
import type { Answers } from '../answers'
import type { RegimeId } from '../regimes'
import { ask, route, valueRoutes } from './expect-routing'

// Decision model section 3: the threshold test at `contract-value`, one pound under and
// exactly at each figure (a value equal to the threshold is at it). Figures from the tables
// of section 3.2, written out here: 2024-2025 central 139,688, sub-central 214,904, light
// touch 663,540; from 2026 central 135,018, sub-central 207,720, light touch 663,540.
// Section 3.3, concessions: 2024-2025 5,372,609 (light touch or not, every regime); from
// 2026 under the Act 5,193,000, light touch 5,372,609; from 2026 in Scotland 5,372,609 for
// both; pcr-2015 always the 2024-2025 row. Today is 2026-11-25. Ruleset 2027-01: the
// framework question comes before the value (answered no here); at or above the threshold
// the concession question is next, unless one person chose the provider.

const buying = (jurisdiction: string, type: string, more: Answers = {}): Answers => ({
  jurisdiction,
  'authority-type': type,
  approach: 'buy-services',
  'contracting-authority': 'yes',
  'existing-procurement': 'no',
  'provider-relationship': 'other',
  'service-category': 'standard',
  'user-choice': 'no',
  'use-framework': 'no',
  ...more,
})

/** One pound under the figure is below it; the figure itself is not. */
function boundary(figure: number, regime: RegimeId) {
  return [
    [0, route('below-threshold', null, regime)],
    [figure - 1, route('below-threshold', null, regime)],
    [figure, ask('concession')],
  ] as const
}

/**
 * A concession (answered yes): under the services figure it is never asked; from it up to one
 * pound under the concession figure it is a below-threshold concession; at the concession
 * figure, a concession contract.
 */
function concessionBoundary(
  services: number,
  concession: number,
  variant: 'light-touch' | 'standard',
  regime: RegimeId,
) {
  return [
    [services - 1, route('below-threshold', null, regime)],
    [services, route('below-threshold', 'concession', regime)],
    [concession - 1, route('below-threshold', 'concession', regime)],
    [concession, route('concession-contract', variant, regime)],
  ] as const
}

describe('contract-value: thresholds from 2026, procurement under the Act (no start date)', () => {
  describe('a council: sub-central', () => {
    valueRoutes(
      { answers: buying('england', 'local-authority', { 'health-care': 'no' }) },
      boundary(207_720, 'pa-2023'),
    )
  })
  describe('central government: central', () => {
    valueRoutes({ answers: buying('england', 'central-government') }, boundary(135_018, 'pa-2023'))
  })
  describe('NHS body answering central', () => {
    valueRoutes(
      {
        answers: buying('england', 'nhs', { 'health-care': 'no', 'threshold-class': 'central' }),
      },
      boundary(135_018, 'pa-2023'),
    )
  })
  describe('other body answering sub-central', () => {
    valueRoutes(
      {
        answers: buying('northern-ireland', 'other-public-body', {
          'threshold-class': 'sub-central',
        }),
      },
      boundary(207_720, 'pa-2023'),
    )
  })
  describe('threshold class not sure takes the lower, central, figure', () => {
    valueRoutes(
      { answers: buying('northern-ireland', 'nhs', { 'threshold-class': 'not-sure' }) },
      boundary(135_018, 'pa-2023'),
    )
  })
  describe('service category not sure counts as standard', () => {
    valueRoutes(
      {
        answers: buying('wales', 'central-government', { 'service-category': 'not-sure' }),
      },
      boundary(135_018, 'pa-2023'),
    )
  })
  describe('light touch, whatever the body (no threshold class asked)', () => {
    for (const type of ['central-government', 'local-authority', 'nhs', 'other-public-body']) {
      describe(type, () => {
        valueRoutes(
          {
            answers: buying('england', type, {
              'health-care': 'no',
              'service-category': 'light-touch',
            }),
          },
          boundary(663_540, 'pa-2023'),
        )
      })
    }
  })
  describe('a Welsh council', () => {
    valueRoutes(
      { answers: buying('wales', 'local-authority', { 'health-care': 'no' }) },
      boundary(207_720, 'pa-2023'),
    )
  })
  describe('a reserved body in Scotland', () => {
    valueRoutes(
      {
        answers: buying('scotland', 'central-government', { 'scotland-body': 'reserved' }),
      },
      boundary(135_018, 'pa-2023'),
    )
  })
})

describe('contract-value: begun before the Act, no start date: the figures of 2025-02-23', () => {
  const before = { 'existing-procurement': 'yes', 'health-care': 'no' } as const
  describe('a council: sub-central', () => {
    valueRoutes(
      { answers: buying('england', 'local-authority', before) },
      boundary(214_904, 'pcr-2015'),
    )
  })
  describe('central government: central', () => {
    valueRoutes(
      { answers: buying('england', 'central-government', before) },
      boundary(139_688, 'pcr-2015'),
    )
  })
  describe('light touch', () => {
    valueRoutes(
      {
        answers: buying('england', 'local-authority', {
          ...before,
          'service-category': 'light-touch',
        }),
      },
      boundary(663_540, 'pcr-2015'),
    )
  })
  describe('with a start date in 2024', () => {
    valueRoutes(
      { answers: buying('england', 'central-government', before), startDate: '2024-06-03' },
      boundary(139_688, 'pcr-2015'),
    )
  })
})

describe('contract-value: the start date picks the figures', () => {
  describe('under the Act, begun in 2025: the 2024-2025 figures', () => {
    valueRoutes(
      { answers: buying('england', 'central-government'), startDate: '2025-12-31' },
      boundary(139_688, 'pa-2023'),
    )
  })
  describe('under the Act, begun on 2026-01-01: the 2026 figures', () => {
    valueRoutes(
      { answers: buying('england', 'central-government'), startDate: '2026-01-01' },
      boundary(135_018, 'pa-2023'),
    )
  })
  describe('a council under the Act, begun in 2025', () => {
    valueRoutes(
      {
        answers: buying('england', 'local-authority', { 'health-care': 'no' }),
        startDate: '2025-03-01',
      },
      boundary(214_904, 'pa-2023'),
    )
  })
})

describe('contract-value: a devolved Scottish body, the Scottish regulations', () => {
  const scottish = (type: string, more: Answers = {}): Answers => ({
    jurisdiction: 'scotland',
    'authority-type': type,
    approach: 'buy-services',
    'contracting-authority': 'yes',
    'provider-relationship': 'other',
    'service-category': 'standard',
    'user-choice': 'no',
    'use-framework': 'no',
    ...more,
  })
  describe('a council, today', () => {
    valueRoutes({ answers: scottish('local-authority') }, boundary(207_720, 'pcr-scotland-2015'))
  })
  describe('a council, begun in 2025', () => {
    valueRoutes(
      { answers: scottish('local-authority'), startDate: '2025-01-15' },
      boundary(214_904, 'pcr-scotland-2015'),
    )
  })
  describe('NHS Scotland answering central', () => {
    valueRoutes(
      { answers: scottish('nhs', { 'threshold-class': 'central' }) },
      boundary(135_018, 'pcr-scotland-2015'),
    )
  })
  describe('a devolved body, not sure, light touch', () => {
    valueRoutes(
      {
        answers: scottish('other-public-body', {
          'scotland-body': 'not-sure',
          'service-category': 'light-touch',
        }),
      },
      boundary(663_540, 'pcr-scotland-2015'),
    )
  })
})

describe('contract-value: one person’s chosen provider (light touch)', () => {
  // Below the threshold: the user-choice variant. At it: a direct award of a user choice
  // contract under the Act; under the 2015 rules, `innovation` with the user-choice flag.
  // Never the concession question (answered yes here, and not asked).
  const chosen = { 'service-category': 'light-touch', 'user-choice': 'chosen-provider' } as const
  const cases = [
    [
      'an English council',
      buying('england', 'local-authority', { ...chosen, 'health-care': 'no' }),
    ],
    ['an English NHS body', buying('england', 'nhs', { ...chosen, 'health-care': 'no' })],
    ['a Welsh council', buying('wales', 'local-authority', { ...chosen, 'health-care': 'no' })],
    [
      'another public body in Northern Ireland',
      buying('northern-ireland', 'other-public-body', chosen),
    ],
    [
      'a reserved body in Scotland',
      buying('scotland', 'central-government', { ...chosen, 'scotland-body': 'reserved' }),
    ],
  ] as const
  for (const [name, answers] of cases) {
    describe(`${name}: the Act`, () => {
      valueRoutes({ answers: { ...answers, concession: 'yes' } }, [
        [1, route('below-threshold', 'user-choice', 'pa-2023')],
        [663_539, route('below-threshold', 'user-choice', 'pa-2023')],
        [663_540, route('direct-award-user-choice', null, 'pa-2023')],
      ])
    })
  }
  describe('an English council, begun before the Act: no user choice ground', () => {
    valueRoutes(
      {
        answers: buying('england', 'local-authority', {
          ...chosen,
          'existing-procurement': 'yes',
          'health-care': 'no',
          concession: 'yes',
        }),
      },
      [
        [663_539, route('below-threshold', 'user-choice', 'pcr-2015')],
        [663_540, ask('innovation')],
      ],
    )
  })
  describe('a reserved body in Scotland, begun before the Act', () => {
    valueRoutes(
      {
        answers: buying('scotland', 'other-public-body', {
          ...chosen,
          'scotland-body': 'reserved',
          'existing-procurement': 'yes',
        }),
        startDate: '2024-09-02',
      },
      [
        [663_539, route('below-threshold', 'user-choice', 'pcr-2015')],
        [663_540, ask('innovation')],
      ],
    )
  })
  describe('a Scottish council: no user choice ground', () => {
    valueRoutes(
      {
        answers: {
          jurisdiction: 'scotland',
          'authority-type': 'local-authority',
          approach: 'buy-services',
          'provider-relationship': 'other',
          ...chosen,
          'use-framework': 'not-sure',
          concession: 'yes',
        },
      },
      [
        [663_539, route('below-threshold', 'user-choice', 'pcr-scotland-2015')],
        [663_540, ask('innovation')],
      ],
    )
  })
})

describe('contract-value with concession yes: the concession thresholds (section 3.3)', () => {
  const concession = { concession: 'yes' } as const
  describe('under the Act, from 2026 (no start date)', () => {
    describe('a council, standard services: sub-central, then 5,193,000', () => {
      valueRoutes(
        { answers: buying('england', 'local-authority', { ...concession, 'health-care': 'no' }) },
        concessionBoundary(207_720, 5_193_000, 'standard', 'pa-2023'),
      )
    })
    describe('a council, light touch: 663,540, then 5,372,609', () => {
      valueRoutes(
        {
          answers: buying('england', 'local-authority', {
            ...concession,
            'health-care': 'no',
            'service-category': 'light-touch',
          }),
        },
        concessionBoundary(663_540, 5_372_609, 'light-touch', 'pa-2023'),
      )
    })
    describe('central government in Wales, service category not sure', () => {
      valueRoutes(
        {
          answers: buying('wales', 'central-government', {
            ...concession,
            'service-category': 'not-sure',
          }),
        },
        concessionBoundary(135_018, 5_193_000, 'standard', 'pa-2023'),
      )
    })
    describe('a reserved body in Scotland', () => {
      valueRoutes(
        {
          answers: buying('scotland', 'central-government', {
            ...concession,
            'scotland-body': 'reserved',
          }),
        },
        concessionBoundary(135_018, 5_193_000, 'standard', 'pa-2023'),
      )
    })
    describe('the threshold class plays no part in the concession figure', () => {
      valueRoutes(
        {
          answers: buying('northern-ireland', 'other-public-body', {
            ...concession,
            'threshold-class': 'sub-central',
          }),
        },
        concessionBoundary(207_720, 5_193_000, 'standard', 'pa-2023'),
      )
    })
    describe('begun on 2026-01-01', () => {
      valueRoutes(
        {
          answers: buying('england', 'nhs', {
            ...concession,
            'health-care': 'not-sure',
            'threshold-class': 'central',
          }),
          startDate: '2026-01-01',
        },
        concessionBoundary(135_018, 5_193_000, 'standard', 'pa-2023'),
      )
    })
  })
  describe('under the Act, begun in 2025: the 2024-2025 figures', () => {
    describe('central government, standard services', () => {
      valueRoutes(
        { answers: buying('england', 'central-government', concession), startDate: '2025-12-31' },
        concessionBoundary(139_688, 5_372_609, 'standard', 'pa-2023'),
      )
    })
    describe('a council, light touch', () => {
      valueRoutes(
        {
          answers: buying('england', 'local-authority', {
            ...concession,
            'health-care': 'no',
            'service-category': 'light-touch',
          }),
          startDate: '2025-03-01',
        },
        concessionBoundary(663_540, 5_372_609, 'light-touch', 'pa-2023'),
      )
    })
  })
  describe('pcr-2015: always the 2024-2025 row', () => {
    const before = { ...concession, 'existing-procurement': 'yes', 'health-care': 'no' } as const
    describe('a council, standard services, no start date', () => {
      valueRoutes(
        { answers: buying('england', 'local-authority', before) },
        concessionBoundary(214_904, 5_372_609, 'standard', 'pcr-2015'),
      )
    })
    describe('a council, light touch, no start date', () => {
      valueRoutes(
        {
          answers: buying('england', 'local-authority', {
            ...before,
            'service-category': 'light-touch',
          }),
        },
        concessionBoundary(663_540, 5_372_609, 'light-touch', 'pcr-2015'),
      )
    })
    describe('central government, begun in 2024', () => {
      valueRoutes(
        { answers: buying('england', 'central-government', before), startDate: '2024-06-03' },
        concessionBoundary(139_688, 5_372_609, 'standard', 'pcr-2015'),
      )
    })
    describe('a reserved body in Scotland', () => {
      valueRoutes(
        {
          answers: buying('scotland', 'central-government', {
            ...before,
            'scotland-body': 'reserved',
          }),
        },
        concessionBoundary(139_688, 5_372_609, 'standard', 'pcr-2015'),
      )
    })
  })
  describe('a devolved Scottish body: the Scottish figure, 5,372,609', () => {
    const scottish = (type: string, more: Answers = {}): Answers => ({
      jurisdiction: 'scotland',
      'authority-type': type,
      approach: 'buy-services',
      'contracting-authority': 'yes',
      'provider-relationship': 'other',
      'service-category': 'standard',
      'user-choice': 'no',
      'use-framework': 'no',
      ...concession,
      ...more,
    })
    describe('a council, standard services, today', () => {
      valueRoutes(
        { answers: scottish('local-authority') },
        concessionBoundary(207_720, 5_372_609, 'standard', 'pcr-scotland-2015'),
      )
    })
    describe('a council, light touch, today', () => {
      valueRoutes(
        { answers: scottish('local-authority', { 'service-category': 'light-touch' }) },
        concessionBoundary(663_540, 5_372_609, 'light-touch', 'pcr-scotland-2015'),
      )
    })
    describe('a council, standard services, begun in 2025', () => {
      valueRoutes(
        { answers: scottish('local-authority'), startDate: '2025-01-15' },
        concessionBoundary(214_904, 5_372_609, 'standard', 'pcr-scotland-2015'),
      )
    })
    describe('another devolved body, central', () => {
      valueRoutes(
        {
          answers: scottish('other-public-body', {
            'scotland-body': 'devolved',
            'threshold-class': 'central',
          }),
        },
        concessionBoundary(135_018, 5_372_609, 'standard', 'pcr-scotland-2015'),
      )
    })
  })
})
