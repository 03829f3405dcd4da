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
  return answerOnPath(c, 'existing-procurement') === 'yes' ? 'pcr-2015' : 'pa-2023'
}

/** Not a contracting authority, or the person buys the service with a direct payment. */
function outsideTheRules(c: PathAnswers): boolean {
  return (
    answerOnPath(c, 'contracting-authority') === 'no' ||
    answerOnPath(c, 'user-choice') === 'direct-payment'
  )
}
