import type { RouteContent } from './content/route-content'
import type { Decision } from './decide'
import type { Result } from './result'
import type { RouteId } from './routes'

/** The top of a result: what the early result paints before the app has loaded. */
export type Headline = Pick<
  Result,
  'route' | 'variant' | 'regime' | 'title' | 'summary' | 'assumptions'
> & { route: RouteId }

/**
 * The top of a result on a route, as resultOf (result-of.ts) gives it, without the rest:
 * the alternatives replay the machine many times, which would hold back the early
 * result's paint. A module apart from resultOf, so the early result does not download and
 * run what only the rest of the page needs (social value, case studies, notes).
 */
export function headlineOf(decision: Decision, content: RouteContent): Headline {
  const { route, variant, context } = decision
  if (!route || !context || content.id !== route)
    throw new Error(`The headline needs a route and its content, not ${content.id}`)
  const text = content.text(context)
  return {
    route,
    variant,
    regime: context.regime,
    title: text.title,
    summary: text.summary,
    assumptions: decision.assumptions,
  }
}
