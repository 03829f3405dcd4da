import { answerOnPath, isReservedBodyInScotland, type PathAnswers } from './body'
import type { Jurisdiction, RouteContext } from './content/route-content'
import { changeUnderPsr } from './contract-change'
import type { IsoDate } from './dates'
import { bodyRegime, isChangeJourney, regimeFor } from './regime'
import type { RouteId } from './routes'
import { isLightTouch } from './service-category'
import { hasSibFlag } from './social-impact-bond'
import { thresholdFor } from './threshold'
import { hasUserChoiceFlag } from './user-choice'

/** Everything route content may depend on, derived from the path. */
export function routeContext(
  path: PathAnswers,
  route: RouteId,
  variant: string | null,
  dates: { startDate?: IsoDate | undefined; today: IsoDate },
): RouteContext {
  const value = answerOnPath(path, 'contract-value')
  return {
    route,
    variant,
    regime: regimeFor(path),
    bodyRegime: bodyRegime(path),
    jurisdiction: answerOnPath(path, 'jurisdiction') as Jurisdiction,
    authorityType: answerOnPath(path, 'authority-type') as RouteContext['authorityType'],
    sib: hasSibFlag(path),
    userChoice: hasUserChoiceFlag(path),
    lightTouch: isLightTouch(path),
    reservedBodyInScotland: isReservedBodyInScotland(path),
    // A call-off's own value is not asked (ruleset 2027-01), but its result states the duties
    // that depend on value as conditions against the threshold of the framework's rules.
    // A change to an existing contract is measured against the threshold of section 3.6,
    // except under a Provider Selection Regime, which has none.
    threshold:
      path.asked.includes('contract-value') ||
      route === 'framework-call-off' ||
      (isChangeJourney(path) && !changeUnderPsr(path))
        ? thresholdFor({ ...path, startDate: dates.startDate, today: dates.today })
        : undefined,
    contractValue: typeof value === 'number' ? value : undefined,
    answers: path.answers,
  }
}
