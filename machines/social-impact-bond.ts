import { answerOnPath, type PathAnswers } from './body'

/** The Social Impact Bond branch was chosen (its questions' hints may say so). */
export const choseSocialImpactBond = (c: PathAnswers) =>
  answerOnPath(c, 'approach') === 'social-impact-bond'

/** A Social Impact Bond path that entered the contract branch carries the SIB flag. */
export function hasSibFlag(c: PathAnswers): boolean {
  return (
    choseSocialImpactBond(c) &&
    (answerOnPath(c, 'sib-initiator') === 'commissioner' ||
      answerOnPath(c, 'sib-authority-pays') === 'yes' ||
      answerOnPath(c, 'sib-authority-pays') === 'not-sure')
  )
}
