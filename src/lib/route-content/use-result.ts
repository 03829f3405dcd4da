import type { Answers } from '@machines/answers'
import type { RouteContent } from '@machines/content/route-content'
import { decide, type EvaluateOptions } from '@machines/decide'
import type { Result } from '@machines/result'
import { resultOf } from '@machines/result-of'
import type { RouteId } from '@machines/routes'
import { use, useMemo } from 'react'
import { loadedRouteContent, loadRouteContent } from './load-route-content'

/**
 * The Result for these answers, with the reached route's content loaded on demand (the app
 * never loads every route's content, as evaluate() does). Suspends until that content has
 * loaded, so a <Suspense> with a loading message must be above it; content already loaded,
 * by the early result or an earlier page, is used at once.
 */
export function useResult(answers: Answers, { startDate, today }: EvaluateOptions): Result {
  const decision = useMemo(() => decide(answers, { startDate, today }), [answers, startDate, today])
  const content = useRouteContent(decision.route)
  return useMemo(() => resultOf(decision, content), [decision, content])
}

/** A route's content; suspends while it loads. */
export function useRouteContent(route: RouteId | null): RouteContent | undefined {
  if (!route) return undefined
  return loadedRouteContent(route) ?? use(loadRouteContent(route))
}
