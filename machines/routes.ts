import { variantsByRoute } from './decision-table'

/** The routes of the decision model (section 4.1, in its order). Ids are a public contract. */
export const routeIds = [
  'grant',
  'community-asset-transfer',
  'joint-venture-partnership',
  'public-public-exempt',
  'provider-selection-regime',
  'outside-procurement-rules',
  'below-threshold',
  'direct-award-user-choice',
  'concession-contract',
  'light-touch-flexible',
  'competitive-procedure',
  'innovation-partnership',
  'direct-award-uniqueness',
  'direct-award-urgency',
  'framework-call-off',
  'reserved-contract-supported-employment',
  'reserved-contract-mutual',
  'alliance-partnership',
  // Section 8: the changes journey (section 4.2).
  'modification-permitted',
  'modification-minor',
  'modification-freely-permitted',
  'psr-modification-permitted',
  'modification-not-permitted',
] as const

export type RouteId = (typeof routeIds)[number]

/** Each route's variants (null where it has none), as the decision table sets them. */
export const routeVariants: Record<RouteId, readonly string[] | null> = (() => {
  const found = variantsByRoute()
  return Object.fromEntries(
    routeIds.map((id) => {
      const variants = found.get(id) ?? []
      return [id, variants.length > 0 ? variants : null]
    }),
  ) as Record<RouteId, readonly string[] | null>
})()

/**
 * Routes outside procurement law: they buy nothing, so procurement duties (social value
 * among them) do not reach them, and their references hold under every regime.
 */
export const routesOutsideProcurement: readonly RouteId[] = [
  'grant',
  'community-asset-transfer',
  'joint-venture-partnership',
  'outside-procurement-rules',
]

export const isOutsideProcurement = (route: RouteId) => routesOutsideProcurement.includes(route)

export function isRouteId(id: string): id is RouteId {
  return (routeIds as readonly string[]).includes(id)
}
