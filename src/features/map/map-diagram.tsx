import type { Ref } from 'react'
import { ARROW, MapEdge, PATH_ARROW } from './map-edge'
import type { Box, MapLayout } from './map-layout'
import { MapNode } from './map-node'
import type { MapPath } from './map-path'
import { transformOf, type View } from './pan-zoom'

/**
 * The decision model drawn as laid out: edges first so boxes sit on top of them, the
 * path's edges last of all so no other line crosses over them.
 */
export function MapDiagram({
  layout,
  path,
  view,
  svgRef,
  linkFor,
  onFollow,
  onFocusNode,
}: {
  layout: MapLayout
  path: MapPath
  view: View
  svgRef: Ref<SVGSVGElement>
  /** Where a node leads when chosen: only nodes on the path lead anywhere. */
  linkFor: (id: string) => string | undefined
  onFollow: (href: string) => void
  onFocusNode: (box: Box) => void
}) {
  const edges = [...layout.edges].sort(
    (a, b) => Number(path.edges.has(a.edge.id)) - Number(path.edges.has(b.edge.id)),
  )
  return (
    <svg
      ref={svgRef}
      className="app-map__svg"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      preserveAspectRatio="xMidYMid meet"
      aria-label="Decision map diagram"
    >
      <defs>
        <marker id={ARROW} className="app-map__arrow" {...arrowSize(10)}>
          <path d="M0,0 L10,5 L0,10 z" />
        </marker>
        <marker id={PATH_ARROW} className="app-map__arrow app-map__arrow--path" {...arrowSize(14)}>
          <path d="M0,0 L10,5 L0,10 z" />
        </marker>
      </defs>
      <g className="app-map__pan" transform={transformOf(view)}>
        {edges.map((placed) => (
          <MapEdge key={placed.edge.id} placed={placed} onPath={path.edges.has(placed.edge.id)} />
        ))}
        {layout.nodes.map((placed) => (
          <MapNode
            key={placed.node.id}
            placed={placed}
            onPath={path.nodes.has(placed.node.id)}
            next={path.next === placed.node.id}
            href={linkFor(placed.node.id)}
            onFollow={onFollow}
            onFocus={onFocusNode}
          />
        ))}
      </g>
    </svg>
  )
}

/** Arrowheads drawn in the drawing's units, so a thick path line does not swell its head. */
function arrowSize(size: number) {
  return {
    viewBox: '0 0 10 10',
    refX: 10,
    refY: 5,
    markerWidth: size,
    markerHeight: size,
    markerUnits: 'userSpaceOnUse',
    orient: 'auto',
  } as const
}
