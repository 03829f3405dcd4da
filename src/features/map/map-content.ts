import { answerLabel } from '@machines/content/wording'
import type { GraphEdge, GraphNode } from '@machines/decision-graph'
import { isQuestionId } from '@machines/questions'
import type { MapPath } from './map-path'
import { type Measure, type TextStyle, wrap } from './map-text'

/**
 * What the map writes in each box and on each edge, line by line. The layout sizes the
 * boxes from these lines and the drawing writes the same lines, so they always fit.
 */

/** Each kind is styled apart; the marker says "your path" in words, not colour alone. */
export type LineKind = 'marker' | 'kicker' | 'title' | 'answer' | 'label'

export type TextLine = { text: string; kind: LineKind; bold: boolean }

const size: Record<LineKind, number> = { marker: 13, kicker: 13, title: 14, answer: 14, label: 13 }

/** The smallest text the map writes, in the drawing's units. */
export const SMALLEST_TEXT = Math.min(...Object.values(size))

export const LINE_HEIGHT = 18
export const NODE_WIDTH = 200
export const NODE_PADDING = 10
export const LABEL_WIDTH = 150
export const LABEL_PADDING = 3

export const ON_PATH = '✓ On your path'
export const YOUR_ROUTE = '✓ Your route'
export const NEXT = '→ Your next question'

export const styleOf = (line: Pick<TextLine, 'kind' | 'bold'>): TextStyle => ({
  size: size[line.kind],
  bold: line.bold,
})

function lines(text: string, kind: LineKind, bold: boolean, width: number, measure: Measure) {
  return wrap(text, width, styleOf({ kind, bold }), measure).map((t) => ({ text: t, kind, bold }))
}

export function nodeLines(node: GraphNode, path: MapPath, measure: Measure): TextLine[] {
  const width = NODE_WIDTH - 2 * NODE_PADDING
  const marker = path.nodes.has(node.id)
    ? node.kind === 'route'
      ? YOUR_ROUTE
      : ON_PATH
    : path.next === node.id
      ? NEXT
      : undefined
  const answer = givenAnswer(node, path)
  return [
    ...(marker ? lines(marker, 'marker', true, width, measure) : []),
    ...(node.kind === 'route' ? lines('Route', 'kicker', true, width, measure) : []),
    ...lines(node.label, 'title', node.kind === 'route', width, measure),
    ...(answer === undefined
      ? []
      : lines(`Your answer: ${answer}`, 'answer', true, width, measure)),
  ]
}

/** The answer given on the path, in words, for a question node on it. */
export function givenAnswer(node: GraphNode, path: MapPath): string | undefined {
  if (!isQuestionId(node.id) || !path.nodes.has(node.id)) return undefined
  const value = path.answers[node.id]
  return value === undefined ? undefined : answerLabel(node.id, value)
}

/** An edge's label; on the path it is bold and starts with a tick. */
export function edgeLines(edge: GraphEdge, path: MapPath, measure: Measure): TextLine[] {
  const onPath = path.edges.has(edge.id)
  return lines(onPath ? `✓ ${edge.label}` : edge.label, 'label', onPath, LABEL_WIDTH, measure)
}
