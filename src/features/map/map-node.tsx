import type { MouseEvent } from 'react'
import { LINE_HEIGHT, NODE_PADDING } from './map-content'
import type { Box, PlacedNode } from './map-layout'
import { TextLines } from './text-lines'

/**
 * A question or a route. On the path it is a link: to its question in the wizard with
 * the answers kept, or to the result for the route reached.
 */
export function MapNode({
  placed,
  onPath,
  next,
  href,
  onFollow,
  onFocus,
}: {
  placed: PlacedNode
  onPath: boolean
  next: boolean
  href: string | undefined
  onFollow: (href: string) => void
  onFocus: (box: Box) => void
}) {
  const { node, x, y, width, height, lines } = placed
  const box = (
    <>
      <rect className="app-map__box" x={x} y={y} width={width} height={height} />
      <TextLines lines={lines} x={x + NODE_PADDING} y={y + NODE_PADDING} lineHeight={LINE_HEIGHT} />
    </>
  )
  const follow = (event: MouseEvent<Element>) => {
    if (!href || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return
    event.preventDefault()
    onFollow(href)
  }
  const modifiers = [
    `app-map__node--${node.kind}`,
    onPath ? 'app-map__node--path' : '',
    next ? 'app-map__node--next' : '',
  ]
  return (
    <g
      className={['app-map__node', ...modifiers].filter(Boolean).join(' ')}
      data-node-id={node.id}
      data-kind={node.kind}
      data-on-path={onPath ? 'true' : undefined}
    >
      {href ? (
        <a
          className="app-map__node-link"
          href={href}
          onClick={follow}
          onFocus={() => onFocus(placed)}
        >
          {box}
        </a>
      ) : (
        box
      )}
    </g>
  )
}
