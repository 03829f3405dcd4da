import type { ReasonBook } from './content/answer-reasons'
import type { RouteContent, RouteContext, RouteText } from './content/route-content'
import { sibHeadline, sibNotes } from './content/social-impact-bond'
import { userChoiceNotesFor } from './content/user-choice'
import type { Decision } from './decide'
import { assumptionsFor, settlingReason } from './rationale'
import type { Result } from './result'
import type { RouteId } from './routes'

/**
 * The top of a result: what the early result paints before the app has loaded (the title,
 * the summary card's facts, reason and first steps, the assumptions and the summary).
 * `reason` is the reason of the result's last rationale entry: the answer that settled the
 * route.
 */
export type Headline = Pick<
  Result,
  'route' | 'variant' | 'regime' | 'title' | 'summary' | 'assumptions' | 'nextSteps'
> & { route: RouteId; reason: string | undefined }

/**
 * The top of a result on a route, as resultOf (result-of.ts) gives it, without the rest:
 * the alternatives replay the path once per answer it could have changed, work the early
 * result's paint need not wait for. A module apart from resultOf, so the early result does not download and
 * run what only the rest of the page needs (social value, case studies, notes).
 */
export function headlineOf(
  decision: Decision,
  content: RouteContent,
  /** The reasons of at least the questions `headlineQuestions` (rationale.ts) names. */
  book: ReasonBook,
): Headline {
  const { route, variant, context } = decision
  if (!route || !context || content.id !== route)
    throw new Error(`The headline needs a route and its content, not ${content.id}`)
  const text = content.text(context)
  const { title, summary } = headlineText(text, context.sib)
  return {
    route,
    variant,
    regime: context.regime,
    title,
    summary,
    assumptions: assumptionsFor(decision.path, book),
    reason: settlingReason(decision.path, context.threshold, book),
    nextSteps: nextStepsOf(text, context),
  }
}

/** The route's next steps, then those of the SIB and user-choice flags (section 2). */
export function nextStepsOf(text: RouteText, context: RouteContext): string[] {
  const userChoice = context.userChoice ? userChoiceNotesFor(context.regime) : undefined
  return [
    ...text.nextSteps,
    ...(context.sib ? sibNotes.nextSteps : []),
    ...(userChoice?.nextSteps ?? []),
  ]
}

/** The route's title and summary, led by the Social Impact Bond on a path with its flag. */
export function headlineText(text: RouteText, sib: boolean): Pick<RouteText, 'title' | 'summary'> {
  return sib ? sibHeadline(text) : { title: text.title, summary: text.summary }
}
