import { describe, expect, it } from 'vitest'
import type { Answers } from './answers'
import type { IsoDate } from './dates'
import { allPaths, coveringPaths } from './paths'
import type { Replay } from './replay'

/**
 * The enumeration of every path, on sub-trees small enough to count by hand (the whole
 * model is several hundred thousand paths; paths.test.ts checks `coveringPaths` against
 * `allPaths` on larger sub-trees). `allPaths` goes depth first, each question's options in
 * the order the model lists them, and tries the value one pound under and exactly at each
 * threshold that can apply. Every expected path, order and count here is worked out by hand
 * from shared/domain/decision-model.md (ruleset 2027-01), sections 2 and 3.
 *
 * The sub-trees start from answers already given; answers to later questions given there
 * too are taken when the path reaches them, which keeps each sub-tree small.
 */

const today: IsoDate = '2026-12-02'

const summary = (p: Replay) => [p.answers['contract-value'], p.route, p.variant]

// A Scottish council (devolved: never asked the timing, section 1) buying standard services
// outside a framework; past the value, a path that is not a concession is no innovation and
// has a single provider. Sub-central figure 2026, taken as the UK's: 207,720 (3.2, 3.5);
// concession figure for the Scottish regulations from 2026: 5,372,609 (3.3).
const scottishCouncil: Answers = {
  jurisdiction: 'scotland',
  'authority-type': 'local-authority',
  approach: 'buy-services',
  'provider-relationship': 'other',
  'service-category': 'standard',
  'use-framework': 'no',
  innovation: 'no',
  'single-provider': 'yes',
}

// An English department buying light touch services under the 2015 Regulations (procurement
// begun before the Act, no start date: the figures of 2025-02-23, light touch 663,540) for
// one person who chose the provider; every later answer up to the mutual reservation given.
const chosenProviderUnderPcr: Answers = {
  jurisdiction: 'england',
  'authority-type': 'central-government',
  approach: 'buy-services',
  'existing-procurement': 'yes',
  'provider-relationship': 'other',
  'service-category': 'light-touch',
  'user-choice': 'chosen-provider',
  'use-framework': 'not-sure',
  innovation: 'no',
  'single-provider': 'no',
  'extreme-urgency': 'not-sure',
  'supported-employment-reservation': 'no',
}

describe('allPaths, depth first over a sub-tree', () => {
  it('tries both sides of the services and the concession thresholds, in order', () => {
    const paths = [...allPaths({ today, from: scottishCouncil })]
    // Four values; under the services figure a route at once, at or above it `concession`
    // (yes, no, not sure): 1 + 3 * 3 = 10.
    const uniqueness = ['direct-award-uniqueness', 'standard']
    expect(paths.map(summary)).toEqual([
      [207_719, 'below-threshold', null],
      [207_720, 'below-threshold', 'concession'],
      [207_720, ...uniqueness],
      [207_720, ...uniqueness],
      [5_372_608, 'below-threshold', 'concession'],
      [5_372_608, ...uniqueness],
      [5_372_608, ...uniqueness],
      [5_372_609, 'concession-contract', 'standard'],
      [5_372_609, ...uniqueness],
      [5_372_609, ...uniqueness],
    ])
    expect(paths.map((p) => p.answers.concession)).toEqual([
      undefined,
      ...['yes', 'no', 'not-sure'],
      ...['yes', 'no', 'not-sure'],
      ...['yes', 'no', 'not-sure'],
    ])
    expect(paths[2]?.asked).toEqual([
      'jurisdiction',
      'authority-type',
      'approach',
      'provider-relationship',
      'service-category',
      'use-framework',
      'contract-value',
      'concession',
      'innovation',
      'single-provider',
    ])
  })

  it('asks nothing after a route, and asks only what the path reached', () => {
    const paths = [...allPaths({ today, from: scottishCouncil })]
    expect(paths).toHaveLength(10)
    for (const p of paths) expect(p.next).toBeNull()
    // Below the services figure: neither the concession question nor anything after it.
    expect(paths[0]?.asked.at(-1)).toBe('contract-value')
    expect(paths[1]?.asked.at(-1)).toBe('concession')
  })

  it('tries only the services figure for a chosen provider, and ends every path once', () => {
    const paths = [...allPaths({ today, from: chosenProviderUnderPcr })]
    // 663,539: below-threshold, user-choice. 663,540: no user choice ground under the 2015
    // Regulations, so on to `innovation` (no), `single-provider` (no), `extreme-urgency`
    // (not sure), `supported-employment-reservation` (no), then `mutual-reservation` (light
    // touch, not Scotland): yes then `mutual-conditions` yes (1), or no or not sure (2) to
    // the four relationship models (8); or no or not sure (2) to the four models (8). 1 + 17.
    expect(paths).toHaveLength(18)
    expect(new Set(paths.map((p) => p.answers['contract-value']))).toEqual(
      new Set([663_539, 663_540]),
    )
    const models = [
      ['alliance-partnership', 'light-touch'],
      ['light-touch-flexible', 'open-book'],
      ['light-touch-flexible', 'outcomes-based'],
      ['light-touch-flexible', 'conventional'],
    ]
    expect(paths.map((p) => [p.route, p.variant])).toEqual([
      ['below-threshold', 'user-choice'],
      ['reserved-contract-mutual', 'light-touch'],
      ...models,
      ...models,
      ...models,
      ...models,
    ])
    expect(paths[1]?.asked).toEqual([
      'jurisdiction',
      'authority-type',
      'approach',
      'existing-procurement',
      'provider-relationship',
      'service-category',
      'user-choice',
      'use-framework',
      'contract-value',
      'innovation',
      'single-provider',
      'extreme-urgency',
      'supported-employment-reservation',
      'mutual-reservation',
      'mutual-conditions',
    ])
    expect(paths.slice(2, 6).map((p) => p.answers['mutual-conditions'])).toEqual(
      Array(4).fill('no'),
    )
    expect(paths.slice(10, 14).every((p) => !p.asked.includes('mutual-conditions'))).toBe(true)
    const keys = paths.map((p) => JSON.stringify(p.answers))
    expect(new Set(keys).size).toBe(18)
  })
})

describe('coveringPaths, depth first over the same sub-tree', () => {
  it('finishes a second path waiting on the same question in the same context along one option', () => {
    const paths = [...coveringPaths({ today, from: chosenProviderUnderPcr })]
    // `relationship-model` is first reached after `mutual-conditions` no, and explored in
    // full there (4); reached again after `mutual-conditions` not sure, `mutual-reservation`
    // no and not sure, in the same context (the answers it reads are the same), each is
    // finished along its first option, alliance (3). With the route under the threshold and
    // the reserved contract: 1 + 1 + 4 + 3 = 9, against 18 for allPaths.
    expect(paths.map((p) => [p.route, p.variant])).toEqual([
      ['below-threshold', 'user-choice'],
      ['reserved-contract-mutual', 'light-touch'],
      ['alliance-partnership', 'light-touch'],
      ['light-touch-flexible', 'open-book'],
      ['light-touch-flexible', 'outcomes-based'],
      ['light-touch-flexible', 'conventional'],
      ['alliance-partnership', 'light-touch'],
      ['alliance-partnership', 'light-touch'],
      ['alliance-partnership', 'light-touch'],
    ])
    expect(
      paths.slice(6).map((p) => [p.answers['mutual-reservation'], p.answers['mutual-conditions']]),
    ).toEqual([
      ['yes', 'not-sure'],
      ['no', undefined],
      ['not-sure', undefined],
    ])
  })
})

describe('allPaths outside the dated tables', () => {
  it('tries the value once, at £0, where no threshold applies', () => {
    // A start date before the ruleset (2024-01-01) has no figures; the runner refuses it,
    // but the enumeration still answers the value so that every path reaches a route.
    // Nothing is below a figure that does not exist: at `concession`, yes is a concession
    // contract, and no or not sure go on to a single provider.
    const paths = [...allPaths({ startDate: '2023-12-31', today, from: scottishCouncil })]
    expect(paths.map(summary)).toEqual([
      [0, 'concession-contract', 'standard'],
      [0, 'direct-award-uniqueness', 'standard'],
      [0, 'direct-award-uniqueness', 'standard'],
    ])
  })
})
