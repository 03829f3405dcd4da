import { describe, expect, it } from 'vitest'
import { thresholdFor } from './threshold'
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
