import { alternativesFor } from './alternatives'
import { type Answers, pickAnswers } from './answers'
import type { PathAnswers } from './body'
import { caseStudies } from './content/case-studies'
import { routeCatalogue } from './content/route-catalogue'
import type { Jurisdiction } from './content/route-content'
import { sibJointVentureNote, sibNotes } from './content/social-impact-bond'
import { socialValueFor } from './content/social-value'
import { userChoiceNotesFor } from './content/user-choice'
import type { IsoDate } from './dates'
import { validAnswers } from './progress'
import type { QuestionId } from './questions'
import { assumptionsFor, rationaleFor } from './rationale'
import { regimeFor } from './regime'
import { replay } from './replay'
import type { Result } from './result'
import { resultNotes } from './result-notes'
import { routeContext } from './route-context'
import type { RouteId } from './routes'
import { ruleset } from './ruleset'

export type EvaluateOptions = {
  /** The day the procurement starts (YYYY-MM-DD); selects the dated thresholds. */
  startDate?: IsoDate | undefined
  /** Today (YYYY-MM-DD), passed in: nothing in machines/ reads the clock. */
  today: IsoDate
}

/**
 * Replays the answers through the decision machine and builds the Result. Answers that
 * are not valid for their question are left out; answers not on the path are listed in
 * `ignored`.
 */
export function evaluate(answers: Answers, options: EvaluateOptions): Result {
  const valid = validAnswers(answers)
  const dates = { startDate: options.startDate, today: options.today }
  const run = replay(valid, dates)
  const path: PathAnswers = { answers: pickAnswers(valid, run.asked), asked: run.asked }
  const ignored = (Object.keys(valid) as QuestionId[]).filter((id) => !run.asked.includes(id))
  const common = {
    next: run.next,
    asked: run.asked,
    regime: regimeFor(path),
    rationale: [] as Result['rationale'],
    assumptions: assumptionsFor(path),
    ignored,
    ruleset: { version: ruleset.version, checked: ruleset.checked },
  }

  if (!run.route) {
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

  const context = routeContext(path, run.route, run.variant, dates)
  const text = routeCatalogue[run.route].text(context)
  const threshold = context.threshold
  const sib = context.sib
  // The user-choice flag adds its lines as the SIB flag does (decision model, section 2).
  const userChoice = context.userChoice ? userChoiceNotesFor(context.regime) : undefined
  return {
    ...common,
    status: 'complete',
    route: run.route,
    variant: run.variant,
    regime: context.regime,
    title: text.title,
    summary: text.summary,
    rationale: rationaleFor(path, threshold),
    alternatives: alternativesFor(path, run.route, threshold, dates),
    references: text.references,
    risks: [...text.risks, ...(sib ? sibNotes.risks : []), ...(userChoice?.risks ?? [])],
    nextSteps: [
      ...text.nextSteps,
      ...(sib ? sibNotes.nextSteps : []),
      ...(userChoice?.nextSteps ?? []),
    ],
    threshold: threshold
      ? {
          amount: threshold.amount,
          kind: threshold.kind,
          inForceFrom: threshold.inForceFrom,
          source: threshold.source,
        }
      : null,
    socialValue: socialValueFor(context.jurisdiction as Jurisdiction, context.regime, run.route),
    caseStudies: caseStudiesFor(run.route, run.variant),
    notes: [
      ...(sib ? [sibNotes.summary] : []),
      ...(userChoice ? [userChoice.summary] : []),
      ...resultNotes(path, run.route, threshold, options.startDate),
      ...(run.route === 'joint-venture-partnership' ? [sibJointVentureNote] : []),
    ],
  }
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
