import type { TextLine } from './map-content'

/** Lines of text from a top-left corner; SVG places text by its baseline. */
export function TextLines({
  lines,
  x,
  y,
  lineHeight,
}: {
  lines: TextLine[]
  x: number
  y: number
  lineHeight: number
}) {
  return (
    <text className="app-map__text">
      {lines.map((line, i) => (
        <tspan
          // Lines are positional: the same words may well appear twice.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          key={i}
          x={x}
          y={y + (i + 1) * lineHeight - 5}
          className={`app-map__${line.kind}${line.bold ? ' app-map__bold' : ''}`}
        >
          {line.text}
          {/* A space ends each line but the last, so read as text the lines make sentences. */}
          {i < lines.length - 1 ? ' ' : ''}
        </tspan>
      ))}
    </text>
  )
}
