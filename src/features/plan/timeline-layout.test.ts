import { plan } from '@machines/plan/plan'
import type { PlanInput, PlanStep } from '@machines/plan/types'
import { describe, expect, it } from 'vitest'
import { spanSteps, timelineLayout } from './timeline-layout'

/** A PA 2023 open procedure whose tenders fall due on Christmas Day 2026. */
const openProcedure: PlanInput = {
  route: 'competitive-procedure',
  variant: 'conventional',
  regime: 'pa-2023',
  jurisdiction: 'england',
  authorityType: 'local-authority',
  thresholdClass: 'sub-central',
  today: '2026-11-01',
  options: { procedure: 'open', electronicSubmission: true, documentsWithNotice: true },
  pinned: { 'pa.uk4': '2026-11-30' },
}
const steps = plan(openProcedure, '2026-11-01').steps

const step = (id: string, date: string | null, extra: Partial<PlanStep> = {}): PlanStep => ({
  id,
  title: id,
  order: 1,
  phase: 'award',
  kind: 'notice',
  requirement: 'mandatory',
  timing: { rule: 'USER', bound: 'none' },
  result: { date, dateKind: date ? 'pinned' : 'none', warnings: [] },
  sources: [],
  ...extra,
})

describe('timelineLayout', () => {
  it('places dates in order along the axis, the first at 0 and the last at 100', () => {
    const layout = timelineLayout(steps, '2026-11-25')
    const positions = layout?.groups.map((g) => g.position) ?? []
    expect(layout?.from).toBe('2026-11-25')
    expect(layout?.to).toBe('2027-04-11')
    expect(positions.length).toBeGreaterThan(3)
    for (let i = 1; i < positions.length; i += 1)
      expect(positions[i]).toBeGreaterThan(positions[i - 1] as number)
    expect(layout?.groups.map((g) => g.date)).toEqual(
      [...new Set(layout?.groups.map((g) => g.date))].sort(),
    )
    expect(layout?.today).toEqual({ date: '2026-11-25', position: 0, place: 'on' })
    expect(positions.at(-1)).toBe(100)
  })

  it('groups the steps that share a date and leaves out the engine’s bounds', () => {
    const layout = timelineLayout(steps, '2026-11-01')
    const award = layout?.groups.find((g) => g.date === '2026-12-29')
    expect(award?.steps.map((s) => s.id)).toEqual(['pa.assessment-summaries', 'pa.uk6'])
    expect(layout?.groups.flatMap((g) => g.steps).some((s) => s.id.includes('#'))).toBe(false)
  })

  it('finds the tendering period and the standstill from the steps that bound them', () => {
    expect(spanSteps(steps).map((s) => [s.kind, s.start.id, s.end.id])).toEqual([
      ['period', 'pa.uk4', 'pa.tender-deadline'],
      ['standstill', 'pa.standstill.mandatory#begins', 'pa.standstill.mandatory'],
    ])
    const layout = timelineLayout(steps, '2026-11-01')
    for (const span of layout?.spans ?? []) {
      expect(span.left).toBeGreaterThanOrEqual(0)
      expect(span.right).toBeLessThanOrEqual(100)
      expect(span.left).toBeLessThanOrEqual(span.right)
    }
    const standstill = layout?.spans.find((s) => s.kind === 'standstill')
    expect([standstill?.from, standstill?.to, standstill?.days]).toEqual([
      '2026-12-29',
      '2027-01-11',
      13,
    ])
    const inStandstill = layout?.groups.filter((g) => g.within.includes('standstill'))
    expect(inStandstill?.map((g) => g.date)).toEqual(['2026-12-29', '2027-01-11'])
  })

  it('is no span where a deadline falls before the step it is counted from', () => {
    const cutoff = step('x.clarification', '2027-02-20', {
      kind: 'deadline',
      timing: { rule: 'CD_AFTER_ROLL', anchor: 'x.tenders', bound: 'max' },
    })
    expect(spanSteps([step('x.tenders', '2027-02-26'), cutoff])).toEqual([])
  })

  it('puts labels closer than a label’s width on different rows', () => {
    const layout = timelineLayout(steps, '2026-11-01', 16)
    const groups = layout?.groups ?? []
    for (const a of groups)
      for (const b of groups)
        if (a !== b && a.lane === b.lane) expect(a.to <= b.from || b.to <= a.from).toBe(true)
    for (const g of groups) {
      expect(g.from).toBeGreaterThanOrEqual(0)
      expect(g.to).toBeLessThanOrEqual(100)
    }
    expect(groups.at(-1)?.align).toBe('end')
    expect(layout?.lanes).toBe(Math.max(...groups.map((g) => g.lane)) + 1)
  })

  it('centres a plan with a single date, and says where a distant today lies', () => {
    const layout = timelineLayout([step('a', '2027-03-01'), step('b', null)], '2025-01-01')
    expect(layout?.groups).toHaveLength(1)
    expect(layout?.groups[0]?.position).toBe(50)
    expect(layout?.today).toEqual({ date: '2025-01-01', position: 0, place: 'before' })
    expect(layout?.spans).toEqual([])
  })

  it('puts every step on one marker when all share a date', () => {
    const layout = timelineLayout(
      [step('a', '2027-03-01'), step('b', '2027-03-01'), step('c', '2027-03-01')],
      '2027-03-01',
    )
    expect(layout?.groups).toHaveLength(1)
    expect(layout?.groups[0]?.steps).toHaveLength(3)
    expect(layout?.groups[0]?.position).toBe(50)
    expect(layout?.today.place).toBe('on')
    expect(layout?.today.position).toBe(50)
  })

  it('is nothing when no step has a date', () => {
    expect(timelineLayout([step('a', null)], '2027-03-01')).toBeUndefined()
  })

  it('labels month ticks with the year at the first and at each January', () => {
    const layout = timelineLayout(steps, '2026-11-01')
    const labels = layout?.ticks.map((t) => t.label) ?? []
    expect(labels[0]).toMatch(/ 2026$/)
    expect(labels).toContain('Jan 2027')
    for (const t of layout?.ticks ?? []) expect(t.date.endsWith('-01')).toBe(true)
  })
})
