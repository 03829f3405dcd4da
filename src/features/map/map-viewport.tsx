import type { DecisionGraph } from '@machines/decision-graph'
import { useEffect, useRef, useState } from 'react'
import { labelsLegible, screenScale } from './label-size'
import { MapDiagram } from './map-diagram'
import type { MapPath } from './map-path'
import { useFullScreen } from './use-full-screen'
import { useMapLayout } from './use-map-layout'
import { usePanZoom } from './use-pan-zoom'

/**
 * The diagram in a window that pans and zooms, with buttons for those who do not drag
 * or pinch. The window takes focus so the arrow keys can move the map. For a room, the
 * map (its buttons included) fills the screen, and can grey out the branches not taken.
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
  const container = useRef<HTMLDivElement>(null)
  const viewport = useRef<HTMLElement>(null)
  const svg = useRef<SVGSVGElement>(null)
  const { status, layout } = useMapLayout(graph, path, viewport)
  const { view, zoomIn, zoomOut, fitToScreen, show, handlers } = usePanZoom(viewport, svg)
  const full = useFullScreen(container)
  const [focus, setFocus] = useState(false)
  const screen = useSize(viewport)
  const legible =
    layout !== null && screen !== null && labelsLegible(screenScale(layout, screen, view.k))
  const hasPath = path.steps.length > 0
  return (
    <div
      ref={container}
      className={`app-map${full.mode === 'window' ? ' app-map--window' : ''}`}
      data-full-screen={full.mode}
      data-focus={hasPath && focus ? 'path' : undefined}
      data-labels={legible ? 'shown' : 'hidden'}
    >
      <div className="govuk-button-group app-map__screen-only app-map__controls">
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
        {hasPath && (
          <button
            type="button"
            className="govuk-button govuk-button--secondary app-map__toggle"
            aria-pressed={focus}
            onClick={() => setFocus((f) => !f)}
          >
            Focus on my path
          </button>
        )}
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={full.mode === 'off' ? full.enter : full.exit}
        >
          {full.mode === 'off' ? 'Full screen' : 'Exit full screen'}
        </button>
      </div>
      <p className="govuk-body-s app-map__screen-only app-map__keys" id="app-map-keys">
        Drag the map to move it and use the mouse wheel or pinch to zoom. From the keyboard, the
        arrow keys move the map, + and - zoom and 0 fits it to the screen.
        {full.mode !== 'off' && ' Escape leaves full screen.'}
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
        <p className="govuk-body-s app-map__zoom-note" aria-live="polite">
          {layout && !legible ? 'Zoom in to read the labels, or read the map as a list.' : ''}
        </p>
      </section>
    </div>
  )
}

/** An element's size on screen, kept up to date as the window or full screen changes it. */
function useSize(element: React.RefObject<HTMLElement | null>) {
  const [size, setSize] = useState<{ width: number; height: number } | null>(null)
  useEffect(() => {
    const target = element.current
    if (!target || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setSize({ width: entry.contentRect.width, height: entry.contentRect.height })
    })
    observer.observe(target)
    return () => observer.disconnect()
  }, [element])
  return size
}
