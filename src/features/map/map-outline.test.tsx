// @vitest-environment jsdom
import { decisionGraph } from '@machines/decision-graph'
import { progress } from '@machines/progress'
import { questionIds } from '@machines/questions'
import { routeIds } from '@machines/routes'
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { MapOutline } from './map-outline'
import { mapPath, noPath } from './map-path'

const graph = decisionGraph()
const answers = {
  jurisdiction: 'england',
  'authority-type': 'central-government',
  approach: 'transfer-asset',
  'asset-service-obligations': 'no',
  'asset-value': 'undervalue',
} as const
const path = mapPath(graph, progress(answers, { today: '2026-11-25' }))

afterEach(cleanup)

describe('MapOutline', () => {
  it('lists every question and route, and every edge under its question', () => {
    const { container } = render(
      <MapOutline graph={graph} path={noPath} linkFor={() => undefined} onFollow={() => {}} />,
    )
    const ids = [...container.querySelectorAll('[data-outline-id]')].map((e) =>
      e.getAttribute('data-outline-id'),
    )
    expect(ids.sort()).toEqual([...questionIds, ...routeIds].sort())
    const edges = [...container.querySelectorAll('[data-outline-edge]')].map((e) =>
      e.getAttribute('data-outline-edge'),
    )
    expect(edges.sort()).toEqual(graph.edges.map((e) => e.id).sort())
    expect(container.querySelector('[data-on-path]')).toBeNull()
  })

  it('marks the path in words, with the answers, and links back into the session', () => {
    const onFollow = vi.fn()
    const { container } = render(
      <MapOutline
        graph={graph}
        path={path}
        linkFor={(id) => (path.nodes.has(id) ? `/to/${id}` : undefined)}
        onFollow={onFollow}
      />,
    )
    const marked = [...container.querySelectorAll('li[data-outline-id][data-on-path="true"]')]
    expect(marked.map((e) => e.getAttribute('data-outline-id'))).toEqual([
      'jurisdiction',
      'authority-type',
      'approach',
      'asset-service-obligations',
      'asset-value',
      'community-asset-transfer',
    ])
    const item = container.querySelector('[data-outline-id="asset-value"]') as HTMLElement
    expect(item.textContent).toContain('✓ On your path')
    expect(item.textContent).toContain('Your answer: No, below market value')
    // The way on from it is marked, and no other.
    const taken = [...item.querySelectorAll('[data-outline-edge][data-on-path="true"]')]
    expect(taken.map((e) => e.getAttribute('data-outline-edge'))).toEqual([
      'asset-value->community-asset-transfer',
    ])
    expect(taken[0]?.textContent).toMatch(/^✓ On your path: /)
    fireEvent.click(within(item).getByRole('link', { name: /Change this answer/ }), { button: 0 })
    expect(onFollow).toHaveBeenCalledWith('/to/asset-value')
    expect(screen.getByText(/Your route/)).toBeTruthy()
  })
})
