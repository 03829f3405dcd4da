import { answerOnPath, type PathAnswers } from './body'
import { regimeFor } from './regime'

/**
 * One person's light touch services, with the person (or their carer) choosing the
 * provider and the body contracting with it (decision model, section 2, `user-choice`).
 */
export const choseProvider = (c: PathAnswers) =>
  answerOnPath(c, 'user-choice') === 'chosen-provider'

/**
 * The user-choice flag: a chosen provider at or above the threshold under rules with no user
 * choice ground (the 2015 Regulations, UK or Scottish), so `contract-value` sent the path on
 * to `innovation` (a chosen-provider path skips `concession`). Like the SIB flag it changes
 * no routing; it adds what those rules offer instead.
 */
export function hasUserChoiceFlag(c: PathAnswers): boolean {
  const regime = regimeFor(c)
  return (
    choseProvider(c) &&
    c.asked.includes('innovation') &&
    (regime === 'pcr-2015' || regime === 'pcr-scotland-2015')
  )
}

/** The Procurement Act 2023 governs the award (the only rules with a user choice ground). */
export const underTheAct = (c: PathAnswers) => regimeFor(c) === 'pa-2023'
