import type { DecisionGraph } from '@machines/decision-graph'
import { useRef } from 'react'
import { MapDiagram } from './map-diagram'
import type { MapPath } from './map-path'
import { useMapLayout } from './use-map-layout'
import { usePanZoom } from './use-pan-zoom'

/**
 * The diagram in a window that pans and zooms, with buttons for those who do not drag
 * or pinch. The window takes focus so the arrow keys can move the map.
 */
export function MapViewport({
  graph,
  path,
  linkFor,
  onFollow,
}: {
  graph: DecisionGraph
  path: MapPath
  linkFor: (id: string) => string | undefined
  onFollow: (href: string) => void
}) {
  const viewport = useRef<HTMLElement>(null)
  const svg = useRef<SVGSVGElement>(null)
  const { status, layout } = useMapLayout(graph, path, viewport)
  const { view, zoomIn, zoomOut, fitToScreen, show, handlers } = usePanZoom(viewport, svg)
  return (
    <div className="app-map">
      <div className="govuk-button-group app-map__screen-only">
        <button type="button" className="govuk-button govuk-button--secondary" onClick={zoomIn}>
          Zoom in
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={zoomOut}>
          Zoom out
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={fitToScreen}
        >
          Fit to screen
        </button>
      </div>
      <p className="govuk-body-s app-map__screen-only" id="app-map-keys">
        Drag the map to move it and use the mouse wheel or pinch to zoom. From the keyboard, the
        arrow keys move the map, + and - zoom and 0 fits it to the screen.
      </p>
      <section
        ref={viewport}
        // govuk-body: the SVG text inherits the service's font from it.
        className="govuk-body app-map__viewport"
        // The window is a stop in the tab order so the arrow keys reach it.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: it handles keys, see above
        tabIndex={0}
        aria-label="Decision map diagram"
        aria-describedby="app-map-keys"
        aria-busy={status === 'drawing'}
        data-layout={status}
        {...handlers}
      >
        {layout ? (
          <MapDiagram
            layout={layout}
            path={path}
            view={view}
            svgRef={svg}
            linkFor={linkFor}
            onFollow={onFollow}
            onFocusNode={show}
          />
        ) : (
          <p className="govuk-body app-map__status" role="status">
            {status === 'failed'
              ? 'The diagram could not be drawn. The same map is below as a list.'
              : 'Drawing the map…'}
          </p>
        )}
      </section>
    </div>
  )
}
