import type { PathAnswers } from './body'
import { regimeFor } from './regime'

/**
 * The user-choice flag (decision model, section 2): a `chosen-provider` path that
 * `contract-value` sent on to `innovation` because the rules that govern it, the 2015
 * Regulations or the Scottish regulations, have no user choice ground. Like the SIB flag it
 * changes no routing; it adds lines to the result.
 *
 * The `user-choice` question is being added to questions.ts in parallel, so its answer is read
 * from the answers record by name rather than through `answerOnPath`. `innovation` on the
 * path is what "went on past contract-value" means: a chosen-provider path skips `concession`,
 * so it reaches `innovation` only from `contract-value`.
 */
export function hasUserChoiceFlag(c: PathAnswers): boolean {
  const answers = c.answers as Readonly<Record<string, unknown>>
  const regime = regimeFor(c)
  return (
    answers['user-choice'] === 'chosen-provider' &&
    (c.asked as readonly string[]).includes('innovation') &&
    (regime === 'pcr-2015' || regime === 'pcr-scotland-2015')
  )
}
