import type { Answers } from './answers'
import { answerOnPath, isDevolvedScottishBody, isReservedBodyInScotland } from './body'
import { changeFiguresToTry, changeFuture } from './contract-change-paths'
import type { IsoDate } from './dates'
import { choiceOptions, isNumberQuestion, type QuestionId } from './questions'
import { bodyRegime, isChangeJourney, regimeFor } from './regime'
import { type Replay, replay } from './replay'
import { isLightTouch } from './service-category'
import { choseSocialImpactBond, hasSibFlag } from './social-impact-bond'
import { thresholdFor } from './threshold'
import { choseProvider, hasUserChoiceFlag } from './user-choice'

type Dates = { startDate?: IsoDate | undefined; today: IsoDate }
/** Where to start: answers already given (a sub-tree of the model), none by default. */
type From = { from?: Answers }

/**
 * Every distinct path through the model, found by asking the machine for the next
 * question and trying each of its options. The contract value is tried one pound under
 * and exactly at each threshold that can apply on the path (the services one, and the
 * concession one), so both sides of every threshold are covered. Ruleset 2027-01 has
 * several hundred thousand such paths: tests use `coveringPaths` instead.
 */
export function* allPaths(dates: Dates & From): Generator<Replay> {
  yield* walk(dates, () => false)
}

/**
 * Paths that together take every answer of every question in every context that can change
 * what follows, without every combination of answers. Two partial paths waiting on the same
 * question with the same context (`context` below: everything a later rule, regime or
 * threshold reads) have the same futures, so the second is finished along one path only,
 * taking the first option each time. Every answer on it is still taken, and appears in at
 * least one complete path, with its assumption or reason; only repeats of the same future
 * are left out. paths.test.ts checks it reaches everything allPaths reaches on a
 * sub-tree.
 */
export function* coveringPaths(dates: Dates & From): Generator<Replay> {
  const seen = new Set<string>()
  yield* walk(dates, (run) => {
    const key = `${run.next}|${context(run, dates)}`
    if (seen.has(key)) return true
    seen.add(key)
    return false
  })
}

function* walk(dates: Dates & From, alreadyExplored: (run: Replay) => boolean): Generator<Replay> {
  // Each entry: the answers so far, and whether to finish along the first option only.
  const stack: [Answers, boolean][] = [[dates.from ?? {}, false]]
  while (stack.length > 0) {
    const [answers, firstOnly] = stack.pop() as [Answers, boolean]
    const run = replay(answers, dates)
    if (run.route || !run.next) {
      yield run
      continue
    }
    const next = run.next
    const options: (string | number)[] =
      next === 'contract-value'
        ? contractValuesToTry(run, dates)
        : isNumberQuestion(next)
          ? changeFiguresToTry(next, { ...run, startDate: dates.startDate, today: dates.today })
          : [...choiceOptions[next]]
    const onlyOne = firstOnly || alreadyExplored(run)
    const tried = onlyOne ? options.slice(0, 1) : options
    for (const option of tried.reverse()) stack.push([{ ...answers, [next]: option }, onlyOne])
  }
}

/**
 * What a later step may read from the path so far: the regimes, the kind of body and where
 * it is, the flags results carry, the answers that set thresholds, and the threshold that the
 * value would be measured against.
 */
function context(run: Replay, dates: Dates): string {
  const path = { answers: run.answers, asked: run.asked }
  // The changes journey reads its own context (contract-change-paths.ts).
  if (isChangeJourney(path)) return `change|${changeFuture({ ...path, ...dates })}`
  const read = (q: QuestionId) => answerOnPath(path, q) ?? ''
  return [
    regimeFor(path),
    bodyRegime(path),
    read('jurisdiction'),
    read('authority-type'),
    isDevolvedScottishBody(path),
    isReservedBodyInScotland(path),
    choseSocialImpactBond(path),
    hasSibFlag(path),
    isLightTouch(path),
    choseProvider(path),
    hasUserChoiceFlag(path),
    read('threshold-class'),
    read('concession'),
    read('contract-value'),
    read('existing-procurement'),
  ].join('|')
}

function contractValuesToTry(run: Replay, dates: Dates) {
  const at = (answers: Answers) =>
    thresholdFor({
      answers,
      asked: [...run.asked, 'contract-value', 'concession'],
      startDate: dates.startDate,
      today: dates.today,
    })?.amount
  const services = at(run.answers)
  const concession = choseProvider(run) ? undefined : at({ ...run.answers, concession: 'yes' })
  const values = [services, concession].flatMap((t) => (t === undefined ? [] : [t - 1, t]))
  return values.length > 0 ? values : [0]
}
