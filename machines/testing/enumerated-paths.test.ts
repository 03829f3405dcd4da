import { describe, expect, it } from 'vitest'
import { coveringPaths } from '../paths'
import type { Replay } from '../replay'
import { decode, encode } from './enumerated-paths'

describe('the cached paths', () => {
  it('read back exactly as enumerated', () => {
    // The first few thousand paths: every kind of answer and ending, without the seconds of
    // enumerating them all.
    const some: Replay[] = []
    for (const path of coveringPaths({ today: '2026-11-25' })) {
      some.push(path)
      if (some.length === 3000) break
    }
    expect(new Set(some.map((p) => p.route)).size).toBeGreaterThan(3)
    expect(some.some((p) => typeof p.answers['contract-value'] === 'number')).toBe(true)
    expect(decode(encode(some))).toEqual(some)
  })
})
