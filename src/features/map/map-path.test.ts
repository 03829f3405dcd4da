import { decisionGraph } from '@machines/decision-graph'
import { progress } from '@machines/progress'
import { describe, expect, it } from 'vitest'
import { mapPath } from './map-path'

const graph = decisionGraph()
const today = '2026-11-25'

describe('mapPath', () => {
  it('marks the questions asked, the route reached and the edges between them', () => {
    const answers = {
      jurisdiction: 'england',
      'authority-type': 'local-authority',
      approach: 'fund-organisation',
      'enforceable-deliverables': 'no',
      'economic-activity': 'no',
    } as const
    const path = mapPath(graph, progress(answers, { today }))
    expect(path.steps).toEqual([
      'jurisdiction',
      'authority-type',
      'approach',
      'enforceable-deliverables',
      'economic-activity',
      'grant',
    ])
    expect([...path.edges]).toEqual([
      'jurisdiction->authority-type',
      'authority-type->approach',
      'approach->enforceable-deliverables',
      'enforceable-deliverables->economic-activity',
      'economic-activity->grant',
    ])
    expect(path.next).toBeNull()
    expect(path.answers.approach).toBe('fund-organisation')
  })

  it('leaves out answers from a branch the path no longer takes, but keeps them to jump back', () => {
    const answers = { jurisdiction: 'wales', 'authority-type': 'nhs', 'asset-value': 'full-value' }
    const path = mapPath(graph, progress(answers, { today }))
    expect(path.nodes.has('asset-value')).toBe(false)
    expect(path.answers).not.toHaveProperty('asset-value')
    expect(path.given).toHaveProperty('asset-value', 'full-value')
    expect(path.next).toBe('approach')
  })

  it('passes through the contract branch without a node of its own', () => {
    const answers = {
      jurisdiction: 'scotland',
      'authority-type': 'other-public-body',
      'scotland-body': 'devolved',
      approach: 'buy-services',
      'provider-relationship': 'controlled-company',
    } as const
    const path = mapPath(graph, progress(answers, { today }))
    expect(path.edges.has('approach->provider-relationship')).toBe(true)
    expect(path.steps.at(-1)).toBe('public-public-exempt')
  })
})
