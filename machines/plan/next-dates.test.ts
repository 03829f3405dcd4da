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
  it('takes the next three dates from today on, one step per date, a notice before an action', () => {
    const p = of([
      step('past', '2026-11-20'),
      step('none', null),
      step('c', '2026-12-10'),
      { ...step('a-action', '2026-11-25'), kind: 'action' },
      { ...step('a-conditional', '2026-11-25'), requirement: 'conditional' },
      step('a', '2026-11-25'),
      {
        ...step('c-pinned-action', '2026-12-10'),
        kind: 'action',
        result: { date: '2026-12-10', dateKind: 'pinned', warnings: [] },
      },
      step('b', '2026-12-01'),
      step('b-later-in-plan', '2026-12-01'),
      { ...step('optional', '2026-11-28'), requirement: 'optional' },
      step('a#begins', '2026-11-26'),
    ])
    expect(nextDates(p, '2026-11-25').map((s) => s.id)).toEqual(['a', 'b', 'c-pinned-action'])
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
    expect(nextDates(p, '2026-11-25').map((s) => [s.id, s.result.date])).toEqual([
      ['pa.uk6', '2027-03-01'],
      ['pa.standstill.mandatory', '2027-03-10'],
      ['pa.entry', '2027-03-11'],
    ])
    // The day after the award notice, that notice is no longer among the next dates.
    expect(nextDates(p, '2027-03-02', 20).map((s) => s.id)).not.toContain('pa.uk6')
  })
})
