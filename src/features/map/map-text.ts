/**
 * Text in the SVG does not wrap by itself, and the layout needs every box's size
 * before anything is drawn, so the map measures and breaks its own lines.
 */

export type TextStyle = { size: number; bold?: boolean }

/** Width of `text` in pixels. */
export type Measure = (text: string, style: TextStyle) => number

/** A generous guess for where no canvas can measure (tests, very old browsers). */
export const estimate: Measure = (text, { size, bold }) => text.length * size * (bold ? 0.62 : 0.56)

/** Measures with a canvas in the page's own font, so boxes fit the text as drawn. */
export function canvasMeasure(fontFamily: string): Measure {
  const context =
    typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d')
  if (!context) return estimate
  const cache = new Map<string, number>()
  return (text, { size, bold }) => {
    const font = `${bold ? 'bold ' : ''}${size}px ${fontFamily}`
    const key = `${font}|${text}`
    let width = cache.get(key)
    if (width === undefined) {
      context.font = font
      width = context.measureText(text).width
      cache.set(key, width)
    }
    return width
  }
}

/** Breaks text into lines no wider than `width`; a single over-long word gets a line of its own. */
export function wrap(text: string, width: number, style: TextStyle, measure: Measure): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word
    if (line && measure(candidate, style) > width) {
      lines.push(line)
      line = word
    } else {
      line = candidate
    }
  }
  if (line) lines.push(line)
  return lines
}
