import type { DecisionGraph, GraphEdge, GraphNode } from '@machines/decision-graph'
import type { ELK, ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api'
import {
  edgeLines,
  LABEL_PADDING,
  LINE_HEIGHT,
  NODE_PADDING,
  NODE_WIDTH,
  nodeLines,
  styleOf,
  type TextLine,
} from './map-content'
import type { MapPath } from './map-path'
import type { Measure } from './map-text'

export type Point = { x: number; y: number }
export type Box = Point & { width: number; height: number }

export type PlacedNode = Box & { node: GraphNode; lines: TextLine[] }
export type PlacedLabel = Box & { lines: TextLine[] }
export type PlacedEdge = { edge: GraphEdge; points: Point[]; label: PlacedLabel | null }
export type MapLayout = { width: number; height: number; nodes: PlacedNode[]; edges: PlacedEdge[] }

/** Layered left to right in the order the questions are asked, edges at right angles. */
const layoutOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  // Faster than network simplex by several times, for boxes placed as neatly.
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.layered.spacing.nodeNodeBetweenLayers': '40',
  'elk.layered.spacing.edgeNodeBetweenLayers': '14',
  'elk.spacing.nodeNode': '24',
  'elk.spacing.edgeNode': '14',
  'elk.spacing.edgeEdge': '10',
  'elk.padding': '[top=16,left=16,bottom=16,right=16]',
}

/**
 * The model is a long chain: in one strip it is many times wider than high. Wrapped
 * into rows, like lines of text, it fits a screen or an A3 landscape sheet. ELK's rows
 * come out narrower than the ratio asked for (the returning edges add height), so it is
 * asked for wider ones. Each try is checked and the next tried; the last resort is the
 * single strip.
 */
const attempts: Record<string, string>[] = [
  ...['2', '2.4', '1.6', '2.8'].map((ratio) => ({
    'elk.layered.wrapping.strategy': 'MULTI_EDGE',
    'elk.aspectRatio': ratio,
  })),
  { 'elk.layered.wrapping.strategy': 'OFF' },
]

let shared: Promise<ELK> | undefined

/**
 * ELK is large, so it is fetched only when a map is drawn. The bundled build runs in
 * this thread: no worker file to serve, nothing the CSP would refuse.
 */
export function loadElk(): Promise<ELK> {
  shared ??= import('elkjs/lib/elk.bundled.js').then(({ default: ELK }) => new ELK())
  return shared
}

const boxHeight = (lines: TextLine[], padding: number) => lines.length * LINE_HEIGHT + 2 * padding

/**
 * Places every node and routes every edge. The boxes are sized to the lines they hold.
 *
 * Each edge's label is laid out as a node of its own, with the edge running into it on
 * one side and out of it on the other at the same height, so the label sits on its line.
 * ELK's own label dummies break its wrapping: an edge whose label falls before a row's
 * end and whose target lies on a later row comes back with its return to the next row
 * missing. Labels as nodes leave ELK only plain edges to wrap, which it draws whole.
 */
export async function layoutMap(
  graph: DecisionGraph,
  path: MapPath,
  measure: Measure,
  elk: ELK,
): Promise<MapLayout> {
  const nodeText = new Map(graph.nodes.map((n) => [n.id as string, nodeLines(n, path, measure)]))
  const labelText = new Map(graph.edges.map((e) => [e.id, edgeLines(e, path, measure)]))
  const labelWidth = (lines: TextLine[]) =>
    Math.max(0, ...lines.map((l) => measure(l.text, styleOf(l)))) + 2 * LABEL_PADDING
  const labelled = graph.edges.filter((e) => (labelText.get(e.id) ?? []).length > 0)
  const input: ElkNode = {
    id: 'decision-map',
    children: [
      ...graph.nodes.map((n) => ({
        id: n.id,
        width: NODE_WIDTH,
        height: boxHeight(nodeText.get(n.id) ?? [], NODE_PADDING),
      })),
      ...labelled.map((e) => labelNode(e.id, labelText.get(e.id) ?? [], labelWidth)),
    ],
    edges: graph.edges.flatMap((e): ElkExtendedEdge[] =>
      labelled.includes(e)
        ? [
            { id: into(e.id), sources: [e.source], targets: [`${labelId(e.id)}#in`] },
            { id: outOf(e.id), sources: [`${labelId(e.id)}#out`], targets: [e.target] },
          ]
        : [{ id: e.id, sources: [e.source], targets: [e.target] }],
    ),
  }
  const whole: MapLayout[] = []
  let last: MapLayout | undefined
  for (const options of attempts) {
    // ELK writes its results into the graph it is given: each try gets a fresh copy.
    const fresh = structuredClone(input)
    const placed = await elk.layout({ ...fresh, layoutOptions: { ...layoutOptions, ...options } })
    last = read(placed, graph, nodeText, labelText)
    if (brokenEdges(last).length > 0) continue
    if (fits(last)) return last
    whole.push(last)
  }
  // None fits well: the whole one closest to the shape wanted, else whatever came last.
  const misfit = (l: MapLayout) => Math.abs(Math.log(l.width / l.height / SHAPE))
  return whole.sort((a, b) => misfit(a) - misfit(b))[0] ?? (last as MapLayout)
}

/** Width over height wanted: a screen's map window, or an A3 sheet under its heading. */
const SHAPE = 1.6
const fits = (l: MapLayout) => l.width / l.height > 0.85 && l.width / l.height < 2.4

const labelId = (edgeId: string) => `${edgeId}#label`
const into = (edgeId: string) => `${edgeId}#to-label`
const outOf = (edgeId: string) => `${edgeId}#from-label`

/** A label as a box with a port on each side, half way down, where its line passes. */
function labelNode(
  edgeId: string,
  lines: TextLine[],
  widthOf: (lines: TextLine[]) => number,
): ElkNode {
  const width = widthOf(lines)
  const height = boxHeight(lines, LABEL_PADDING)
  const port = (side: 'in' | 'out') => ({
    id: `${labelId(edgeId)}#${side}`,
    x: side === 'in' ? 0 : width,
    y: height / 2,
    width: 0,
    height: 0,
    layoutOptions: { 'elk.port.side': side === 'in' ? 'WEST' : 'EAST' },
  })
  return {
    id: labelId(edgeId),
    width,
    height,
    ports: [port('in'), port('out')],
    layoutOptions: { 'elk.portConstraints': 'FIXED_POS' },
  }
}

function read(
  placed: ElkNode,
  graph: DecisionGraph,
  nodeText: Map<string, TextLine[]>,
  labelText: Map<string, TextLine[]>,
): MapLayout {
  const nodeById = new Map(graph.nodes.map((n) => [n.id as string, n]))
  const children = new Map((placed.children ?? []).map((c) => [c.id, c]))
  const routes = new Map((placed.edges ?? []).map((e) => [e.id, e]))
  const pointsOf = (id: string): Point[] =>
    (routes.get(id)?.sections ?? []).flatMap((s) => [
      s.startPoint,
      ...(s.bendPoints ?? []),
      s.endPoint,
    ])
  return {
    width: placed.width ?? 0,
    height: placed.height ?? 0,
    nodes: graph.nodes.flatMap((n) => {
      const c = children.get(n.id)
      return c
        ? [{ node: nodeById.get(n.id) as GraphNode, ...boxOf(c), lines: nodeText.get(n.id) ?? [] }]
        : []
    }),
    edges: graph.edges.map((edge) => {
      const label = children.get(labelId(edge.id))
      return label
        ? {
            edge,
            points: [...pointsOf(into(edge.id)), ...pointsOf(outOf(edge.id))],
            label: { ...boxOf(label), lines: labelText.get(edge.id) ?? [] },
          }
        : { edge, points: pointsOf(edge.id), label: null }
    }),
  }
}

const boxOf = (shape: { x?: number; y?: number; width?: number; height?: number }): Box => ({
  x: shape.x ?? 0,
  y: shape.y ?? 0,
  width: shape.width ?? 0,
  height: shape.height ?? 0,
})

/**
 * Edges not drawn whole: a route must run at right angles from the edge of its source
 * box, straight through the middle of its label, to the edge of its target box.
 */
export function brokenEdges(layout: MapLayout): string[] {
  const boxes = new Map(layout.nodes.map((n) => [n.node.id as string, n as Box]))
  const touches = (p: Point | undefined, box: Box | undefined) =>
    p !== undefined &&
    box !== undefined &&
    p.x >= box.x - 1 &&
    p.x <= box.x + box.width + 1 &&
    p.y >= box.y - 1 &&
    p.y <= box.y + box.height + 1
  const crosses = (points: Point[], label: Box) => {
    const middle = label.y + label.height / 2
    return points.some((p, i) => {
      const next = points[i + 1]
      return (
        next !== undefined &&
        Math.abs(p.y - middle) < 1 &&
        Math.abs(next.y - middle) < 1 &&
        Math.min(p.x, next.x) <= label.x + 1 &&
        Math.max(p.x, next.x) >= label.x + label.width - 1
      )
    })
  }
  return layout.edges
    .filter(({ edge, points, label }) => {
      const square = points.every(
        (p, i) =>
          i === 0 ||
          Math.abs(p.x - (points[i - 1]?.x ?? p.x)) < 0.5 ||
          Math.abs(p.y - (points[i - 1]?.y ?? p.y)) < 0.5,
      )
      return (
        !square ||
        !touches(points[0], boxes.get(edge.source)) ||
        !touches(points.at(-1), boxes.get(edge.target)) ||
        (label !== null && !crosses(points, label))
      )
    })
    .map(({ edge }) => edge.id)
}
