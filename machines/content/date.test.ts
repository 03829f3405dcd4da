import { describe, expect, it } from 'vitest'
import { formatDate } from './date'

describe('formatDate', () => {
  it('writes an ISO date the GOV.UK way', () => {
    expect(formatDate('2026-11-25')).toBe('25 November 2026')
    expect(formatDate('2025-02-04')).toBe('4 February 2025')
  })
  it('leaves anything that is not a date as it was', () => {
    expect(formatDate('soon')).toBe('soon')
    expect(formatDate('2026-13-01')).toBe('2026-13-01')
  })
})
