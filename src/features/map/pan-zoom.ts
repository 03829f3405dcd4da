/**
 * Where the map is looked at from: a shift and a scale over the whole drawing, in the
 * drawing's own units. The identity shows the whole map (the SVG's viewBox fits it to
 * the screen), so "Fit to screen" is simply going back to it.
 */
export type View = { x: number; y: number; k: number }
export type Point = { x: number; y: number }
export type Box = Point & { width: number; height: number }

export const FIT: View = { x: 0, y: 0, k: 1 }
export const MIN_SCALE = 0.5
export const MAX_SCALE = 12
/** One press of "Zoom in" or "Zoom out". */
export const ZOOM_STEP = 1.5

const clamp = (k: number) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, k))

/** Zooms by `factor`, keeping the drawing point under `at` where it is on screen. */
export function zoomAt(view: View, factor: number, at: Point): View {
  const k = clamp(view.k * factor)
  const ratio = k / view.k
  return { k, x: at.x - (at.x - view.x) * ratio, y: at.y - (at.y - view.y) * ratio }
}

export function panBy(view: View, dx: number, dy: number): View {
  return { ...view, x: view.x + dx, y: view.y + dy }
}

/** A point on screen (in viewBox units) back to the drawing's own coordinates. */
export function toDrawing(view: View, at: Point): Point {
  return { x: (at.x - view.x) / view.k, y: (at.y - view.y) / view.k }
}

/**
 * The view that brings a box fully into sight (`screen`: the part of the viewBox on
 * screen), moving as little as it can: a box already in sight stays put, one out of
 * sight is brought to the middle.
 */
export function reveal(view: View, box: Box, screen: Box): View {
  const left = box.x * view.k + view.x
  const top = box.y * view.k + view.y
  const inside =
    left >= screen.x &&
    top >= screen.y &&
    left + box.width * view.k <= screen.x + screen.width &&
    top + box.height * view.k <= screen.y + screen.height
  if (inside) return view
  return {
    k: view.k,
    x: screen.x + screen.width / 2 - (box.x + box.width / 2) * view.k,
    y: screen.y + screen.height / 2 - (box.y + box.height / 2) * view.k,
  }
}

export const transformOf = (view: View) => `translate(${view.x} ${view.y}) scale(${view.k})`
