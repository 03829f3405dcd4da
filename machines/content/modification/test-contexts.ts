// Route contexts for the changes journey's content tests, built by hand from the spec's answer
// ids until the machine reaches these routes (the `changes` branch). Used only by tests.
import type { RegimeId } from '../../regimes'
import type { RouteId } from '../../routes'
import type { Jurisdiction, RouteContext } from '../route-content'
import type { ModificationRouteId } from './route'

export type Figures = {
  original?: number
  earlier?: number
  change?: number
  maxTerm?: number
  extension?: number
  threshold?: number
}

/** A context as the machine would give it for this route, variant, regime and answers. */
export function modContext(
  route: ModificationRouteId,
  variant: string,
  regime: RegimeId,
  options: {
    jurisdiction?: Jurisdiction
    authorityType?: RouteContext['authorityType']
    reservedBodyInScotland?: boolean
    figures?: Figures
    answers?: Record<string, string | number>
  } = {},
): RouteContext {
  const f = options.figures ?? {}
  const jurisdiction =
    options.jurisdiction ??
    (regime === 'pcr-scotland-2015'
      ? 'scotland'
      : regime === 'psr-wales-2025'
        ? 'wales'
        : 'england')
  const answers: Record<string, string | number> = {
    jurisdiction,
    'authority-type': options.authorityType ?? 'local-authority',
    approach: 'change-existing-contract',
  }
  if (f.original !== undefined) answers['mod-original-value'] = f.original
  if (f.earlier !== undefined) answers['mod-earlier-changes-value'] = f.earlier
  if (f.change !== undefined) answers['mod-change-value'] = f.change
  if (f.maxTerm !== undefined) answers['mod-max-term-months'] = f.maxTerm
  if (f.extension !== undefined) answers['mod-extension-months'] = f.extension
  Object.assign(answers, options.answers ?? {})
  return {
    route: route as unknown as RouteId,
    variant,
    regime,
    bodyRegime: regime,
    jurisdiction,
    authorityType: options.authorityType ?? 'local-authority',
    sib: false,
    userChoice: false,
    lightTouch: answers['mod-contract-category'] === 'light-touch-services',
    reservedBodyInScotland: options.reservedBodyInScotland ?? false,
    threshold:
      f.threshold === undefined
        ? undefined
        : {
            amount: f.threshold,
            kind: 'sub-central',
            inForceFrom: '2026-01-01',
            source: ['si-2025-1200'],
            date: '2026-12-02',
            unconfirmed: false,
          },
    contractValue: undefined,
    answers: answers as RouteContext['answers'],
  } as RouteContext
}
