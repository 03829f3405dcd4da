import { beforeEach, describe, expect, it } from 'vitest'
import { MAX_SCENARIOS } from './compare-link'
import { useCompareSet } from './compare-store'

const scenario = (n: number) => ({ query: `contract-value=${n}`, name: `Scenario ${n}` })

describe('the comparison being built', () => {
  beforeEach(() => useCompareSet.getState().replace([]))

  it('adds scenarios once each, up to the most a comparison shows', () => {
    const { add } = useCompareSet.getState()
    expect(add(scenario(1))).toBe('added')
    expect(add({ ...scenario(1), name: 'Another name' })).toBe('already')
    for (let n = 2; n <= MAX_SCENARIOS; n++) expect(add(scenario(n))).toBe('added')
    expect(add(scenario(99))).toBe('full')
    expect(useCompareSet.getState().scenarios.map((s) => s.name)).toEqual(
      Array.from({ length: MAX_SCENARIOS }, (_, i) => `Scenario ${i + 1}`),
    )
  })

  it('takes the compare page’s set as the one to add to', () => {
    useCompareSet.getState().replace([scenario(7), scenario(8)])
    expect(useCompareSet.getState().add(scenario(9))).toBe('added')
    expect(useCompareSet.getState().scenarios.map((s) => s.query)).toEqual([
      'contract-value=7',
      'contract-value=8',
      'contract-value=9',
    ])
  })
})
