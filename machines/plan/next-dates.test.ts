import { describe, expect, it } from 'vitest'
import { nextDates } from './next-dates'
import { plan } from './plan'
import type { Plan, PlanStep } from './types'

const step = (id: string, date: string | null): PlanStep => ({
  id,
  title: id,
  order: 0,
  phase: 'award',
  kind: 'notice',
  requirement: 'mandatory',
  timing: { rule: 'USER', bound: 'none' },
  result: { date, dateKind: date ? 'earliest' : 'none', warnings: [] },
  sources: [],
})
const of = (steps: PlanStep[]): Plan => ({ steps, warnings: [], errors: [] })

describe('the next dates of a plan', () => {
  it('takes the first three dated steps from today on, by date, keeping plan order on a tie', () => {
    const p = of([
      step('past', '2026-11-20'),
      step('none', null),
      step('c', '2026-12-10'),
      step('a', '2026-11-25'),
      step('b', '2026-12-01'),
      step('b2', '2026-12-01'),
      step('a#begins', '2026-11-26'),
    ])
    expect(nextDates(p, '2026-11-25').map((s) => s.id)).toEqual(['a', 'b', 'b2'])
    expect(nextDates(p, '2026-11-25', 2).map((s) => s.id)).toEqual(['a', 'b'])
    expect(nextDates(p, '2026-12-11')).toEqual([])
  })

  it('gives the standstill and entry dates of an Act plan once the award notice is pinned', () => {
    const p = plan(
      {
        route: 'competitive-procedure',
        variant: 'conventional',
        regime: 'pa-2023',
        jurisdiction: 'england',
        authorityType: 'local-authority',
        pinned: { 'pa.uk6': '2027-03-01' },
      },
      '2026-11-25',
    )
    const next = nextDates(p, '2026-11-25')
    expect(next).toHaveLength(3)
    expect(next[0]!.result.date).toBe('2027-03-01')
    const ids = nextDates(p, '2026-11-25', 20).map((s) => s.id)
    expect(ids).toContain('pa.standstill.mandatory')
    expect(ids.indexOf('pa.standstill.mandatory')).toBeLessThan(ids.indexOf('pa.entry'))
    // The day after the award notice, that notice is no longer among the next dates.
    expect(nextDates(p, '2027-03-02', 20).map((s) => s.id)).not.toContain('pa.uk6')
  })
})
