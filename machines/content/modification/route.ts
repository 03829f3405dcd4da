// The route content type of the changes journey (decision model 4.2). Its ids are a subset of the
// route ids once routes.ts lists them, so each content object registers as a RouteContent as is.
import type { RouteContent } from '../route-content'

export const modificationRouteIds = [
  'modification-permitted',
  'modification-minor',
  'modification-freely-permitted',
  'psr-modification-permitted',
  'modification-not-permitted',
] as const

export type ModificationRouteId = (typeof modificationRouteIds)[number]

/** A RouteContent whose id is one of the changes journey's routes. */
export type ModificationRouteContent = Omit<RouteContent, 'id'> & { id: ModificationRouteId }
