import { alternativesFor } from './alternatives'
import { caseStudies } from './content/case-studies'
import type { Jurisdiction, RouteContent, RouteContext, RouteText } from './content/route-content'
import { sibHeadline, sibNotes } from './content/social-impact-bond'
import { socialValueFor } from './content/social-value'
import { userChoiceNotesFor } from './content/user-choice'
import type { Decision } from './decide'
import { rationaleFor } from './rationale'
import type { Result } from './result'
import { resultNotes } from './result-notes'
import type { RouteId } from './routes'
import { ruleset } from './ruleset'

/**
 * The Result of a decision, in the words of the reached route's content. The caller
 * passes that content: the runner and tests from the whole catalogue (evaluate.ts), the
 * app after loading that one route (src/lib/route-content/).
 */
export function resultOf(decision: Decision, content: RouteContent | undefined): Result {
  const { path, options } = decision
  const dates = { startDate: options.startDate, today: options.today }
  const common = {
    next: decision.next,
    asked: decision.asked,
    regime: decision.regime,
    rationale: [] as Result['rationale'],
    assumptions: decision.assumptions,
    ignored: decision.ignored,
    ruleset: { version: ruleset.version, checked: ruleset.checked },
  }

  const { route, variant, context } = decision
  if (!route || !context) {
    return {
      ...common,
      status: 'incomplete',
      route: null,
      variant: null,
      title: 'Not finished yet',
      summary: 'Answer the remaining questions to get a recommended route.',
      alternatives: [],
      references: [],
      risks: [],
      nextSteps: [],
      threshold: null,
      socialValue: null,
      caseStudies: [],
      notes: resultNotes(path, null, undefined, options.startDate),
    }
  }

  if (content?.id !== route) throw new Error(`The result needs the content of ${route}`)
  const text = content.text(context)
  const headline = headlineText(text, context.sib)
  const threshold = context.threshold
  const sib = context.sib
  // The user-choice flag adds its lines as the SIB flag does (decision model, section 2).
  const userChoice = context.userChoice ? userChoiceNotesFor(context.regime) : undefined
  return {
    ...common,
    status: 'complete',
    route,
    variant,
    regime: context.regime,
    title: headline.title,
    summary: headline.summary,
    rationale: rationaleFor(path, threshold),
    alternatives: alternativesFor(path, route, threshold, dates),
    references: text.references,
    risks: [...text.risks, ...(sib ? sibNotes.risks : []), ...(userChoice?.risks ?? [])],
    nextSteps: nextStepsOf(text, context),
    threshold: threshold
      ? {
          amount: threshold.amount,
          kind: threshold.kind,
          inForceFrom: threshold.inForceFrom,
          source: threshold.source,
        }
      : null,
    socialValue: socialValueFor(context.jurisdiction as Jurisdiction, context.regime, route),
    caseStudies: caseStudiesFor(route, variant),
    notes: [
      ...(userChoice ? [userChoice.summary] : []),
      ...resultNotes(path, route, threshold, options.startDate),
      ...(content.notes ?? []),
    ],
  }
}

/**
 * The top of a result: what the early result paints before the app has loaded (the title,
 * the summary card's facts, reason and first steps, the assumptions and the summary).
 */
export type Headline = Pick<
  Result,
  'route' | 'variant' | 'regime' | 'title' | 'summary' | 'assumptions' | 'rationale' | 'nextSteps'
> & { route: RouteId }

/**
 * The top of a result on a route, as resultOf gives it, without the rest: the alternatives
 * replay the machine many times, which would hold back the early result's paint.
 */
export function headlineOf(decision: Decision, content: RouteContent): Headline {
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
    assumptions: decision.assumptions,
    rationale: rationaleFor(decision.path, context.threshold),
    nextSteps: nextStepsOf(text, context),
  }
}

/** The route's next steps, then those of the SIB and user-choice flags (section 2). */
function nextStepsOf(text: RouteText, context: RouteContext): string[] {
  const userChoice = context.userChoice ? userChoiceNotesFor(context.regime) : undefined
  return [
    ...text.nextSteps,
    ...(context.sib ? sibNotes.nextSteps : []),
    ...(userChoice?.nextSteps ?? []),
  ]
}

/** The route's title and summary, led by the Social Impact Bond on a path with its flag. */
function headlineText(text: RouteText, sib: boolean): Pick<RouteText, 'title' | 'summary'> {
  return sib ? sibHeadline(text) : { title: text.title, summary: text.summary }
}

function caseStudiesFor(route: RouteId, variant: string | null): Result['caseStudies'] {
  return caseStudies
    .filter(
      (c) =>
        c.routes.includes(route) &&
        (!c.variants || (variant !== null && c.variants.includes(variant))),
    )
    .map(({ id, title, summary, source }) => ({ id, title, summary, source }))
}
