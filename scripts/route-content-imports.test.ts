import { describe, expect, it } from 'vitest'
import { srcImports } from './layers'

describe("the app's imports of route content", () => {
  it('never take every route at once: the app loads the reached route only', () => {
    // evaluate() and the catalogue load every route's content, for the runner and tests.
    // Examples files are shared by tests only.
    const whole = ['machines/evaluate', 'machines/content/route-catalogue']
    const offending = srcImports().filter(
      (i) => whole.includes(i.to) && !/\.(test|examples)\.tsx?$/.test(i.from),
    )
    expect(offending).toEqual([])
    // The scan sees such imports: the test examples use evaluate().
    expect(srcImports().some((i) => i.to === 'machines/evaluate')).toBe(true)
  })
})
