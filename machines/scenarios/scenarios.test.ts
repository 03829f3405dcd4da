import { describe, expect, it } from 'vitest'
import type { Answers } from '../answers'
import { evaluate } from '../evaluate'
import scenarios from './scenarios.json'

type Fixture = {
  name: string
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
    expect(scenarios.length).toBeGreaterThanOrEqual(80)
  })

  for (const fixture of scenarios as Fixture[]) {
    it(fixture.name, () => {
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
