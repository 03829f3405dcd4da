import { describe, expect, it } from 'vitest'
import type { Answers } from '../answers'
import { evaluate } from '../evaluate'
import { regimeFor } from '../regime'
import { routeIds, routeVariants } from '../routes'
import { checkCallOffTiming, checkScenario } from '../scenario'
import { enumeratedPaths } from '../testing/enumerated-paths'
import scenarios from './scenarios.json'

type Fixture = {
  name: string
  /** Walked in the browser by e2e/wizard.spec.ts, which expects this fixture's result. */
  walk?: boolean
  answers: Answers
  startDate?: string
  expected: {
    route: string | null
    variant: string | null
    regime: string
    next?: string
    assumptions?: string[]
    ignored?: string[]
  }
}

const today = '2026-11-25'

describe('scenario fixtures', () => {
  it('has enough scenarios to cover the model', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(350)
  })

  it('has no two fixtures with the same name (e2e/wizard.spec.ts finds them by name)', () => {
    const names = (scenarios as Fixture[]).map((f) => f.name)
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([])
  })

  for (const fixture of scenarios as Fixture[]) {
    it(fixture.name, () => {
      // Every fixture is input the runner accepts: no contradictory answers or dates.
      const check = checkScenario({ answers: fixture.answers, startDate: fixture.startDate })
      expect(check.ok ? checkCallOffTiming(check.scenario) : check.problems).toEqual([])
      const result = evaluate(fixture.answers, { startDate: fixture.startDate, today })
      const { expected } = fixture
      expect({ route: result.route, variant: result.variant, regime: result.regime }).toEqual({
        route: expected.route,
        variant: expected.variant,
        regime: expected.regime,
      })
      if (expected.route === null) {
        expect(result.status).toBe('incomplete')
        expect(result.next).toBe(expected.next)
      } else {
        expect(result.status).toBe('complete')
        expect(result.next).toBeNull()
      }
      expect(result.assumptions.map((a) => a.question)).toEqual(expected.assumptions ?? [])
      if (expected.ignored) expect(result.ignored).toEqual(expected.ignored)
    })
  }
})

// The expected route, variant and regime of each fixture are written by hand from the
// decision model; these tests make sure nothing the machine can reach goes without one.
describe('fixture coverage', () => {
  const fixtures = scenarios as Fixture[]
  const key = (route: string | null, variant: string | null, regime: string, nation: unknown) =>
    `${route} | ${variant ?? '-'} | ${regime} | ${nation}`
  const covered = new Set(
    fixtures.map((f) =>
      key(f.expected.route, f.expected.variant, f.expected.regime, f.answers.jurisdiction),
    ),
  )

  it('has a fixture for every route and every variant of it', () => {
    const missing = routeIds.flatMap((route) =>
      (routeVariants[route] ?? [null])
        .filter((variant) =>
          fixtures.every((f) => f.expected.route !== route || f.expected.variant !== variant),
        )
        .map((variant) => `${route} ${variant}`),
    )
    expect(missing).toEqual([])
  })

  it('has a fixture for every reachable route, variant, regime and nation', () => {
    const missing = new Set<string>()
    for (const run of enumeratedPaths({ today })) {
      if (!run.route) continue
      const k = key(run.route, run.variant, regimeFor(run), run.answers.jurisdiction)
      if (!covered.has(k)) missing.add(k)
    }
    expect([...missing].sort()).toEqual([])
  })

  it('walks every route in the browser (e2e/wizard.spec.ts)', () => {
    const walked = new Set(fixtures.filter((f) => f.walk).map((f) => f.expected.route))
    expect(routeIds.filter((route) => !walked.has(route))).toEqual([])
  })
})
