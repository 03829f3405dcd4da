import { describe, expect, it } from 'vitest'
import { isBelowThreshold, thresholdFor } from './threshold'
import { thresholdTableOn } from './thresholds'

const ctx = (answers: Record<string, string | number>, startDate?: string) => ({
  answers,
  asked: Object.keys(answers) as never[],
  startDate,
  today: '2026-11-25',
})

describe('thresholds', () => {
  it('finds the table in force on a day, and none before the ruleset', () => {
    expect(thresholdTableOn('2025-12-31')?.amounts.central).toBe(139_688)
    expect(thresholdTableOn('2026-01-01')?.amounts.central).toBe(135_018)
    expect(thresholdTableOn('2023-12-31')).toBeUndefined()
  })
  it('picks the kind from the service category, the body and the class', () => {
    expect(
      thresholdFor(ctx({ 'authority-type': 'local-authority', 'service-category': 'light-touch' }))
        ?.kind,
    ).toBe('light-touch')
    expect(thresholdFor(ctx({ 'authority-type': 'local-authority' }))?.amount).toBe(207_720)
    expect(
      thresholdFor(ctx({ 'authority-type': 'nhs', 'threshold-class': 'not-sure' }))?.kind,
    ).toBe('central')
    expect(
      thresholdFor(ctx({ 'authority-type': 'nhs', 'threshold-class': 'sub-central' }))?.kind,
    ).toBe('sub-central')
  })
  it('uses the day before the Act for an old-rules procurement with no date', () => {
    const t = thresholdFor(
      ctx({ 'authority-type': 'central-government', 'existing-procurement': 'yes' }),
    )
    expect(t?.date).toBe('2025-02-23')
    expect(t?.amount).toBe(139_688)
  })
  it('measures a 2015 Regulations procurement or call-off against their own figures', () => {
    const callOff = {
      'authority-type': 'local-authority',
      'existing-procurement': 'no',
      'framework-regime': 'pcr-2015',
    }
    const t = thresholdFor(ctx(callOff))
    expect(t?.amount).toBe(214_904)
    expect(t?.source).toEqual(['ppn-11-23'])
    expect(t?.rules).toBe('pcr-2015')
    // The call-off's own start date does not move the 2015 Regulations' figures.
    expect(thresholdFor(ctx(callOff, '2026-06-01'))?.amount).toBe(214_904)
    expect(thresholdFor(ctx({ ...callOff, 'framework-regime': 'pa-2023' }))?.amount).toBe(207_720)
  })
  it('cites the instrument that set each figure under the Act', () => {
    const council = { 'authority-type': 'local-authority', 'existing-procurement': 'no' }
    expect(thresholdFor(ctx(council))?.source).toEqual(['si-2025-1200', 'ppn-023'])
    expect(thresholdFor(ctx({ ...council, jurisdiction: 'wales' }))?.source).toEqual([
      'pa-2023-thresholds-wales-2025',
    ])
    const in2025 = thresholdFor(ctx(council, '2025-06-01'))
    expect(in2025?.source).toEqual(['si-2025-163'])
    expect(in2025?.inForceFrom).toBe('2025-02-24')
    // The light touch figure is the Act's own, unchanged in 2026.
    const lightTouch = thresholdFor(ctx({ ...council, 'service-category': 'light-touch' }))
    expect(lightTouch?.source).toEqual(['pa-2023'])
    expect(lightTouch?.inForceFrom).toBe('2025-02-24')
  })
  it('cites the Scottish notes for a devolved Scottish body and flags unconfirmed figures', () => {
    const t = thresholdFor(ctx({ jurisdiction: 'scotland', 'authority-type': 'local-authority' }))
    expect(t?.source).toEqual(['sppn-4-2025'])
    expect(t?.unconfirmed).toBe(true)
    const central = thresholdFor(
      ctx({ jurisdiction: 'scotland', 'authority-type': 'nhs', 'threshold-class': 'central' }),
    )
    expect(central?.unconfirmed).toBe(false)
  })
})

describe('below the threshold', () => {
  it('is one pound under it; the threshold itself is not below', () => {
    expect(isBelowThreshold(207_719, { amount: 207_720 })).toBe(true)
    expect(isBelowThreshold(207_720, { amount: 207_720 })).toBe(false)
  })
})
