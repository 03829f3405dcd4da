import { describe, expect, it } from 'vitest'
import { appliedThreshold, handContext } from '../testing/hand-built-contexts'
import { callOffThreshold } from './call-off-threshold'
import type { RouteContext } from './route-content'

const callOff = (partial: Partial<RouteContext>) =>
  handContext({ route: 'framework-call-off', regime: 'pa-2023', ...partial })

describe('callOffThreshold: the conditions a call-off result states (spec 6.2)', () => {
  it('names the figure and the threshold, with nothing to check for an English council', () => {
    const c = callOffThreshold(callOff({ threshold: appliedThreshold(207_720, 'sub-central') }))
    expect(c.atOrAbove).toBe('worth £207,720 or more')
    expect(c.below).toBe('worth less than £207,720')
    expect(c.atOrAboveNamed).toBe('worth £207,720 or more (the sub-central threshold)')
    expect(c.from).toBe('from £207,720, the sub-central threshold')
    expect(c.checks).toEqual([])
  })

  it('says whose figure it is under the 2015 Regulations, and that keeping it is a reading to check', () => {
    const c = callOffThreshold(
      callOff({
        regime: 'pcr-2015',
        threshold: { ...appliedThreshold(214_904, 'sub-central'), rules: 'pcr-2015' },
      }),
    )
    expect(c.from).toBe("from £214,904, the 2015 Regulations' sub-central threshold")
    expect(c.checks.join(' ')).toMatch(/23 February 2025, .*SI 2024\/716 reg 5: check it/)
  })

  it('asks a Scottish body to check a figure not yet confirmed for Scotland', () => {
    const c = callOffThreshold(
      callOff({
        jurisdiction: 'scotland',
        threshold: { ...appliedThreshold(663_540, 'light-touch', true), rules: 'scotland' },
      }),
    )
    expect(c.checks.join(' ')).toMatch(/not yet confirmed for Scotland, so check it/)
  })

  it('flags the lower, central figure for a body whose threshold class is not asked', () => {
    for (const authorityType of ['nhs', 'other-public-body'] as const) {
      const c = callOffThreshold(
        callOff({ authorityType, threshold: appliedThreshold(135_018, 'central') }),
      )
      expect(c.checks.join(' ')).toMatch(/lower, central government figure/)
    }
    const central = callOffThreshold(
      callOff({
        authorityType: 'central-government',
        threshold: appliedThreshold(135_018, 'central'),
      }),
    )
    expect(central.checks).toEqual([])
  })

  it('falls back to words when the context carries no threshold', () => {
    const c = callOffThreshold(callOff({}))
    expect(c.atOrAbove).toBe('at or above the threshold that applies')
    expect(c.below).toBe('below the threshold that applies')
    expect(c.checks).toEqual([])
  })
})
