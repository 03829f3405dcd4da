import { describe, expect, it } from 'vitest'
import { isBelowScottishRegulatedLine } from './scottish-regulated-procurement'

describe('Scotland’s regulated procurement line (£50,000 excluding VAT)', () => {
  it('is below the line for certain only when the value including VAT is', () => {
    expect(isBelowScottishRegulatedLine(49_999)).toBe(true)
    expect(isBelowScottishRegulatedLine(50_000)).toBe(false)
    expect(isBelowScottishRegulatedLine(59_000)).toBe(false)
    expect(isBelowScottishRegulatedLine(undefined)).toBe(false)
  })
})
