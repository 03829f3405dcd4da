import {
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
  type RefObject,
  useCallback,
  useEffect,
  useRef,
  useState,
} from 'react'
import { type Box, FIT, type Point, panBy, reveal, type View, ZOOM_STEP, zoomAt } from './pan-zoom'

/** How far a pointer moves before a press becomes a drag (and no longer a click). */
const DRAG_SLOP = 4
/** One arrow key press, in screen pixels. */
const KEY_STEP = 60

/**
 * Pan and zoom for the map by mouse (drag, wheel), touch (one finger drags, two pinch)
 * and keyboard (arrow keys, + and -, 0 to fit). Pointer positions are turned into
 * viewBox units with the SVG's own screen matrix, so the maths in pan-zoom.ts never
 * sees a pixel.
 */
export function usePanZoom(
  viewport: RefObject<HTMLElement | null>,
  svg: RefObject<SVGSVGElement | null>,
) {
  const [view, setView] = useState<View>(FIT)
  const pointers = useRef(new Map<number, Point>())
  const press = useRef<{ start: Point; dragging: boolean } | null>(null)
  const dragged = useRef(false)

  /** A point on screen in viewBox units, and the size of one screen pixel in them. */
  const toViewBox = useCallback(
    (client: Point) => {
      const matrix = svg.current?.getScreenCTM()
      if (!matrix) return { point: client, unit: 1 }
      const point = new DOMPoint(client.x, client.y).matrixTransform(matrix.inverse())
      return { point: { x: point.x, y: point.y }, unit: 1 / (matrix.a || 1) }
    },
    [svg],
  )

  /** The part of the viewBox that is on screen. */
  const onScreen = useCallback((): Box | null => {
    const rect = svg.current?.getBoundingClientRect()
    if (!rect) return null
    const a = toViewBox({ x: rect.left, y: rect.top }).point
    const b = toViewBox({ x: rect.right, y: rect.bottom }).point
    return { x: a.x, y: a.y, width: b.x - a.x, height: b.y - a.y }
  }, [svg, toViewBox])

  const zoomCentre = useCallback(
    (factor: number) => {
      const screen = onScreen()
      const centre = screen
        ? { x: screen.x + screen.width / 2, y: screen.y + screen.height / 2 }
        : { x: 0, y: 0 }
      setView((v) => zoomAt(v, factor, centre))
    },
    [onScreen],
  )
  const zoomIn = useCallback(() => zoomCentre(ZOOM_STEP), [zoomCentre])
  const zoomOut = useCallback(() => zoomCentre(1 / ZOOM_STEP), [zoomCentre])
  const fitToScreen = useCallback(() => setView(FIT), [])

  /** Brings a box (in drawing units) into sight, as keyboard focus moves across the map. */
  const show = useCallback(
    (box: Box) => {
      const screen = onScreen()
      if (screen) setView((v) => reveal(v, box, screen))
    },
    [onScreen],
  )

  // React listens to wheel events passively, and only an active listener may keep the
  // page from scrolling while the wheel zooms the map.
  useEffect(() => {
    const element = viewport.current
    if (!element) return
    const onWheel = (event: WheelEvent) => {
      event.preventDefault()
      const unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? 400 : 1
      const factor = Math.exp(-event.deltaY * unit * 0.0015)
      const { point } = toViewBox({ x: event.clientX, y: event.clientY })
      setView((v) => zoomAt(v, factor, point))
    }
    element.addEventListener('wheel', onWheel, { passive: false })
    return () => element.removeEventListener('wheel', onWheel)
  }, [viewport, toViewBox])

  const onPointerDown = (event: PointerEvent<HTMLElement>) => {
    if (event.pointerType === 'mouse' && event.button !== 0) return
    dragged.current = false
    const at = { x: event.clientX, y: event.clientY }
    pointers.current.set(event.pointerId, at)
    if (pointers.current.size === 1) press.current = { start: at, dragging: false }
  }

  const onPointerMove = (event: PointerEvent<HTMLElement>) => {
    const before = pointers.current.get(event.pointerId)
    if (!before || !press.current) return
    const now = { x: event.clientX, y: event.clientY }
    const others = [...pointers.current].filter(([id]) => id !== event.pointerId)
    if (!press.current.dragging) {
      const distance = Math.hypot(now.x - press.current.start.x, now.y - press.current.start.y)
      if (distance < DRAG_SLOP && others.length === 0) return
      // Captured only once it is a drag: a capture on press would take the click away
      // from the node link under the pointer.
      press.current.dragging = true
      event.currentTarget.setPointerCapture(event.pointerId)
    }
    pointers.current.set(event.pointerId, now)
    const other = others[0]?.[1]
    if (other) {
      // Two fingers: zoom by how far they spread, about the point between them.
      const spread = Math.hypot(now.x - other.x, now.y - other.y)
      const was = Math.hypot(before.x - other.x, before.y - other.y)
      const mid = toViewBox({ x: (now.x + other.x) / 2, y: (now.y + other.y) / 2 })
      const midBefore = toViewBox({ x: (before.x + other.x) / 2, y: (before.y + other.y) / 2 })
      setView((v) =>
        panBy(
          zoomAt(v, was > 0 ? spread / was : 1, mid.point),
          mid.point.x - midBefore.point.x,
          mid.point.y - midBefore.point.y,
        ),
      )
      return
    }
    const { unit } = toViewBox(now)
    setView((v) => panBy(v, (now.x - before.x) * unit, (now.y - before.y) * unit))
  }

  const onPointerUp = (event: PointerEvent<HTMLElement>) => {
    pointers.current.delete(event.pointerId)
    if (press.current?.dragging) dragged.current = true
    if (pointers.current.size === 0) press.current = null
  }

  /** A drag that ends over a node is not a click on it. */
  const onClickCapture = (event: MouseEvent<HTMLElement>) => {
    if (!dragged.current) return
    dragged.current = false
    event.preventDefault()
    event.stopPropagation()
  }

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return
    const step = KEY_STEP * toViewBox({ x: 0, y: 0 }).unit
    const move = keyMove(event.key, step)
    if (move === 'in') zoomIn()
    else if (move === 'out') zoomOut()
    else if (move === 'fit') fitToScreen()
    else if (move) setView((v) => panBy(v, move.x, move.y))
    else return
    event.preventDefault()
  }

  return {
    view,
    zoomIn,
    zoomOut,
    fitToScreen,
    show,
    handlers: {
      onPointerDown,
      onPointerMove,
      onPointerUp,
      onPointerCancel: onPointerUp,
      onClickCapture,
      onKeyDown,
    },
  }
}

/** What a key does to the map: arrows look that way (so the drawing moves the other). */
function keyMove(key: string, step: number): Point | 'in' | 'out' | 'fit' | undefined {
  switch (key) {
    case 'ArrowLeft':
      return { x: step, y: 0 }
    case 'ArrowRight':
      return { x: -step, y: 0 }
    case 'ArrowUp':
      return { x: 0, y: step }
    case 'ArrowDown':
      return { x: 0, y: -step }
    case '+':
    case '=':
      return 'in'
    case '-':
      return 'out'
    case '0':
      return 'fit'
    default:
      return undefined
  }
}
