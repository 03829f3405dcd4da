import { describe, expect, it } from 'vitest'
import { routeCatalogue } from './content/route-catalogue'
import { decisionTable, junctionIds, type Rule, type StepId } from './decision-table'
import { choiceOptions, isChoiceQuestion, isQuestionId, questionIds } from './questions'
import { routeIds, routeVariants } from './routes'

const rules = Object.entries(decisionTable.steps) as [StepId, readonly Rule[]][]
const leadsTo = new Set(rules.flatMap(([, rs]) => rs.map((r) => r.next ?? r.route)))

describe('the decision table', () => {
  it('has a step for every question and every step that asks nothing, first the first', () => {
    expect(rules.map(([id]) => id).sort()).toEqual([...questionIds, ...junctionIds].sort())
    expect(rules[0]?.[0]).toBe(decisionTable.first)
  })

  it('leads to every step but the first, and to every route', () => {
    for (const [id] of rules) if (id !== decisionTable.first) expect(leadsTo, id).toContain(id)
    for (const id of routeIds) expect(leadsTo, id).toContain(id)
  })

  it('takes every answer by a rule with no condition, so no answer is left without a way on', () => {
    for (const [id, rs] of rules) {
      const answers = isQuestionId(id) && isChoiceQuestion(id) ? choiceOptions[id] : ['any']
      const unconditional = rs.filter((r) => r.when === undefined)
      for (const answer of answers) {
        const taken = unconditional.some(
          (r) => r.answers === undefined || (r.answers as readonly string[]).includes(answer),
        )
        expect(taken, `${id}: ${answer}`).toBe(true)
      }
    }
  })

  it('gives each route only variants its content has a label for', () => {
    for (const id of routeIds) {
      const labelled = Object.keys(routeCatalogue[id].variantLabels)
      for (const variant of routeVariants[id] ?? []) expect(labelled, id).toContain(variant)
    }
  })
})
