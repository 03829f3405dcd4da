/** The routes of the decision model (section 4). Ids are a public contract. */
export const routeIds = [
  'grant',
  'community-asset-transfer',
  'joint-venture-partnership',
  'public-public-exempt',
  'provider-selection-regime',
  'below-threshold',
  'light-touch-flexible',
  'competitive-procedure',
  'innovation-partnership',
  'direct-award-uniqueness',
  'framework-call-off',
  'reserved-contract-mutual',
  'alliance-partnership',
] as const

export type RouteId = (typeof routeIds)[number]

/** Each route's variants (null where it has none). */
export const routeVariants: Record<RouteId, readonly string[] | null> = {
  grant: ['not-a-subsidy', 'minimal-financial-assistance', 'subsidy-assessment'],
  'community-asset-transfer': ['full-value', 'undervalue'],
  'joint-venture-partnership': null,
  'public-public-exempt': ['vertical', 'horizontal'],
  'provider-selection-regime': [
    'direct-award-a',
    'direct-award-b',
    'direct-award-c',
    'direct-award-1',
    'direct-award-2',
    'most-suitable-provider',
    'competitive-process',
  ],
  'below-threshold': null,
  'light-touch-flexible': ['open-book', 'conventional'],
  'competitive-procedure': ['open-book', 'conventional'],
  'innovation-partnership': ['light-touch', 'standard'],
  'direct-award-uniqueness': ['light-touch', 'standard'],
  'framework-call-off': ['light-touch', 'standard'],
  // Reservation is only asked about for light touch services, so "standard" never occurs.
  'reserved-contract-mutual': ['light-touch'],
  'alliance-partnership': ['light-touch', 'standard'],
}

/** Routes outside procurement law: their references hold under every regime. */
export const routesOutsideProcurement: readonly RouteId[] = [
  'grant',
  'community-asset-transfer',
  'joint-venture-partnership',
]

export function isRouteId(id: string): id is RouteId {
  return (routeIds as readonly string[]).includes(id)
}
