import type { Answers } from '../answers'
import type { IsoDate } from '../dates'
import { choiceOptions, type QuestionId } from '../questions'
import { type Replay, replay } from '../replay'
import { thresholdFor } from '../threshold'

type Dates = { startDate?: IsoDate | undefined; today: IsoDate }

/**
 * The answers that are read again after their own question: by the named conditions of the
 * decision table and by the regime, thresholds included (reachable-endings.test.ts checks the
 * list against every `answerOnPath` in the modules those import). Every other answer only
 * chooses the way at its own question, as far as the route, variant and regime go. Two paths waiting at the same question with the same
 * answers to these therefore have the same endings ahead of them, and the second is not
 * followed again. This keeps the search to the distinct states of the model rather than every
 * combination of answers, which ruleset 2027-01 multiplied past a million.
 */
export const stateQuestions = [
  'jurisdiction',
  'authority-type',
  'scotland-body',
  'contracting-authority',
  'existing-procurement',
  'health-care',
  'service-category',
  'user-choice',
  'framework-regime',
  'threshold-class',
  'contract-value',
  'concession',
] as const satisfies readonly QuestionId[]

/**
 * Every distinct ending of the model (each route with its variant and the answers that led to
 * it; and paths that stop without one), found by trying each option of each question asked.
 * The contract value is tried one pound under and exactly at the services threshold that
 * applies on the path, and at the concession threshold too (section 3.3), so both sides of
 * every threshold are reached.
 */
export function* reachableEndings(dates: Dates): Generator<Replay> {
  const seen = new Set<string>()
  const stack: Answers[] = [{}]
  while (stack.length > 0) {
    const answers = stack.pop() as Answers
    const run = replay(answers, dates)
    if (run.route || !run.next) {
      yield run
      continue
    }
    const next = run.next
    const state = `${next}|${stateQuestions.map((q) => answers[q] ?? '').join('|')}`
    if (seen.has(state)) continue
    seen.add(state)
    const options: (string | number)[] =
      next === 'contract-value' ? valuesToTry(run, dates) : [...choiceOptions[next]]
    for (const option of options.reverse()) stack.push({ ...answers, [next]: option })
  }
}

function valuesToTry(run: Replay, dates: Dates): number[] {
  const asked: QuestionId[] = [...run.asked, 'contract-value']
  const { startDate, today } = dates
  const services = thresholdFor({ answers: run.answers, asked, startDate, today })
  const concession = thresholdFor({
    answers: { ...run.answers, concession: 'yes' },
    asked: [...asked, 'concession'],
    startDate,
    today,
  })
  const figures = [services, concession].flatMap((t) => (t ? [t.amount - 1, t.amount] : []))
  return figures.length > 0 ? [...new Set(figures)] : [0]
}
