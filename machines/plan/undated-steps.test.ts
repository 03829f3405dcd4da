import { describe, expect, it } from 'vitest'
import { plan } from './plan'
import type { PlanInput, PlanOptions } from './types'

const today = '2027-01-04'
const input = (
  route: string,
  variant: string | null,
  more: Partial<PlanInput> = {},
  options?: PlanOptions,
): PlanInput => ({
  route,
  variant,
  regime: 'pa-2023',
  jurisdiction: 'england',
  authorityType: 'local-authority',
  pinned: {},
  ...(options ? { options } : {}),
  ...more,
})
const ids = (p: ReturnType<typeof plan>) => p.steps.map((s) => s.id)

describe('a route with no procurement notices', () => {
  it('lists a joint venture’s subsidy steps as conditional while the subsidy is undecided', () => {
    const p = plan(input('joint-venture-partnership', null), today)
    expect(p.noNotices?.says).toBe('No procurement notices.')
    expect(ids(p)).toEqual(['sca.decision', 'sca.database'])
    for (const step of p.steps) {
      expect(step.requirement).toBe('conditional')
      expect(step.condition?.text).toBe('the contribution is a subsidy')
    }
    expect(p.noNotices?.steps.map((s) => s.requirement)).toEqual(['information'])
  })

  it('drops the subsidy steps once the contribution is known not to be a subsidy', () => {
    const p = plan(input('joint-venture-partnership', null, {}, { subsidy: 'none' }), today)
    expect(p.steps).toEqual([])
    expect(p.noNotices?.says).toMatch(/^No procurement notices/)
  })

  it('keeps the subsidy steps unconditional once a subsidy is given', () => {
    const p = plan(input('joint-venture-partnership', null, {}, { subsidy: 'standalone' }), today)
    expect(p.steps.find((s) => s.id === 'sca.decision')?.requirement).toBe('milestone')
  })

  it('shows a council’s open-space notices as conditional until the land is known', () => {
    const undecided = plan(input('community-asset-transfer', 'full-value'), today)
    expect(ids(undecided)).toEqual([
      'lga.open-space.advert-1',
      'lga.open-space.advert-2',
      'lga.open-space.objections',
      'land.disposal',
    ])
    expect(undecided.steps[0]?.requirement).toBe('conditional')
    const notOpen = plan(
      input('community-asset-transfer', 'full-value', {}, { openSpace: false }),
      today,
    )
    expect(ids(notOpen)).toEqual(['land.disposal'])
    const nhs = plan(
      input('community-asset-transfer', 'full-value', { authorityType: 'nhs' }),
      today,
    )
    expect(ids(nhs)).toEqual(['land.disposal'])
  })

  it('adds the subsidy steps to an undervalue transfer while the subsidy is undecided', () => {
    const p = plan(input('community-asset-transfer', 'undervalue', {}, { openSpace: false }), today)
    expect(ids(p)).toEqual(['land.disposal', 'sca.decision', 'sca.database'])
    expect(p.steps.at(-1)?.condition?.text).toBe('the transfer is a subsidy')
    expect(p.noNotices?.steps[0]?.sources[0]?.provision).toBe('s.123(2)')
  })

  it('says so for public-public cooperation and offers a voluntary notice', () => {
    const p = plan(input('public-public-exempt', 'vertical'), today)
    expect(p.none).toMatch(/^No statutory procurement notice/)
    expect(p.noNotices?.says).toBe(p.none)
    expect(p.noNotices?.steps[0]).toMatchObject({ requirement: 'optional' })
  })

  it('names the subsidised works rule of the regime outside the procurement rules', () => {
    const scot = plan(
      input('outside-procurement-rules', 'not-a-contracting-authority', {
        regime: 'pcr-scotland-2015',
        jurisdiction: 'scotland',
      }),
      today,
    )
    expect(scot.noNotices?.steps[0]?.condition).toMatch(/\(reg 14\)$/)
    const england = plan(input('outside-procurement-rules', 'not-a-contracting-authority'), today)
    expect(england.noNotices?.steps[0]?.condition).toMatch(/24 February 2025.*\(reg 13\)$/)
  })

  it('is absent from a route with procurement notices', () => {
    const p = plan(input('competitive-procedure', 'conventional'), today)
    expect(p.noNotices).toBeUndefined()
  })
})
