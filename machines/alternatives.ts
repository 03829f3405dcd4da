import { type Answers, pickAnswers } from './answers'
import type { PathAnswers } from './body'
import { routeSummaries } from './content/route-summaries'
import { answerLabel, questionTitle } from './content/wording'
import type { IsoDate } from './dates'
import { type ChoiceQuestionId, choiceOptions, NOT_SURE, type QuestionId } from './questions'
import { regimeFor } from './regime'
import type { RegimeId } from './regimes'
import { type Replay, replay } from './replay'
import type { Alternative } from './result'
import { type RouteId, routeIds } from './routes'
import { type AppliedThreshold, isBelowThreshold, thresholdFor } from './threshold'

type Dates = { startDate?: IsoDate | undefined; today: IsoDate }

/**
 * The routes this path turned away from, found by asking the machine itself: change one
 * answer on the path, keep the rest, and see where it leads. Nothing here restates the
 * routing, so the alternatives cannot drift from it.
 *
 * Ranked for the person reading them (rankAlternatives): first the routes their own path
 * reaches with one answer changed, then those of the same regime, then the rest.
 */
export function alternativesFor(
  path: PathAnswers,
  route: RouteId,
  threshold: AppliedThreshold | undefined,
  dates: Dates,
): Alternative[] {
  const found = new Map<RouteId, Found>()
  // Walk back from the end of the path: the latest answer that changes the route is the
  // one that ruled an alternative out, and a route the path reaches directly is kept over
  // one that needs answers the path never gave.
  for (const question of [...path.asked].reverse()) {
    const answer = path.answers[question]
    if (answer === undefined || FACTS.includes(question)) continue
    for (const other of otherAnswers(question, answer, threshold)) {
      const changed: Answers = { ...path.answers, [question]: other }
      const outcome = nearestRoute(changed, dates)
      if (!outcome?.route || outcome.route === route) continue
      const earlier = found.get(outcome.route)
      if (earlier && (earlier.direct || !outcome.direct)) continue
      found.set(outcome.route, {
        direct: outcome.direct,
        regime: outcome.regime,
        alternative: alternativeOf(question, answer, other, outcome, threshold),
      })
    }
  }
  return rankAlternatives([...found.values()], path.asked, regimeFor(path))
}

/** An alternative as found: whether the path reaches it directly, and under which regime. */
export type Found = { direct: boolean; regime: RegimeId; alternative: Alternative }

/**
 * The order the result lists alternatives in: the routes one changed answer away on the
 * person's own path, latest question first (the nearest decision); then the other routes of
 * the result's regime; then the rest. Within the last two, the decision model's route order
 * (section 4.1).
 */
export function rankAlternatives(
  found: readonly Found[],
  asked: readonly QuestionId[],
  regime: RegimeId,
): Alternative[] {
  const group = (f: Found) => (f.direct ? 0 : f.regime === regime ? 1 : 2)
  const latestFirst = (f: Found) => -asked.indexOf(f.alternative.ruledOutBy.question)
  const routeOrder = (f: Found) => routeIds.indexOf(f.alternative.route)
  return [...found]
    .sort(
      (a, b) =>
        group(a) - group(b) ||
        (group(a) === 0 ? latestFirst(a) - latestFirst(b) : routeOrder(a) - routeOrder(b)),
    )
    .map((f) => f.alternative)
}

/** Who the organisation is and where: facts to check, not choices that rule a route out. */
const FACTS: readonly QuestionId[] = ['jurisdiction', 'authority-type', 'scotland-body']

type Outcome = Replay & { route: RouteId; direct: boolean; regime: RegimeId }

function alternativeOf(
  question: QuestionId,
  answer: string | number,
  other: string | number,
  outcome: Outcome,
  threshold: AppliedThreshold | undefined,
): Alternative {
  const content = routeSummaries[outcome.route]
  const instead = insteadOf(question, other, threshold)
  const reached = outcome.direct
    ? `It would apply if ${instead}.`
    : `It could apply if ${instead} and your later answers led there.`
  return {
    route: outcome.route,
    variant: outcome.variant,
    name: content.name,
    ruledOutBy: { question, answer },
    whyNot: `You answered “${answerLabel(question, answer)}” to “${questionTitle(question)}”`,
    wouldApplyIf: `${reached} ${content.appliesWhen}`,
  }
}

/**
 * The changed answer in words. A value is said as its side of the threshold, by the
 * machine's own threshold test: the one figure tried stands for every value on that side.
 */
function insteadOf(
  question: QuestionId,
  other: string | number,
  threshold: AppliedThreshold | undefined,
): string {
  if (question === 'contract-value' && typeof other === 'number' && threshold) {
    const side = isBelowThreshold(other, threshold) ? 'below' : 'at or above'
    return `the value were ${side} the threshold`
  }
  return `the answer were “${answerLabel(question, other)}”`
}

/**
 * Where changed answers lead: straight to a route (direct: the person's own path with one
 * answer changed), or, when the change opens questions this path never asked, along the
 * plainest way on: "no" where offered, otherwise the general option, and a value at the
 * threshold.
 */
function nearestRoute(answers: Answers, dates: Dates): Outcome | undefined {
  let current = answers
  for (let step = 0; step < MAX_STEPS; step++) {
    const outcome = replay(current, dates)
    if (outcome.route) {
      const path = { answers: pickAnswers(current, outcome.asked), asked: outcome.asked }
      return { ...outcome, route: outcome.route, direct: step === 0, regime: regimeFor(path) }
    }
    if (!outcome.next) return undefined
    const next = outcome.next
    current = {
      ...current,
      [next]: next === 'contract-value' ? valueAtThreshold(outcome, dates) : plainest(next),
    }
  }
  return undefined
}

/** No branch of the model is longer than this. */
const MAX_STEPS = 30
const PLAIN = ['no', 'other', 'standard', 'conventional', 'full-value']

function plainest(question: ChoiceQuestionId): string {
  const options = choiceOptions[question] as readonly string[]
  return PLAIN.find((o) => options.includes(o)) ?? (options[0] as string)
}

function valueAtThreshold(run: Replay, dates: Dates): number {
  const t = thresholdFor({
    ...run,
    asked: [...run.asked, 'contract-value'],
    startDate: dates.startDate,
    today: dates.today,
  })
  return t?.amount ?? 0
}

/** The answers worth trying instead: every other option, or the other side of the threshold. */
function otherAnswers(
  question: QuestionId,
  answer: string | number,
  threshold: AppliedThreshold | undefined,
): (string | number)[] {
  if (question === 'contract-value') {
    if (!threshold || typeof answer !== 'number') return []
    return [isBelowThreshold(answer, threshold) ? threshold.amount : threshold.amount - 1]
  }
  // "Not sure" always follows one of the other options, so it adds no new route.
  return choiceOptions[question as ChoiceQuestionId].filter((o) => o !== answer && o !== NOT_SURE)
}
