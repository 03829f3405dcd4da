import { routeSummaries } from '@machines/content/route-summaries'
import { regimes } from '@machines/regimes'
import type { Result } from '@machines/result'
import { routesOutsideProcurement } from '@machines/routes'

export type RouteFact = { label: string; value: string; note?: string }

/**
 * The facts at the top of a result: the route, its variant and the procurement rules.
 * Shared by the result page and the early result painted before the app loads.
 */
export function routeFacts(result: Pick<Result, 'route' | 'variant' | 'regime'>): RouteFact[] {
  if (!result.route) return []
  const route = routeSummaries[result.route]
  const facts: RouteFact[] = [{ label: 'Route', value: route.name }]
  if (result.variant) {
    facts.push({
      label: 'Variant',
      value: route.variantLabels[result.variant] ?? result.variant,
    })
  }
  const rules: RouteFact = { label: 'Procurement rules', value: regimes[result.regime].name }
  if (routesOutsideProcurement.includes(result.route)) {
    rules.note = ' (this route sits outside them)'
  }
  facts.push(rules)
  return facts
}
