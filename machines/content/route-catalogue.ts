import type { RouteId } from '../routes'
import type { RouteContent } from './route-content'
import { routeLoaders } from './route-loaders'

/**
 * Every route's content at once, for the runner and the tests, which evaluate any path
 * synchronously (evaluate.ts). Loaded from routeLoaders, so a route is listed in one place.
 * The app never imports this, since it would download every route: it loads the reached
 * route's content (src/lib/route-content/) and reads names from route-summaries.ts.
 */
export const routeCatalogue = Object.fromEntries(
  await Promise.all(Object.entries(routeLoaders).map(async ([id, load]) => [id, await load()])),
) as Record<RouteId, RouteContent>
