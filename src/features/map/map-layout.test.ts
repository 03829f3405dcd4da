import { decisionGraph } from '@machines/decision-graph'
import { progress } from '@machines/progress'
import ELK from 'elkjs/lib/elk.bundled.js'
import { describe, expect, it } from 'vitest'
import { type Box, brokenEdges, layoutMap, type MapLayout } from './map-layout'
import { mapPath, noPath } from './map-path'
import { estimate, type Measure } from './map-text'

const graph = decisionGraph()
const elk = new ELK()

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

describe('layoutMap', () => {
  // Text is measured in the browser's font; a range of widths stands in for fonts here.
  const widths = [0.44, 0.5, 0.56].map(
    (f): Measure =>
      (text, { size, bold }) =>
        text.length * size * (bold ? f + 0.06 : f),
  )
  const path = mapPath(
    graph,
    progress(
      { jurisdiction: 'wales', 'authority-type': 'nhs', approach: 'social-impact-bond' },
      { today: '2026-11-25' },
    ),
  )

  it('places every node and label without overlap, draws every edge whole and wraps the chain', async () => {
    for (const measure of [estimate, ...widths]) {
      const layout = await layoutMap(graph, path, measure, elk)
      expect(layout.nodes.map((n) => n.node.id).sort()).toEqual(graph.nodes.map((n) => n.id).sort())
      expect(layout.edges).toHaveLength(graph.edges.length)
      expect(brokenEdges(layout)).toEqual([])
      // Wrapped whatever the font: the single strip would be over five times wider than high.
      expect(layout.width / layout.height).toBeLessThan(2.4)
      // Labels are boxes too: nothing is drawn over another.
      const boxes = [
        ...layout.nodes.map((n) => ({ id: n.node.id as string, box: n as Box })),
        ...layout.edges.flatMap((e) => (e.label ? [{ id: e.edge.id, box: e.label as Box }] : [])),
      ]
      expect(boxes.length).toBe(graph.nodes.length + graph.edges.length)
      const overlapping = boxes.flatMap((a, i) =>
        boxes.slice(i + 1).flatMap((b) => (overlaps(a.box, b.box) ? [`${a.id} / ${b.id}`] : [])),
      )
      expect(overlapping).toEqual([])
      for (const { box } of boxes) {
        expect(box.x + box.width).toBeLessThanOrEqual(layout.width)
        expect(box.y + box.height).toBeLessThanOrEqual(layout.height)
      }
    }
  })

  it('wraps the long chain of questions into a shape that fits a screen or a sheet', async () => {
    const layout = await layoutMap(graph, noPath, estimate, elk)
    const { width, height } = layout
    // One strip would be over five times wider than high.
    expect(width / height).toBeGreaterThan(0.85)
    expect(width / height).toBeLessThan(2.4)
    // The same map every time it is drawn.
    expect(await layoutMap(graph, noPath, estimate, new ELK())).toEqual(layout)
  })

  it('gives boxes on the path room for the marker and the answer', async () => {
    const layout = await layoutMap(graph, path, estimate, elk)
    const approach = layout.nodes.find((n) => n.node.id === 'approach')
    expect(approach?.lines.map((l) => l.text)).toEqual([
      '✓ On your path',
      ...(approach?.lines.slice(1, -1).map((l) => l.text) ?? []),
      expect.stringMatching(/Bond$/),
    ])
    expect(approach?.lines.some((l) => l.text.startsWith('Your answer:'))).toBe(true)
  })

  it('finds edges that do not reach their nodes or miss their labels', () => {
    const node = (id: string, x: number) => ({
      node: { id, kind: 'question', label: id },
      x,
      y: 0,
      width: 10,
      height: 10,
      lines: [],
    })
    const layout = {
      width: 100,
      height: 20,
      nodes: [node('jurisdiction', 0), node('authority-type', 50)],
      edges: [
        {
          edge: { id: 'a', source: 'jurisdiction', target: 'authority-type' },
          points: [
            { x: 10, y: 5 },
            { x: 50, y: 5 },
          ],
          label: null,
        },
        {
          edge: { id: 'b', source: 'jurisdiction', target: 'authority-type' },
          points: [
            { x: 10, y: 5 },
            { x: 30, y: 5 },
          ],
          label: null,
        },
        {
          edge: { id: 'c', source: 'jurisdiction', target: 'authority-type' },
          points: [
            { x: 10, y: 5 },
            { x: 50, y: 8 },
          ],
          label: null,
        },
        // Through the middle of its label.
        {
          edge: { id: 'd', source: 'jurisdiction', target: 'authority-type' },
          points: [
            { x: 10, y: 5 },
            { x: 20, y: 5 },
            { x: 40, y: 5 },
            { x: 50, y: 5 },
          ],
          label: { x: 20, y: 1, width: 20, height: 8, lines: [] },
        },
        // Past its label, which sits off the line.
        {
          edge: { id: 'e', source: 'jurisdiction', target: 'authority-type' },
          points: [
            { x: 10, y: 5 },
            { x: 50, y: 5 },
          ],
          label: { x: 20, y: 7, width: 20, height: 8, lines: [] },
        },
        // Into its label and out of it at another height, though at right angles.
        {
          edge: { id: 'f', source: 'jurisdiction', target: 'authority-type' },
          points: [
            { x: 10, y: 5 },
            { x: 20, y: 5 },
            { x: 20, y: 3 },
            { x: 50, y: 3 },
          ],
          label: { x: 20, y: 1, width: 20, height: 8, lines: [] },
        },
      ],
    } as unknown as MapLayout
    expect(brokenEdges(layout)).toEqual(['b', 'c', 'e', 'f'])
  })
})
