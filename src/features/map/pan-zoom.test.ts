import { describe, expect, it } from 'vitest'
import {
  FIT,
  MAX_SCALE,
  MIN_SCALE,
  panBy,
  reveal,
  toDrawing,
  transformOf,
  zoomAt,
} from './pan-zoom'

describe('pan and zoom', () => {
  it('keeps the point under the pointer in place when zooming', () => {
    const at = { x: 300, y: 120 }
    const before = toDrawing(FIT, at)
    const zoomed = zoomAt(FIT, 2, at)
    expect(zoomed.k).toBe(2)
    expect(toDrawing(zoomed, at)).toEqual(before)
    expect(toDrawing(zoomAt(zoomed, 0.5, at), at)).toEqual(before)
  })

  it('stops at the smallest and largest scale', () => {
    expect(zoomAt(FIT, 1000, { x: 0, y: 0 }).k).toBe(MAX_SCALE)
    expect(zoomAt(FIT, 0.001, { x: 0, y: 0 }).k).toBe(MIN_SCALE)
  })

  it('pans by the distance dragged', () => {
    expect(panBy({ x: 10, y: 20, k: 3 }, -5, 7)).toEqual({ x: 5, y: 27, k: 3 })
  })

  it('leaves a box in sight alone and brings one out of sight to the middle', () => {
    const screen = { x: 0, y: 0, width: 1000, height: 500 }
    const view = { x: 0, y: 0, k: 2 }
    expect(reveal(view, { x: 10, y: 10, width: 100, height: 50 }, screen)).toBe(view)
    const moved = reveal(view, { x: 900, y: 10, width: 100, height: 50 }, screen)
    expect(moved.k).toBe(2)
    expect(moved.x + (900 + 50) * 2).toBe(500)
    expect(moved.y + (10 + 25) * 2).toBe(250)
    // The part on screen need not start at the viewBox's corner.
    const wide = reveal(view, { x: -40, y: 10, width: 20, height: 20 }, { ...screen, x: -100 })
    expect(wide).toBe(view)
  })

  it('writes the view as an SVG transform', () => {
    expect(transformOf({ x: 1, y: -2, k: 1.5 })).toBe('translate(1 -2) scale(1.5)')
  })
})
