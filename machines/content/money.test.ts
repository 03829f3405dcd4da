import { describe, expect, it } from 'vitest'
import { formatPounds, groupDigits } from './money'

describe('formatPounds', () => {
  it.each([
    [0, '£0'],
    [999, '£999'],
    [1000, '£1,000'],
    [12_345.4, '£12,345'],
    [214_904, '£214,904'],
    [5_372_609, '£5,372,609'],
    [1_234_567_890, '£1,234,567,890'],
    [-2500, '£-2,500'],
  ])('writes %d as %s', (amount, written) => {
    expect(formatPounds(amount)).toBe(written)
  })

  it('groups the digits as the en-GB locale does', () => {
    for (const amount of [7, 80, 640, 6400, 64_000, 640_000, 6_400_000, 99_999_999.5])
      expect(groupDigits(amount)).toBe(Math.round(amount).toLocaleString('en-GB'))
  })
})
