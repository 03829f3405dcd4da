import type { RouteContent } from '@machines/content/route-content'
import { routeLoaders } from '@machines/content/route-loaders'
import type { RouteId } from '@machines/routes'

// One per page load, shared by the early result (src/boot/) and the app, which the build
// puts in one chunk: content the early result loaded is there when the app starts.
const loaded = new Map<RouteId, RouteContent>()
const loading = new Map<RouteId, Promise<RouteContent>>()

/**
 * A route's content: its chunk, downloaded the first time a result needs it. Always the
 * same promise for a route, as React's `use` needs; a failed download is forgotten, so the
 * next call tries again.
 */
export function loadRouteContent(route: RouteId): Promise<RouteContent> {
  let promise = loading.get(route)
  if (!promise) {
    promise = routeLoaders[route]().then(
      (content) => {
        loaded.set(route, content)
        return content
      },
      (error: unknown) => {
        loading.delete(route)
        throw error
      },
    )
    loading.set(route, promise)
  }
  return promise
}

/** The route's content if it has loaded already. */
export function loadedRouteContent(route: RouteId): RouteContent | undefined {
  return loaded.get(route)
}
