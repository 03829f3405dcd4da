import { alternativesFor } from './alternatives'
import { answerReasons } from './content/answer-reasons'
import { caseStudies } from './content/case-studies'
import {
  belowAtAwardNote,
  modificationDuties,
  modificationNotes,
} from './content/modification/sentences'
import type { Jurisdiction, RouteContent } from './content/route-content'
import { sibNotes } from './content/social-impact-bond'
import { socialValueFor } from './content/social-value'
import { userChoiceNotesFor } from './content/user-choice'
import { crossesThresholdUnderRegulations } from './contract-change'
import type { Decision } from './decide'
import { headlineText, nextStepsOf } from './headline'
import { assumptionsFor, rationaleFor } from './rationale'
import { isChangeJourney } from './regime'
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
    assumptions: assumptionsFor(path, answerReasons),
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
    rationale: rationaleFor(path, threshold, answerReasons),
    alternatives: alternativesFor(path, route, threshold, dates, variant),
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
    // The changes journey replaces the social value note with the duty to have regard to the
    // procurement objectives or principles (decision model, section 6.1).
    socialValue: isChangeJourney(path)
      ? modificationDuties(context)
      : socialValueFor(context.jurisdiction as Jurisdiction, context.regime, route),
    caseStudies: caseStudiesFor(route, variant),
    notes: [
      ...(userChoice ? [userChoice.summary] : []),
      ...resultNotes(path, route, threshold, options.startDate),
      ...(content.notes ?? []),
      ...changeNotes(decision),
    ],
  }
}

/**
 * The notes of a result of the changes journey (sections 8.1 and 8.5.3): what it assumes
 * about the organisation and the rules, and the case test B1 leaves to the cautious course.
 */
function changeNotes({ path, options, context }: Decision): string[] {
  if (!context || !isChangeJourney(path)) return []
  const dated = { ...path, startDate: options.startDate, today: options.today }
  return [
    ...modificationNotes(context),
    ...(crossesThresholdUnderRegulations(dated) ? [belowAtAwardNote] : []),
  ]
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
