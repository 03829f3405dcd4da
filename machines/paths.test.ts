import { describe, expect, it } from 'vitest'
import type { Answers } from './answers'
import type { IsoDate } from './dates'
import { allPaths } from './paths'
import type { Replay } from './replay'

/**
 * The enumeration of every path, checked on its first sub-tree only (the whole model is
 * about 82,000 paths and seconds of work; the enumerations in decision-machine.test.ts and
 * scenarios.test.ts walk all of it). `allPaths` goes depth first, each question's options
 * in the order the model lists them, so its first paths are those of an English central
 * government body buying services, begun before the Act. Every expected path and count
 * here is worked out by hand from shared/domain/decision-model.md, sections 1 to 3, for
 * the routing the machine implements today (ruleset 2026-11).
 *
 * Ruleset 2027-01 changes the light touch sub-tree: `user-choice` follows the service
 * category, `use-framework` and `framework-regime` come before the value (a call-off ends
 * there, untried at any value), and `concession`, `extreme-urgency` and
 * `supported-employment-reservation` follow it; its paths and counts below must then be
 * worked out again. The two public-public paths first are unchanged.
 */

const today: IsoDate = '2026-11-25'

/** The paths enumerated first, while the answers still start with `prefix`. */
function firstPaths(prefix: Answers, dates: { startDate?: IsoDate; today: IsoDate }): Replay[] {
  const found: Replay[] = []
  for (const run of allPaths(dates)) {
    const inside = Object.entries(prefix).every(([q, v]) => run.answers[q as keyof Answers] === v)
    if (!inside) break
    found.push(run)
  }
  return found
}

// The first option of each question: England, central government, buying services; the
// contract branch asks when the procurement began (first option yes: pcr-2015), and a
// central government body is never asked about health care (section 2).
const first = {
  jurisdiction: 'england',
  'authority-type': 'central-government',
  approach: 'buy-services',
  'existing-procurement': 'yes',
} as const

describe('allPaths, depth first from the first option of each question', () => {
  // Enumerated afresh inside each test (about 50 ms), neither cached nor while the file is
  // collected: an enumeration that throws then fails the tests, not the collection, and
  // Stryker's per-test coverage sees every test that runs the enumeration.
  const pathsFound = () => firstPaths(first, { today })
  const lightTouch = () =>
    pathsFound().filter((p) => p.answers['service-category'] === 'light-touch')

  it('ends its first paths at the public-public routes, in the order of the options', () => {
    const paths = pathsFound()
    expect(paths[0]).toEqual({
      route: 'public-public-exempt',
      variant: 'vertical',
      next: null,
      asked: [
        'jurisdiction',
        'authority-type',
        'approach',
        'existing-procurement',
        'provider-relationship',
      ],
      answers: { ...first, 'provider-relationship': 'controlled-company' },
    })
    expect(paths[1]?.answers['provider-relationship']).toBe('public-body-cooperation')
    expect([paths[1]?.route, paths[1]?.variant]).toEqual(['public-public-exempt', 'horizontal'])
  })

  it('tries the value one pound under and exactly at the threshold that applies', () => {
    const paths = pathsFound()
    const light = lightTouch()
    // Light touch under the 2015 Regulations with no start date: the figure of 2025-02-23,
    // 663,540, whatever the body (section 3.1); central government asks no threshold class.
    expect(paths[2]).toMatchObject({
      route: 'below-threshold',
      variant: null,
      asked: [
        'jurisdiction',
        'authority-type',
        'approach',
        'existing-procurement',
        'provider-relationship',
        'service-category',
        'contract-value',
      ],
      answers: { 'service-category': 'light-touch', 'contract-value': 663_539 },
    })
    expect(paths[3]).toMatchObject({
      route: 'innovation-partnership',
      variant: 'light-touch',
      answers: { 'contract-value': 663_540, innovation: 'yes' },
    })
    expect(new Set(light.map((p) => p.answers['contract-value']))).toEqual(
      new Set([663_539, 663_540]),
    )
    // Standard services: the central figure of 2025-02-23, 139,688.
    const standard = paths.filter((p) => p.answers['service-category'] === 'standard')
    expect(new Set(standard.map((p) => p.answers['contract-value']))).toEqual(
      new Set([139_687, 139_688]),
    )
  })

  it('finds every path of the light touch sub-tree once, each ending at a route', () => {
    const light = lightTouch()
    // At or above the threshold: innovation yes (1); single-provider yes (1); for no and
    // not-sure (2), use-framework yes with each of the 4 framework regimes (4), and for no
    // and not-sure (2), mutual-reservation yes then mutual-conditions yes (1) or no or
    // not-sure (2) to the 3 relationship models (6), or mutual-reservation no (3): 10.
    // 1 + 1 + 2 * (4 + 2 * 10) = 50, and one below the threshold: 51.
    expect(light).toHaveLength(51)
    const count = (route: string) => light.filter((p) => p.route === route).length
    expect(count('below-threshold')).toBe(1)
    expect(count('innovation-partnership')).toBe(1)
    expect(count('direct-award-uniqueness')).toBe(1)
    expect(count('framework-call-off')).toBe(2 * 4)
    expect(count('reserved-contract-mutual')).toBe(2 * 2)
    expect(count('alliance-partnership')).toBe(2 * 2 * 3)
    expect(count('light-touch-flexible')).toBe(2 * 2 * 3 * 2)
    expect(new Set(light.map((p) => JSON.stringify(p.answers))).size).toBe(51)
  })

  it('asks nothing after a route', () => {
    const paths = pathsFound()
    expect(paths.length).toBeGreaterThan(51)
    for (const p of paths) {
      expect(p.next).toBeNull()
      expect(p.asked).toEqual(Object.keys(p.answers))
    }
  })
})

describe('allPaths outside the dated tables', () => {
  it('tries the value once, at £0, where no threshold applies', () => {
    // A start date before the ruleset (2024-01-01) has no figures; the runner refuses it,
    // but the enumeration still answers the value so that every path reaches a route.
    const paths = firstPaths(first, { startDate: '2023-12-31', today })
    const light = paths.filter((p) => p.answers['service-category'] === 'light-touch')
    expect(new Set(light.map((p) => p.answers['contract-value']))).toEqual(new Set([0]))
    // Nothing is below a threshold that does not exist: all 50 paths at or above it.
    expect(light).toHaveLength(50)
    expect(light[0]?.route).toBe('innovation-partnership')
  })
})
