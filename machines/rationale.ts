import { answerOnPath, isDevolvedScottishBody, type PathAnswers } from './body'
import { choiceReasons, reasonsInContext } from './content/answer-reasons'
import { contractValue } from './content/questions/contract-value'
import { numberWording } from './content/questions/mod-values'
import { isNumberQuestion, NOT_SURE, type QuestionId } from './questions'
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
      return [{ question, answer, reason: contractValue.reason(Number(answer), threshold) }]
    }
    if (isNumberQuestion(question)) {
      return [{ question, answer, reason: numberWording[question].reason(Number(answer)) }]
    }
    const reason =
      reasonInContext(path, question) ?? choiceReasons[question].reasons[String(answer)] ?? ''
    return [{ question, answer, reason }]
  })
}

/**
 * The few reasons other answers on the path change. No Provider Selection Regime applies
 * to a health body outside England and Wales. The start date decides nothing for health
 * care under a Provider Selection Regime. A call-off under a Procurement Act framework
 * cannot have begun before the Act, so neither answer's own reason is stated as fact. The
 * UK 2015 Regulations do not extend to Scotland, so a devolved Scottish body's call-off under
 * them is a point to check.
 */
function reasonInContext(path: PathAnswers, question: QuestionId): string | undefined {
  if (question === 'authority-type') {
    const jurisdiction = answerOnPath(path, 'jurisdiction')
    const outside = jurisdiction === 'northern-ireland' || jurisdiction === 'scotland'
    return outside && answerOnPath(path, 'authority-type') === 'nhs'
      ? reasonsInContext.nhsOutsideEnglandAndWales
      : undefined
  }
  const existing = answerOnPath(path, 'existing-procurement')
  const paFrameworkConflict =
    existing === 'yes' && answerOnPath(path, 'framework-regime') === 'pa-2023'
  if (question === 'framework-regime') {
    if (paFrameworkConflict) return reasonsInContext.frameworkRegimeConflict
    const pcrFramework = answerOnPath(path, 'framework-regime') === 'pcr-2015'
    return pcrFramework && isDevolvedScottishBody(path)
      ? reasonsInContext.frameworkRegimeScottishBody
      : undefined
  }
  if (question !== 'existing-procurement') return undefined
  if (paFrameworkConflict) return reasonsInContext.existingProcurement.paFramework
  if (answerOnPath(path, 'health-care') !== 'yes') return undefined
  const jurisdiction = answerOnPath(path, 'jurisdiction')
  if (jurisdiction === 'england' && (existing === 'yes' || existing === 'no')) {
    return reasonsInContext.existingProcurement.psrEngland[existing]
  }
  if (jurisdiction === 'wales' && existing === 'no') {
    return reasonsInContext.existingProcurement.psrWales
  }
  return undefined
}

/** One assumption per "not sure" on the path. */
export function assumptionsFor(path: PathAnswers): Assumption[] {
  return path.asked.flatMap((question): Assumption[] => {
    if (isNumberQuestion(question) || path.answers[question] !== NOT_SURE) return []
    const notSure = choiceReasons[question].notSure
    return notSure ? [{ question, ...notSure }] : []
  })
}
