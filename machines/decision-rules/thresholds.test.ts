import { describe } from 'vitest'
import type { Answers } from '../answers'
import type { RegimeId } from '../regimes'
import { ask, route, valueRoutes } from './expect-routing'

// Decision model section 3: the threshold test at `contract-value`, one pound under and
// exactly at each figure (a value equal to the threshold is at it). Figures from the tables
// of section 3.2, written out here: 2024-2025 central 139,688, sub-central 214,904, light
// touch 663,540; from 2026 central 135,018, sub-central 207,720, light touch 663,540.
// Today is 2026-11-25. 2027-01: at or above the threshold the path goes to `concession`
// (or `direct-award-user-choice` / `innovation` with the user-choice flag), and a
// `chosen-provider` path below it gets variant `user-choice`; today it goes to `innovation`.

const buying = (jurisdiction: string, type: string, more: Answers = {}): Answers => ({
  jurisdiction,
  'authority-type': type,
  approach: 'buy-services',
  'existing-procurement': 'no',
  'provider-relationship': 'other',
  'service-category': 'standard',
  ...more,
})

/** One pound under the figure is below it; the figure itself is not. */
function boundary(figure: number, regime: RegimeId) {
  return [
    [0, route('below-threshold', null, regime)],
    [figure - 1, route('below-threshold', null, regime)],
    [figure, ask('innovation')],
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
    'provider-relationship': 'other',
    'service-category': 'standard',
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
