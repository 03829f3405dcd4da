import { LABEL_PADDING, LINE_HEIGHT } from './map-content'
import type { PlacedEdge } from './map-layout'
import { TextLines } from './text-lines'

/** The arrowheads' marker ids: the path's is larger and coloured like its line. */
export const ARROW = 'app-map-arrow'
export const PATH_ARROW = 'app-map-arrow-path'

/** One transition: a line with an arrowhead, and the options that take it written on it. */
export function MapEdge({ placed, onPath }: { placed: PlacedEdge; onPath: boolean }) {
  const { edge, points, label } = placed
  const d = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`).join(' ')
  return (
    <g
      className={`app-map__edge${onPath ? ' app-map__edge--path' : ''}`}
      data-edge-id={edge.id}
      data-on-path={onPath ? 'true' : undefined}
    >
      <path className="app-map__line" d={d} markerEnd={`url(#${onPath ? PATH_ARROW : ARROW})`} />
      {label && (
        <g className="app-map__edge-label">
          <rect x={label.x} y={label.y} width={label.width} height={label.height} />
          <TextLines
            lines={label.lines}
            x={label.x + LABEL_PADDING}
            y={label.y + LABEL_PADDING}
            lineHeight={LINE_HEIGHT}
          />
        </g>
      )}
    </g>
  )
}
