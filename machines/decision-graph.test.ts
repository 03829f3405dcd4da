import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { conditionWords, decisionGraph, edgeOptions } from './decision-graph'
import { decisionMachine } from './decision-machine'
import { type DecisionTable, decisionTable } from './decision-table'
import { choiceOptions, isChoiceQuestion, type QuestionId, questionIds } from './questions'
import { replay } from './replay'
import { routeIds } from './routes'
import { enumeratedPaths } from './testing/enumerated-paths'

const graph = decisionGraph()
const nodeIds = graph.nodes.map((n) => n.id)
const edgeById = new Map(graph.edges.map((e) => [e.id, e]))

describe('the decision graph, read from the decision table', () => {
  it('has a node for every question and every route, and nothing else', () => {
    expect([...nodeIds].sort()).toEqual([...questionIds, ...routeIds].sort())
    expect(new Set(nodeIds).size).toBe(nodeIds.length)
  })

  it('joins only nodes it has, and starts at the first question', () => {
    expect(graph.initial).toBe(decisionMachine.root.config.initial)
    for (const edge of graph.edges) {
      expect(nodeIds, edge.id).toContain(edge.source)
      expect(nodeIds, edge.id).toContain(edge.target)
      expect(edge.label, edge.id).not.toBe('')
    }
  })

  it('leads into every route and every question but the first, and out of every question', () => {
    const targets = new Set(graph.edges.map((e) => e.target))
    const sources = new Set(graph.edges.map((e) => e.source))
    for (const id of routeIds) expect(targets, id).toContain(id)
    for (const id of questionIds) {
      if (id !== graph.initial) expect(targets, id).toContain(id)
      expect(sources, id).toContain(id)
    }
  })

  it('passes through states that ask nothing, keeping their condition', () => {
    expect(nodeIds).not.toContain('contract-branch')
    expect(edgeById.get('approach->provider-relationship')?.label).toBe(
      'Buy services for people or for my organisation, central government, local authority or NHS, devolved Scottish body',
    )
    expect(edgeById.get('approach->existing-procurement')?.label).toBe(
      'Buy services for people or for my organisation, central government, local authority or NHS, not a devolved Scottish body',
    )
    expect(edgeById.get('approach->contracting-authority')?.label).toBe(
      'Buy services for people or for my organisation, other public body',
    )
  })

  it('labels edges with the options that take them and the conditions in words', () => {
    expect(edgeById.get('approach->enforceable-deliverables')?.cases).toEqual([
      { options: ['fund-organisation', 'not-sure'], conditions: [] },
    ])
    expect(edgeById.get('enforceable-deliverables->direct-benefit')?.label).toBe(
      'Yes or I am not sure',
    )
    expect(edgeById.get('jurisdiction->authority-type')?.label).toBe('Any answer')
    expect(edgeById.get('contract-value->below-threshold')?.label).toBe('Below threshold')
    expect(edgeById.get('contract-value->concession')?.label).toBe(
      'At or above threshold, not one person’s chosen provider',
    )
    expect(edgeById.get('contract-value->direct-award-user-choice')?.label).toBe(
      'The person chose the provider, at or above threshold, under the Procurement Act 2023',
    )
    // At the concession question the threshold is the concession threshold.
    expect(edgeById.get('concession->concession-contract')?.label).toBe(
      'Yes, at or above the concession threshold',
    )
    expect(edgeById.get('concession->below-threshold')?.label).toBe(
      'Yes, below the concession threshold',
    )
    expect(edgeById.get('psr-existing-only->psr-patient-choice')?.label).toBe(
      'No or I am not sure, in England',
    )
    // "Yes, in England" and "Yes, outside England" both reach the same route.
    expect(edgeById.get('psr-existing-only->provider-selection-regime')?.label).toBe('Yes')
  })

  it('has words for every guard beyond the answer itself', () => {
    const answerGuards = ['answered', 'answerIs', 'answersCurrentQuestion']
    const named = Object.keys(decisionMachine.implementations.guards)
    for (const guard of named.filter((g) => !answerGuards.includes(g))) {
      expect(conditionWords, guard).toHaveProperty(guard)
    }
    for (const edge of graph.edges) expect(edge.label, edge.id).not.toMatch(/[a-z][A-Z]/)
  })

  it('has an edge, taken by the answer given, for every step of any path', () => {
    // Every question gets an answer; the machine keeps those on its path.
    const answers = fc.record(
      Object.fromEntries(
        questionIds.map((id) => [
          id,
          isChoiceQuestion(id)
            ? fc.constantFrom(...choiceOptions[id])
            : fc.integer({ min: 0, max: 10_000_000 }),
        ]),
      ) as Record<QuestionId, fc.Arbitrary<string | number>>,
    )
    const taken = new Set<string>()
    fc.assert(
      fc.property(answers, (given) => {
        const run = replay(given, { today: '2026-11-25' })
        const steps = [...run.asked, run.route]
        for (let i = 0; i + 1 < steps.length; i++) {
          const source = steps[i] as QuestionId
          const edge = edgeById.get(`${source}->${steps[i + 1]}`)
          expect(edge, `${source}->${steps[i + 1]}`).toBeDefined()
          taken.add(`${source}->${steps[i + 1]}`)
          const options = edge ? edgeOptions(edge) : null
          if (options) expect(options).toContain(given[source])
        }
      }),
      { numRuns: 3000, seed: 2026 },
    )
    // And no edge is left that no path takes: random answers rarely reach the deepest edges
    // (a chosen provider above the light touch threshold, say), so the covering paths add theirs.
    for (const run of enumeratedPaths({ today: '2026-11-25' })) {
      const steps = [...run.asked, run.route]
      for (let i = 0; i + 1 < steps.length; i++) taken.add(`${steps[i]}->${steps[i + 1]}`)
    }
    expect([...taken].sort()).toEqual(graph.edges.map((e) => e.id).sort())
  })

  it('refuses a rule no answer can take rather than drawing a wrong map', () => {
    const table: DecisionTable = {
      ...decisionTable,
      steps: {
        ...decisionTable.steps,
        jurisdiction: [{ next: 'authority-type' }, { answers: ['wales'], route: 'grant' }],
      },
    }
    expect(() => decisionGraph(table)).toThrow(/Rule 2 of "jurisdiction" can never be taken/)
  })
})
