import { decisionGraph } from '@machines/decision-graph'
import { junctionIds } from '@machines/decision-table'
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

  // Steps that ask nothing (decision-model.md section 2: entering the contract branch, the
  // timing question's place, the threshold's outcome) have no node: the edge runs on past them.
  it('has no node for a step that asks nothing', () => {
    const ids = new Set<string>(graph.nodes.map((n) => n.id))
    expect(junctionIds.filter((id) => ids.has(id))).toEqual([])
  })

  it('goes from the branch question to the contracting authority question, then on past timing', () => {
    // A devolved Scottish body is asked whether it is a contracting authority, never when
    // its procurement began.
    const answers = {
      jurisdiction: 'scotland',
      'authority-type': 'other-public-body',
      'scotland-body': 'devolved',
      approach: 'buy-services',
      'contracting-authority': 'yes',
      'provider-relationship': 'controlled-company',
    } as const
    const path = mapPath(graph, progress(answers, { today }))
    expect(path.steps).toEqual([
      'jurisdiction',
      'authority-type',
      'scotland-body',
      'approach',
      'contracting-authority',
      'provider-relationship',
      'public-public-exempt',
    ])
    expect(path.edges.has('approach->contracting-authority')).toBe(true)
    expect(path.edges.has('contracting-authority->provider-relationship')).toBe(true)
    expect(path.edges.size).toBe(path.steps.length - 1)
  })

  it('goes straight to the timing question for a council', () => {
    const answers = {
      jurisdiction: 'wales',
      'authority-type': 'local-authority',
      approach: 'buy-services',
      'existing-procurement': 'yes',
      'provider-relationship': 'public-body-cooperation',
    } as const
    const path = mapPath(graph, progress(answers, { today }))
    expect(path.steps).toEqual([
      'jurisdiction',
      'authority-type',
      'approach',
      'existing-procurement',
      'provider-relationship',
      'public-public-exempt',
    ])
    expect(path.edges.has('approach->existing-procurement')).toBe(true)
    expect(path.edges.size).toBe(path.steps.length - 1)
  })

  it('goes from the value straight to the route for a chosen provider, at any value', () => {
    const chosen = {
      jurisdiction: 'england',
      'authority-type': 'local-authority',
      approach: 'buy-services',
      'existing-procurement': 'no',
      'health-care': 'no',
      'provider-relationship': 'other',
      'service-category': 'light-touch',
      'user-choice': 'chosen-provider',
      'use-framework': 'no',
    } as const
    // Far above the light touch threshold and far below it.
    const above = mapPath(graph, progress({ ...chosen, 'contract-value': 5_000_000 }, { today }))
    expect(above.steps.slice(-2)).toEqual(['contract-value', 'direct-award-user-choice'])
    expect(above.edges.has('contract-value->direct-award-user-choice')).toBe(true)
    expect(above.edges.size).toBe(above.steps.length - 1)
    const below = mapPath(graph, progress({ ...chosen, 'contract-value': 10_000 }, { today }))
    expect(below.steps.slice(-2)).toEqual(['contract-value', 'below-threshold'])
    expect(below.edges.has('contract-value->below-threshold')).toBe(true)
  })
})
