import type { DecisionGraph } from '@machines/decision-graph'
import { type RefObject, useEffect, useState } from 'react'
import { layoutMap, loadElk, type MapLayout } from './map-layout'
import type { MapPath } from './map-path'
import { canvasMeasure } from './map-text'

/** The name of the layout's performance measure (DevTools and the end-to-end test read it). */
export const LAYOUT_MEASURE = 'decision-map-layout'

type State =
  | { status: 'drawing'; layout: MapLayout | null }
  | { status: 'drawn'; layout: MapLayout }
  | { status: 'failed'; layout: null }

/**
 * Lays the map out whenever the path changes (boxes on the path hold more lines). The
 * text is measured in the font of `host`, the element the SVG will inherit it from.
 * Until the new layout is ready the previous one stays on screen.
 */
export function useMapLayout(
  graph: DecisionGraph,
  path: MapPath,
  host: RefObject<HTMLElement | null>,
): State {
  const [state, setState] = useState<State>({ status: 'drawing', layout: null })
  useEffect(() => {
    let current = true
    setState((s) => (s.layout ? { status: 'drawing', layout: s.layout } : s))
    const fontFamily = host.current ? getComputedStyle(host.current).fontFamily : 'sans-serif'
    const measure = canvasMeasure(fontFamily)
    loadElk()
      .then(async (elk) => {
        const start = performance.now()
        const layout = await layoutMap(graph, path, measure, elk)
        performance.measure(LAYOUT_MEASURE, { start, end: performance.now() })
        if (current) setState({ status: 'drawn', layout })
      })
      .catch((error: unknown) => {
        // The list below the diagram still shows the whole map; the console says why.
        console.error(error)
        if (current) setState({ status: 'failed', layout: null })
      })
    return () => {
      current = false
    }
  }, [graph, path, host])
  return state
}
