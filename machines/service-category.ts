import { answerOnPath, type PathAnswers } from './body'

/**
 * Light touch services (Procurement Act Sch. 1; PCR 2015 Sch. 3): the one reading of the
 * service category that the routing, the threshold and the route content share.
 */
export const isLightTouch = (c: PathAnswers) =>
  answerOnPath(c, 'service-category') === 'light-touch'
