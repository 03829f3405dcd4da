import { describe, expect, it } from 'vitest'
import { createActor } from 'xstate'
import type { DecisionEvent } from './decision-machine'

/**
 * The statechart driven one answer at a time, as the wizard and the what-if panel drive
 * it: which `answer` events it takes (the `answersCurrentQuestion` guard) and which it
 * ignores. Next questions and routes written by hand from shared/domain/decision-model.md
 * (ruleset 2027-01, sections 1 to 3): the service category leads to `user-choice` (light
 * touch) or `use-framework`, the framework comes before the value, and a value at the
 * threshold goes on to `concession`.
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
    // An English council may be buying health care (section 2, `health-care`).
    expect(answer('existing-procurement', 'no').value).toBe('health-care')
    expect(answer('health-care', 'no').value).toBe('provider-relationship')
    expect(answer('provider-relationship', 'other').value).toBe('service-category')
    // Standard services: no `user-choice`; the framework is asked before the value.
    expect(answer('service-category', 'standard').value).toBe('use-framework')
    // A council is never asked its threshold class (section 3.1: sub-central).
    expect(answer('use-framework', 'no').value).toBe('contract-value')
    // The sub-central figure of 2026, 207,720: a value at it is not below it, so the next
    // question is whether the contract is a concession.
    expect(answer('contract-value', 207_720).value).toBe('concession')
    expect(answer('concession', 'no').value).toBe('innovation')
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
      'use-framework',
      'contract-value',
      'concession',
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
      'use-framework': 'no',
      'contract-value': 207_720,
      concession: 'no',
      innovation: 'yes',
    })
  })

  it('asks a light touch purchase about user choice, and ends a call-off before the value', async () => {
    const { answer } = await start()
    answer('jurisdiction', 'england')
    answer('authority-type', 'central-government')
    answer('approach', 'buy-services')
    // Central government is not asked about health care (section 2).
    expect(answer('existing-procurement', 'no').value).toBe('provider-relationship')
    answer('provider-relationship', 'other')
    expect(answer('service-category', 'light-touch').value).toBe('user-choice')
    expect(answer('user-choice', 'no').value).toBe('use-framework')
    expect(answer('use-framework', 'yes').value).toBe('framework-regime')
    const done = answer('framework-regime', 'pcr-2015')
    expect(done.status).toBe('done')
    expect(done.value).toBe('framework-call-off')
    expect(done.context.variant).toBe('light-touch')
    expect(done.context.asked).not.toContain('contract-value')
  })

  it('gives a chosen provider at the light touch threshold a direct award under the Act', async () => {
    const { answer } = await start()
    answer('jurisdiction', 'england')
    answer('authority-type', 'central-government')
    answer('approach', 'buy-services')
    answer('existing-procurement', 'no')
    answer('provider-relationship', 'other')
    answer('service-category', 'light-touch')
    expect(answer('user-choice', 'chosen-provider').value).toBe('use-framework')
    expect(answer('use-framework', 'not-sure').value).toBe('contract-value')
    // The light touch figure, 663,540 (unchanged in 2026): at it, and under the Act.
    const done = answer('contract-value', 663_540)
    expect(done.status).toBe('done')
    expect(done.value).toBe('direct-award-user-choice')
    expect(done.context.variant).toBeNull()
  })

  it('measures a concession against the concession threshold', async () => {
    // An English council's standard services under the Act, valued `value`, a concession.
    const concession = async (value: number) => {
      const { answer } = await start()
      answer('jurisdiction', 'england')
      answer('authority-type', 'local-authority')
      answer('approach', 'buy-services')
      answer('existing-procurement', 'no')
      answer('health-care', 'no')
      answer('provider-relationship', 'other')
      answer('service-category', 'standard')
      answer('use-framework', 'no')
      expect(answer('contract-value', value).value).toBe('concession')
      return answer('concession', 'yes')
    }
    // The concession figure of 2026 under the Act, 5,193,000 (section 3.3): at it, a
    // concession contract; one pound under, below the threshold though far above 207,720.
    const at = await concession(5_193_000)
    expect(at.status).toBe('done')
    expect(at.value).toBe('concession-contract')
    expect(at.context.variant).toBe('standard')
    const under = await concession(5_192_999)
    expect(under.status).toBe('done')
    expect(under.value).toBe('below-threshold')
    expect(under.context.variant).toBe('concession')
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
    expect(answer('service-category', 'standard').value).toBe('use-framework')
    expect(answer('use-framework', 'no').value).toBe('contract-value')
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
