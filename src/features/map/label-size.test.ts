import { describe, expect, it } from 'vitest'
import { labelsLegible, legibleZoom, MIN_LABEL_PX, screenScale } from './label-size'
import { SMALLEST_TEXT } from './map-content'

// The drawn model is about 4,400 by 2,900 units; the page's map window about 960 by 630 px.
const drawing = { width: 4400, height: 2900 }
const screen = { width: 960, height: 630 }

describe('the map labels’ size on screen', () => {
  it('fits the drawing by its tighter side, then zooms', () => {
    expect(screenScale(drawing, screen, 1)).toBeCloseTo(630 / 2900)
    expect(screenScale(drawing, { width: 440, height: 2900 }, 1)).toBeCloseTo(0.1)
    expect(screenScale(drawing, screen, 3)).toBeCloseTo((3 * 630) / 2900)
    expect(screenScale({ width: 0, height: 0 }, screen, 1)).toBe(0)
  })

  it('hides labels that would be smaller than the minimum, and only those', () => {
    expect(labelsLegible(screenScale(drawing, screen, 1))).toBe(false)
    expect(labelsLegible(MIN_LABEL_PX / SMALLEST_TEXT)).toBe(true)
    expect(labelsLegible((MIN_LABEL_PX - 0.01) / SMALLEST_TEXT)).toBe(false)
    expect(labelsLegible(1)).toBe(true)
  })

  it('says the zoom at which the labels can be read', () => {
    const k = legibleZoom(drawing, screen)
    expect(labelsLegible(screenScale(drawing, screen, k))).toBe(true)
    expect(labelsLegible(screenScale(drawing, screen, k * 0.99))).toBe(false)
    expect(legibleZoom({ width: 0, height: 0 }, screen)).toBe(Number.POSITIVE_INFINITY)
  })
})
