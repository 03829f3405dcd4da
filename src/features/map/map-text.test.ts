import { describe, expect, it } from 'vitest'
import { estimate, type Measure, wrap } from './map-text'

// One pixel per character makes the expected lines easy to read.
const byLength: Measure = (text) => text.length

describe('wrap', () => {
  it('breaks at spaces so no line is wider than asked', () => {
    expect(wrap('Will you buy through an existing framework?', 16, { size: 14 }, byLength)).toEqual(
      ['Will you buy', 'through an', 'existing', 'framework?'],
    )
  })

  it('keeps an over-long word whole on its own line', () => {
    expect(wrap('a Provider-Selection-Regime b', 10, { size: 14 }, byLength)).toEqual([
      'a',
      'Provider-Selection-Regime',
      'b',
    ])
  })

  it('gives no lines for no text', () => {
    expect(wrap('  ', 10, { size: 14 }, byLength)).toEqual([])
  })

  it('guesses wider for bold text', () => {
    expect(estimate('Route', { size: 14, bold: true })).toBeGreaterThan(
      estimate('Route', { size: 14 }),
    )
  })
})
