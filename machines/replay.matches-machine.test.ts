import { describe, expect, it } from 'vitest'
import type { Answers } from './answers'
import type { IsoDate } from './dates'
import { machineReplay } from './machine-replay'
import { choiceOptions, isChoiceQuestion, type QuestionId, questionIds } from './questions'
import { type Replay, replay } from './replay'
import { enumeratedPaths } from './testing/enumerated-paths'

// The app and the runner walk the decision table directly (replay.ts); the statechart built
// from the same table (decision-machine.ts, run by machine-replay.ts) is the reference. This
// is the safety net for that shortcut: both must give the same route, variant, next question
// and questions asked for every path that covers the model, and for every step along each
// one. The paths are enumerated by asking replay for each next question and trying its
// options, so agreeing on every step of every path means the statechart would have been
// asked the same questions and enumerated the same paths.

const today: IsoDate = '2026-11-25'
const paths = enumeratedPaths({ today })

/** The answers to the first `count` questions the path asked. */
function firstAnswers(path: Replay, count: number): Answers {
  const answers: Answers = {}
  for (const q of path.asked.slice(0, count)) answers[q] = path.answers[q]
  return answers
}

/** Every distinct step of every path: the answers given before each question, then all of them. */
function everyStep(): Answers[] {
  const seen = new Set<string>()
  const steps: Answers[] = []
  for (const path of paths) {
    for (let count = 0; count <= path.asked.length; count++) {
      const answers = firstAnswers(path, count)
      const key = JSON.stringify(answers)
      if (seen.has(key)) continue
      seen.add(key)
      steps.push(answers)
    }
  }
  return steps
}

/** The walks that differ, as text a failure can show. */
function differences(all: readonly Answers[], dates: { startDate?: IsoDate; today: IsoDate }) {
  const found: string[] = []
  for (const answers of all) {
    const walked = replay(answers, dates)
    const machine = machineReplay(answers, dates)
    if (JSON.stringify(walked) !== JSON.stringify(machine))
      found.push(`${JSON.stringify(answers)}\n  walk: ${show(walked)}\n  machine: ${show(machine)}`)
    if (found.length >= 5) break
  }
  return found
}

const show = (r: Replay) => JSON.stringify({ ...r, answers: undefined })

describe('replay (the walk over the decision table) and the statechart', () => {
  const steps = everyStep()

  it('agree on every step of every enumerated path', () => {
    expect(paths.length).toBeGreaterThan(10_000)
    // Every path ends in a route, and every step before it waits on a question.
    expect(steps.length).toBeGreaterThan(paths.length)
    expect(differences(steps, { today })).toEqual([])
  })

  it('agree on every enumerated path under the earlier thresholds, where values may take other ways', () => {
    // A start date in 2025 takes the thresholds in force from 2024 (thresholds.ts).
    const complete = paths.map((path) => path.answers)
    expect(differences(complete, { startDate: '2025-06-01', today })).toEqual([])
  })

  // One path to each route and variant is enough to show how each walk reads its answers.
  const oneEach = [...new Map(paths.map((p) => [`${p.route}|${p.variant}`, p])).values()]

  it('agree when answers off the path are given as well, which both leave unread', () => {
    const withExtra = oneEach.map((path) => {
      const off = questionIds.find((q) => !path.asked.includes(q) && isChoiceQuestion(q))
      if (!off) return path.answers
      const option = (
        choiceOptions[off as Extract<QuestionId, keyof typeof choiceOptions>] as readonly string[]
      )[0]
      return { ...path.answers, [off]: option }
    })
    expect(differences(withExtra, { today })).toEqual([])
  })

  it('agree when an answer is not one of its question’s options', () => {
    const odd = oneEach.map((path) => {
      const last = path.asked.at(-1) as QuestionId
      return { ...path.answers, [last]: 'no-such-option' }
    })
    expect(differences(odd, { today })).toEqual([])
  })
})
