import { type Answers, checkAnswer, pickAnswers } from './answers'
import { answerOnPath, type PathAnswers } from './body'
import type { HintContext } from './content/question-wording'
import type { IsoDate } from './dates'
import { type ChoiceQuestionId, isQuestionId, type OptionOf, optionsOf } from './questions'
import { regimeFor } from './regime'
import { type Replay, replay } from './replay'
import { choseSocialImpactBond } from './social-impact-bond'
import { choseProvider } from './user-choice'

export type Progress = Replay & {
  /** The answers on the path only. */
  path: PathAnswers
  /** What the next question's hint may depend on. */
  hintContext: HintContext
}

/**
 * Where a set of answers has got to, without building a full Result: cheap enough to
 * run on every page of the wizard. The wizard asks it the same thing several times in
 * one step (the Continue handler, the next page, its Back link), so the last few are
 * remembered (the oldest is forgotten first); they are frozen, as they are shared.
 */
export function progress(
  answers: Answers,
  dates: { startDate?: IsoDate | undefined; today: IsoDate },
): Progress {
  const valid = validAnswers(answers)
  const key = JSON.stringify([valid, dates.startDate ?? null, dates.today])
  const known = recent.get(key)
  if (known) return known
  const run = replay(valid, dates)
  const path = { answers: pickAnswers(run.answers, run.asked), asked: run.asked }
  const result: Progress = {
    ...run,
    path,
    hintContext: hintContextOf(path),
  }
  deepFreeze(result)
  recent.set(key, result)
  if (recent.size > REMEMBERED) recent.delete(recent.keys().next().value as string)
  return result
}

/** What hints may depend on, from the answers on the path (see `HintContext`). */
export function hintContextOf(path: PathAnswers): HintContext {
  const nation = answerOnPath(path, 'jurisdiction')
  const body = answerOnPath(path, 'authority-type')
  const concession = answerOnPath(path, 'concession')
  return {
    regime: regimeFor(path),
    sib: choseSocialImpactBond(path),
    userChoice: choseProvider(path),
    nation: isOption('jurisdiction', nation) ? nation : undefined,
    body: isOption('authority-type', body) ? body : undefined,
    // One person's chosen provider is never asked about a concession (decision model, section 2).
    concession:
      concession === 'yes'
        ? 'yes'
        : concession !== undefined || answerOnPath(path, 'user-choice') === 'chosen-provider'
          ? 'no'
          : 'possible',
  }
}

function isOption<Q extends ChoiceQuestionId>(
  id: Q,
  value: string | number | undefined,
): value is OptionOf<Q> {
  return typeof value === 'string' && optionsOf(id).includes(value)
}

const REMEMBERED = 8
const recent = new Map<string, Progress>()

function deepFreeze(value: object) {
  Object.freeze(value)
  for (const child of Object.values(value)) {
    if (child && typeof child === 'object' && !Object.isFrozen(child)) deepFreeze(child)
  }
}

/** The answers that are valid for their question; the rest are left out. */
export function validAnswers(answers: Answers): Answers {
  const valid: Answers = {}
  for (const [id, value] of Object.entries(answers)) {
    if (isQuestionId(id) && value !== undefined && !checkAnswer(id, value)) valid[id] = value
  }
  return valid
}
