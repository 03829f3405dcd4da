// Route contexts built by hand for content tests, so a route's text can be tested under every
// regime and nation where the decision model says it exists, whether or not the machine reaches
// it yet. The bodies follow decision-model.md section 1; the threshold is whatever the test passes.
import type { Jurisdiction, RouteContext } from '../content/route-content'
import type { RegimeId } from '../regimes'
import type { RouteId } from '../routes'
import type { AppliedThreshold } from '../threshold'

export type Body = {
  jurisdiction: Jurisdiction
  reservedBodyInScotland: boolean
}

/** The bodies that can reach a new-award result under each procurement regime (section 1). */
export const bodiesUnder: Record<'pa-2023' | 'pcr-2015' | 'pcr-scotland-2015', Body[]> = {
  'pa-2023': [
    { jurisdiction: 'england', reservedBodyInScotland: false },
    { jurisdiction: 'wales', reservedBodyInScotland: false },
    { jurisdiction: 'northern-ireland', reservedBodyInScotland: false },
    { jurisdiction: 'scotland', reservedBodyInScotland: true },
  ],
  'pcr-2015': [
    { jurisdiction: 'england', reservedBodyInScotland: false },
    { jurisdiction: 'wales', reservedBodyInScotland: false },
    { jurisdiction: 'northern-ireland', reservedBodyInScotland: false },
    { jurisdiction: 'scotland', reservedBodyInScotland: true },
  ],
  'pcr-scotland-2015': [{ jurisdiction: 'scotland', reservedBodyInScotland: false }],
}

/** A threshold as the context would carry it; the amount is the test's own figure. */
export function appliedThreshold(
  amount: number,
  kind: AppliedThreshold['kind'],
  unconfirmed = false,
): AppliedThreshold {
  return {
    amount,
    kind,
    inForceFrom: '2026-01-01',
    source: ['pa-2023'],
    date: '2026-12-02',
    unconfirmed,
  }
}

/** A route context with the defaults of an English council, changed by `partial`. */
export function handContext(
  partial: Partial<RouteContext> & Pick<RouteContext, 'route' | 'regime'> & { route: RouteId },
): RouteContext {
  const regime: RegimeId = partial.regime
  return {
    variant: null,
    bodyRegime: regime,
    jurisdiction: 'england',
    authorityType: 'local-authority',
    sib: false,
    userChoice: false,
    lightTouch: false,
    reservedBodyInScotland: false,
    threshold: undefined,
    contractValue: undefined,
    answers: {},
    ...partial,
  }
}

/**
 * Every variant x regime x body of a route whose variants are `light-touch` and `standard`, with
 * a value (over £5 million, and one of the given `values`) and without one.
 */
export function everyLightTouchOrStandardContext(
  route: RouteId,
  threshold: (regime: RegimeId, lightTouch: boolean) => AppliedThreshold,
  values: readonly number[],
): { label: string; ctx: RouteContext }[] {
  const out: { label: string; ctx: RouteContext }[] = []
  for (const regime of ['pa-2023', 'pcr-2015', 'pcr-scotland-2015'] as const) {
    for (const body of bodiesUnder[regime]) {
      for (const variant of ['light-touch', 'standard'] as const) {
        const lightTouch = variant === 'light-touch'
        for (const value of [...values, undefined]) {
          out.push({
            label: `${route} / ${variant} / ${regime} / ${body.jurisdiction}${body.reservedBodyInScotland ? ' (reserved)' : ''} / ${value ?? 'no value'}`,
            ctx: handContext({
              route,
              variant,
              regime,
              jurisdiction: body.jurisdiction,
              reservedBodyInScotland: body.reservedBodyInScotland,
              authorityType: body.reservedBodyInScotland ? 'central-government' : 'local-authority',
              lightTouch,
              contractValue: value,
              threshold: value === undefined ? undefined : threshold(regime, lightTouch),
            }),
          })
        }
      }
    }
  }
  return out
}

/**
 * The sources a new-award result may cite under its regime and nation, placed by hand from each
 * instrument's reach (as reference-scope.test.ts does for the routes the machine reaches): the
 * Welsh instruments only for a devolved Welsh authority; the Procurement Regulations 2024 outside
 * Wales (the Welsh Ministers set the content of its notices); the direct award guidance UK-wide.
 */
export function allowedSources(regime: RegimeId, jurisdiction: Jurisdiction): string[] {
  switch (regime) {
    case 'pa-2023':
      return jurisdiction === 'wales'
        ? ['pa-2023', 'procurement-wales-regs-2024', 'wppn-009', 'co-direct-award-guidance']
        : ['pa-2023', 'procurement-regs-2024', 'co-direct-award-guidance']
    case 'pcr-2015':
      return ['pcr-2015', 'pa-2023-transitional', 'ccr-2016']
    case 'pcr-scotland-2015':
      return ['pcs-regs-2015', 'procurement-journey-standstill', 'ccr-scotland-2016']
    case 'psr-2023':
      return ['psr-2023', 'nhse-psr-guidance']
    case 'psr-wales-2025':
      return ['psr-wales-2025', 'wg-psr-review-unit', 'wg-psr-urgent-guidance']
  }
}
