import { answerOnPath, inEngland, type PathAnswers } from './body'

/**
 * Health care for the health service may fall under a Provider Selection Regime: NHS
 * bodies and councils in England, and in Wales for a procurement not begun under the 2015
 * Regulations.
 */
export function psrMayApply(c: PathAnswers): boolean {
  const type = answerOnPath(c, 'authority-type')
  if (type !== 'nhs' && type !== 'local-authority') return false
  return (
    inEngland(c) ||
    (answerOnPath(c, 'jurisdiction') === 'wales' &&
      answerOnPath(c, 'existing-procurement') === 'no')
  )
}
