import { answerOnPath, isDevolvedScottishBody, type PathAnswers } from './body'
import { isRegimeId, type RegimeId } from './regimes'

/**
 * The regime of a result (decision model, section 1): the Scottish regulations for a
 * devolved Scottish body; otherwise the Act or the 2015 regulations by when the
 * procurement began (the Act when timing was never asked). Two later answers replace
 * it: health care under a Provider Selection Regime, and a call-off, which takes its
 * framework's regime.
 */
export function regimeFor(c: PathAnswers): RegimeId {
  if (isChangeJourney(c)) return changeRegime(c)
  // Nothing the body does here is governed by the procurement rules, so the result carries
  // the regime in force today for the body, whatever the timing answer was.
  if (outsideTheRules(c)) return isDevolvedScottishBody(c) ? 'pcr-scotland-2015' : 'pa-2023'
  const framework = answerOnPath(c, 'framework-regime')
  if (typeof framework === 'string' && isRegimeId(framework)) return framework
  if (answerOnPath(c, 'health-care') === 'yes') {
    return answerOnPath(c, 'jurisdiction') === 'wales' ? 'psr-wales-2025' : 'psr-2023'
  }
  return bodyRegime(c)
}

/** The regime the body itself is under, before health care or a framework replaces it. */
export function bodyRegime(c: PathAnswers): RegimeId {
  if (isDevolvedScottishBody(c)) return 'pcr-scotland-2015'
  if (isChangeJourney(c)) return procuredUnderRegulations(c) ? 'pcr-2015' : 'pa-2023'
  return answerOnPath(c, 'existing-procurement') === 'yes' ? 'pcr-2015' : 'pa-2023'
}

/** Not a contracting authority, or the person buys the service with a direct payment. */
function outsideTheRules(c: PathAnswers): boolean {
  return (
    answerOnPath(c, 'contracting-authority') === 'no' ||
    answerOnPath(c, 'user-choice') === 'direct-payment'
  )
}

/** The person is changing a contract they already have (decision model, section 8). */
export const isChangeJourney = (c: PathAnswers) =>
  answerOnPath(c, 'approach') === 'change-existing-contract'

/**
 * The rules that govern a change to an existing contract (section 8.1): the Scottish
 * regulations for a devolved Scottish body; a Provider Selection Regime for health care
 * services in England or Wales; otherwise the 2015 Regulations for a contract whose
 * procurement began before 24 February 2025, and the Act for a later one (SI 2024/716
 * reg 5). Until the timing is answered, the Act, the rules of today.
 */
export function changeRegime(c: PathAnswers): RegimeId {
  if (isDevolvedScottishBody(c)) return 'pcr-scotland-2015'
  if (answerOnPath(c, 'mod-health-care') === 'yes') {
    return answerOnPath(c, 'jurisdiction') === 'wales' ? 'psr-wales-2025' : 'psr-2023'
  }
  return procuredUnderRegulations(c) ? 'pcr-2015' : 'pa-2023'
}

/** The contract's procurement began before 24 February 2025. */
function procuredUnderRegulations(c: PathAnswers): boolean {
  const start = answerOnPath(c, 'mod-procurement-start')
  return start === 'before-2024' || start === 'before-act'
}
