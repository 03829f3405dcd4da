import { getShortestPaths } from '@xstate/graph'
import { describe, expect, it } from 'vitest'
import { answerReasons } from './content/answer-reasons'
import { changeFiguresToTry, changeFuture } from './contract-change-paths'
import { type DecisionContext, type DecisionEvent, decisionMachine } from './decision-machine'
import {
  choiceOptions,
  isChoiceQuestion,
  isNumberQuestion,
  NOT_SURE,
  type QuestionId,
  questionIds,
} from './questions'
import {
  assumedQuestions,
  assumptionsFor,
  headlineQuestions,
  rationaleFor,
  settlingReason,
} from './rationale'
import { isChangeJourney, regimeFor } from './regime'
import { routeIds, routeVariants } from './routes'
import { enumeratedPaths } from './testing/enumerated-paths'

const today = '2026-11-25'
// Values each side of every threshold in both tables, so both outcomes of every value test are reachable.
const values = [
  0, 135_017, 135_018, 139_687, 139_688, 207_719, 207_720, 214_903, 214_904, 663_539, 663_540,
  // Concession thresholds (section 3.3)
  5_192_999, 5_193_000, 5_372_608, 5_372_609,
]

const decisive: QuestionId[] = [
  'jurisdiction',
  'authority-type',
  'scotland-body',
  'approach',
  'existing-procurement',
  'health-care',
  'service-category',
  'user-choice',
  'contract-value',
  'concession',
]

type Snapshot = { status: string; value: unknown; context: DecisionContext }

function eventsFor(snapshot: Snapshot): DecisionEvent[] {
  if (snapshot.status === 'done') return []
  const question = String(snapshot.value) as QuestionId
  // The changes journey's figures: each side of each boundary of section 8.5.1.
  if (isNumberQuestion(question) && question !== 'contract-value')
    return changeFiguresToTry(question, snapshot.context).map((value) => ({
      type: 'answer',
      question,
      value,
    }))
  if (!isChoiceQuestion(question))
    return values.map((value) => ({ type: 'answer', question, value }))
  return choiceOptions[question].map((value) => ({ type: 'answer', question, value }))
}

describe('the statechart, explored by @xstate/graph', () => {
  const paths = getShortestPaths(decisionMachine, {
    input: { today },
    events: eventsFor,
    // A state is its question or route plus the answers that decide which questions
    // follow; the exhaustive walk below covers every full path.
    serializeState: (s) =>
      [
        String(s.value),
        s.context.variant,
        s.status === 'done' ? regimeFor(s.context) : '',
        ...decisive.map((q) => (s.context.asked.includes(q) ? s.context.answers[q] : '')),
        // On the changes journey, what its later rules read (as the covering paths do).
        isChangeJourney(s.context) ? changeFuture(s.context) : '',
      ].join('|'),
  })
  const reached = paths.map((p) => p.state)

  it('reaches every question', () => {
    const states = new Set(reached.map((s) => String(s.value)))
    for (const id of questionIds) expect(states, id).toContain(id)
  })

  it('reaches every route and every variant of it', () => {
    const done = reached.filter((s) => s.status === 'done')
    for (const route of routeIds) {
      const variants = routeVariants[route] ?? [null]
      for (const variant of variants) {
        expect(
          done.some((s) => s.value === route && s.context.variant === variant),
          `${route} ${variant}`,
        ).toBe(true)
      }
    }
  })

  it('reaches both Provider Selection Regimes and a call-off under each framework regime', () => {
    const done = reached.filter((s) => s.status === 'done')
    const regimesOf = (route: string) =>
      new Set(done.filter((s) => s.value === route).map((s) => regimeFor(s.context)))
    expect([...regimesOf('provider-selection-regime')].sort()).toEqual([
      'psr-2023',
      'psr-wales-2025',
    ])
    expect([...regimesOf('framework-call-off')].sort()).toEqual([
      'pa-2023',
      'pcr-2015',
      'pcr-scotland-2015',
    ])
    expect(regimesOf('reserved-contract-mutual').has('pcr-scotland-2015')).toBe(false)
  })
})

describe('the paths that cover the model', () => {
  // About 17,000 paths that take every answer in every context that changes what follows
  // (coveringPaths), each checked; enumerated once for every test file that needs them
  // (machines/testing/enumerated-paths.ts).
  const all = enumeratedPaths({ today })

  it('ends in a route', () => {
    expect(all.length).toBeGreaterThan(10_000)
    expect(all.filter((p) => p.route === null)).toEqual([])
  })

  it('never asks a question twice', () => {
    expect(all.filter((p) => new Set(p.asked).size !== p.asked.length)).toEqual([])
  })

  it('turns every "not sure" on the path into an assumption, and rationale follows path order', () => {
    for (const path of all) {
      const onPath = { answers: path.answers, asked: path.asked }
      const notSure = path.asked.filter((q) => path.answers[q] === NOT_SURE)
      const assumed = assumptionsFor(onPath, answerReasons).map((a) => a.question)
      if (assumed.join() !== notSure.join())
        throw new Error(`assumptions ${assumed} for ${notSure}`)
      const rationale = rationaleFor(onPath, undefined, answerReasons)
      const order = rationale.map((r) => r.question)
      if (order.join() !== path.asked.join()) throw new Error(`rationale out of order: ${order}`)
      // The top of the result: its reason is the rationale's last, and the few questions
      // the early result loads are all it reads (a missing one throws).
      const book = Object.fromEntries(headlineQuestions(onPath).map((q) => [q, answerReasons[q]]))
      if (settlingReason(onPath, undefined, book) !== rationale.at(-1)?.reason)
        throw new Error(`the settling reason on ${path.asked} is not the rationale's last`)
      // The compare page counts the assumptions from the questions alone.
      const fromBook = assumptionsFor(onPath, book)
      if (JSON.stringify(fromBook) !== JSON.stringify(assumptionsFor(onPath, answerReasons)))
        throw new Error(`the early result's assumptions differ on ${path.asked}`)
      if (assumedQuestions(onPath).length !== fromBook.length)
        throw new Error(`assumed questions ${assumedQuestions(onPath)} for ${assumed}`)
    }
    expect(all.length).toBeGreaterThan(0)
  })
})
