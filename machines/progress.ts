import { type Answers, checkAnswer, pickAnswers } from './answers'
import type { PathAnswers } from './body'
import type { HintContext } from './content/question-wording'
import type { IsoDate } from './dates'
import { isQuestionId } from './questions'
import { regimeFor } from './regime'
import { type Replay, replay } from './replay'

export type Progress = Replay & {
  /** The answers on the path only. */
  path: PathAnswers
  /** What the next question's hint may depend on. */
  hintContext: HintContext
}

/**
 * Where a set of answers has got to, without building a full Result: cheap enough to
 * run on every page of the wizard.
 */
export function progress(
  answers: Answers,
  dates: { startDate?: IsoDate | undefined; today: IsoDate },
): Progress {
  const run = replay(validAnswers(answers), dates)
  const path = { answers: pickAnswers(run.answers, run.asked), asked: run.asked }
  return {
    ...run,
    path,
    hintContext: { regime: regimeFor(path), sib: path.answers.approach === 'social-impact-bond' },
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
