import type { Answers } from './answers'
import type { IsoDate } from './dates'
import { choiceOptions } from './questions'
import { type Replay, replay } from './replay'
import { thresholdFor } from './threshold'

/**
 * Every distinct path through the model, found by asking the machine for the next
 * question and trying each of its options. The contract value is tried one pound under
 * and exactly at the threshold that applies on the path, so both sides of every
 * threshold are covered.
 */
export function* allPaths(dates: {
  startDate?: IsoDate | undefined
  today: IsoDate
}): Generator<Replay> {
  const stack: Answers[] = [{}]
  while (stack.length > 0) {
    const answers = stack.pop() as Answers
    const run = replay(answers, dates)
    if (run.route || !run.next) {
      yield run
      continue
    }
    const next = run.next
    const options: (string | number)[] =
      next === 'contract-value' ? contractValuesToTry(run, dates) : [...choiceOptions[next]]
    for (const option of options.reverse()) stack.push({ ...answers, [next]: option })
  }
}

function contractValuesToTry(
  run: Replay,
  dates: { startDate?: IsoDate | undefined; today: IsoDate },
) {
  const threshold = thresholdFor({
    answers: run.answers,
    asked: [...run.asked, 'contract-value'],
    startDate: dates.startDate,
    today: dates.today,
  })
  return threshold ? [threshold.amount - 1, threshold.amount] : [0]
}
