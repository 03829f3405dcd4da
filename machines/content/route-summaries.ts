import type { RouteId } from '../routes'
import { routeCatalogue } from './route-catalogue'
import type { RouteContent } from './route-content'

/** What lists of routes show (alternatives, comparisons, the map, exports): no route's text. */
export type RouteSummary = Pick<RouteContent, 'id' | 'name' | 'appliesWhen' | 'variantLabels'>

/**
 * Each route's name, when it applies and its variants' labels, read from its content file.
 * The build replaces this module with its value as plain data (scripts/build-time-data.ts),
 * so the app has every route's name without downloading any route's text.
 */
export const routeSummaries = Object.fromEntries(
  Object.values(routeCatalogue).map(({ id, name, appliesWhen, variantLabels }) => [
    id,
    { id, name, appliesWhen, variantLabels },
  ]),
) as Record<RouteId, RouteSummary>
