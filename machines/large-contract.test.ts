import { describe, expect, it } from 'vitest'
import { isLargeContract } from './large-contract'

describe('the over-£5m line (PA 2023 ss.52-53)', () => {
  it('means more than £5 million, not £5 million itself', () => {
    expect(isLargeContract(5_000_001)).toBe(true)
    expect(isLargeContract(5_000_000)).toBe(false)
    expect(isLargeContract(undefined)).toBe(false)
  })
})
