import { isDevolvedScottishBody, type PathAnswers } from './body'
import { isLightTouch } from './service-category'

/**
 * A contract may be reserved for public service mutuals only for light touch services;
 * Scotland did not adopt reserved contracts for mutuals.
 */
export const mutualsReservable = (c: PathAnswers) => isLightTouch(c) && !isDevolvedScottishBody(c)
