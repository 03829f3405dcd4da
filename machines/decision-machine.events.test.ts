import { describe, expect, it } from 'vitest'
import { createActor } from 'xstate'
import type { DecisionEvent } from './decision-machine'

/**
 * The statechart driven one answer at a time, as the wizard and the what-if panel drive
 * it: which `answer` events it takes (the `answersCurrentQuestion` guard) and which it
 * ignores. Next questions and routes written by hand from shared/domain/decision-model.md
 * (sections 1 to 3) for the routing the machine implements today (ruleset 2026-11; in
 * 2027-01 a council's standard services at or above the threshold go on to `concession`
 * rather than `innovation`).
 *
 * The machine is imported inside each test, not at the top of the file, so that a table
 * or machine that fails to build fails these tests. A module that throws while a test file
 * loads fails the file but no test, and Stryker's Vitest runner counts that as a mutant
 * that survived (`npm run mutation`).
 */

const today = '2026-11-25'

async function start() {
  const { decisionMachine } = await import('./decision-machine')
  const actor = createActor(decisionMachine, { input: { today } }).start()
  const answer = (question: DecisionEvent['question'], value: string | number) => {
    actor.send({ type: 'answer', question, value })
    return actor.getSnapshot()
  }
  return { actor, answer }
}

describe('the statechart', () => {
  it('has a state for every question and step of the table, and a final state per route', async () => {
    const { decisionMachine } = await import('./decision-machine')
    const { junctionIds } = await import('./decision-table')
    const { questionIds } = await import('./questions')
    const { routeIds } = await import('./routes')
    const states = decisionMachine.states
    expect(Object.keys(states).sort()).toEqual([...questionIds, ...junctionIds, ...routeIds].sort())
    for (const id of routeIds) expect(states[id]?.type, id).toBe('final')
    for (const id of questionIds) expect(states[id]?.type, id).toBe('atomic')
  })

  it('starts at jurisdiction with nothing answered or asked before it', async () => {
    const { actor } = await start()
    const snapshot = actor.getSnapshot()
    expect(snapshot.value).toBe('jurisdiction')
    expect(snapshot.context).toEqual({
      answers: {},
      startDate: undefined,
      today,
      asked: ['jurisdiction'],
      variant: null,
    })
  })

  it('takes each answer to the question being asked and moves to the next', async () => {
    const { answer } = await start()
    expect(answer('jurisdiction', 'england').value).toBe('authority-type')
    expect(answer('authority-type', 'local-authority').value).toBe('approach')
    expect(answer('approach', 'buy-services').value).toBe('existing-procurement')
    expect(answer('existing-procurement', 'no').value).toBe('health-care')
    expect(answer('health-care', 'no').value).toBe('provider-relationship')
    expect(answer('provider-relationship', 'other').value).toBe('service-category')
    expect(answer('service-category', 'standard').value).toBe('contract-value')
    // A council's standard services: the sub-central figure of 2026, 207,720.
    expect(answer('contract-value', 207_720).value).toBe('innovation')
    const done = answer('innovation', 'yes')
    expect(done.status).toBe('done')
    expect(done.value).toBe('innovation-partnership')
    expect(done.context.variant).toBe('standard')
    expect(done.context.asked).toEqual([
      'jurisdiction',
      'authority-type',
      'approach',
      'existing-procurement',
      'health-care',
      'provider-relationship',
      'service-category',
      'contract-value',
      'innovation',
    ])
    expect(done.context.answers).toEqual({
      jurisdiction: 'england',
      'authority-type': 'local-authority',
      approach: 'buy-services',
      'existing-procurement': 'no',
      'health-care': 'no',
      'provider-relationship': 'other',
      'service-category': 'standard',
      'contract-value': 207_720,
      innovation: 'yes',
    })
  })

  it('ignores an option the question does not have', async () => {
    const { answer } = await start()
    const snapshot = answer('jurisdiction', 'mars')
    expect(snapshot.value).toBe('jurisdiction')
    expect(snapshot.context.answers).toEqual({})
  })

  it('ignores an answer to another question, even one the question being asked could take', async () => {
    // A late second submit of the previous page: `yes`, `no` and `not-sure` are options of
    // both funding questions, but only the question being asked takes an answer.
    const { answer } = await start()
    answer('jurisdiction', 'england')
    answer('authority-type', 'local-authority')
    answer('approach', 'fund-organisation')
    expect(answer('enforceable-deliverables', 'yes').value).toBe('direct-benefit')
    const snapshot = answer('enforceable-deliverables', 'no')
    expect(snapshot.value).toBe('direct-benefit')
    expect(snapshot.context.answers['enforceable-deliverables']).toBe('yes')
    expect(answer('direct-benefit', 'no').value).toBe('economic-activity')
  })

  it('takes the contract value only as a number of pounds', async () => {
    const { answer } = await start()
    answer('jurisdiction', 'england')
    answer('authority-type', 'central-government')
    answer('approach', 'buy-services')
    answer('existing-procurement', 'no')
    answer('provider-relationship', 'other')
    expect(answer('service-category', 'standard').value).toBe('contract-value')
    const text = answer('contract-value', '1000')
    expect(text.value).toBe('contract-value')
    expect(text.context.answers['contract-value']).toBeUndefined()
    // Central government: the central figure of 2026 is 135,018; one pound under is below.
    const below = answer('contract-value', 135_017)
    expect(below.status).toBe('done')
    expect(below.value).toBe('below-threshold')
    expect(below.context.variant).toBeNull()
  })
})
