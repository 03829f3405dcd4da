import { SMALLEST_TEXT } from './map-content'

/**
 * Below this many screen pixels the map's smallest text cannot be read, on a laptop or
 * on a projector at the back of a room: the labels are hidden instead of shrinking
 * further, and the list below the diagram says the same in full.
 */
export const MIN_LABEL_PX = 10

type Size = { width: number; height: number }

/**
 * How many screen pixels one unit of the drawing takes: the SVG fits the whole drawing
 * into its box (`preserveAspectRatio="xMidYMid meet"`), then the view zooms by `k`.
 */
export function screenScale(drawing: Size, screen: Size, k: number): number {
  if (drawing.width <= 0 || drawing.height <= 0) return 0
  return Math.min(screen.width / drawing.width, screen.height / drawing.height) * k
}

/** Whether the smallest text on the map is at least `MIN_LABEL_PX` on screen. */
export const labelsLegible = (scale: number) => SMALLEST_TEXT * scale >= MIN_LABEL_PX

/** The zoom at which the labels become legible, for a drawing fitted into a screen. */
export function legibleZoom(drawing: Size, screen: Size): number {
  const fitted = screenScale(drawing, screen, 1)
  return fitted > 0 ? MIN_LABEL_PX / (SMALLEST_TEXT * fitted) : Number.POSITIVE_INFINITY
}
