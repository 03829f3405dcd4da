import { describe, expect, it } from 'vitest'
import { isDevolvedWelshAuthority } from './devolved-welsh-authority'

describe('devolved Welsh authority', () => {
  it('is a body in Wales under the Procurement Act, not under another regime or nation', () => {
    expect(isDevolvedWelshAuthority({ regime: 'pa-2023', jurisdiction: 'wales' })).toBe(true)
    expect(isDevolvedWelshAuthority({ regime: 'pcr-2015', jurisdiction: 'wales' })).toBe(false)
    expect(isDevolvedWelshAuthority({ regime: 'psr-wales-2025', jurisdiction: 'wales' })).toBe(
      false,
    )
    expect(isDevolvedWelshAuthority({ regime: 'pa-2023', jurisdiction: 'england' })).toBe(false)
  })
})
