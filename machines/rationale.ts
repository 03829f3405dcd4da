import type { PathAnswers } from './body'
import { choiceWording, contractValueWording } from './content/wording'
import { NOT_SURE } from './questions'
import type { Assumption, RationaleEntry } from './result'
import type { AppliedThreshold } from './threshold'

/** One reason per answer on the path, in the order asked. */
export function rationaleFor(
  path: PathAnswers,
  threshold: AppliedThreshold | undefined,
): RationaleEntry[] {
  return path.asked.flatMap((question): RationaleEntry[] => {
    const answer = path.answers[question]
    if (answer === undefined) return []
    if (question === 'contract-value') {
      return [{ question, answer, reason: contractValueWording.reason(Number(answer), threshold) }]
    }
    const options = choiceWording[question].options as Record<string, { reason: string }>
    const reason = options[String(answer)]?.reason ?? ''
    return [{ question, answer, reason }]
  })
}

/** One assumption per "not sure" on the path. */
export function assumptionsFor(path: PathAnswers): Assumption[] {
  return path.asked.flatMap((question): Assumption[] => {
    if (question === 'contract-value' || path.answers[question] !== NOT_SURE) return []
    const notSure = choiceWording[question].notSure
    return notSure ? [{ question, ...notSure }] : []
  })
}
