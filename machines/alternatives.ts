import { type Answers, pickAnswers } from './answers'
import type { PathAnswers } from './body'
import { changeGroundsFor } from './content/modification/grounds'
import { routeSummaries } from './content/route-summaries'
import { answerLabel, questionTitle } from './content/wording'
import type { IsoDate } from './dates'
import {
  type ChoiceQuestionId,
  choiceOptions,
  isNumberQuestion,
  NOT_SURE,
  numberQuestions,
  type QuestionId,
} from './questions'
import { isChangeJourney, regimeFor } from './regime'
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
  variant: string | null = null,
): Alternative[] {
  if (isChangeJourney(path)) return groundsTested(path, route, variant, threshold, dates)
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

/**
 * The changes journey's alternatives (decision model, section 6.1): each ground its regime
 * tested before the one reached, in the order of section 8.5, with the answer that ruled it
 * out where one changed answer reaches it, and otherwise what the ground needs; then the
 * other results one changed answer away (another regime, say). The other journey is no
 * alternative to a change, so "approach" is not changed.
 */
function groundsTested(
  path: PathAnswers,
  route: RouteId,
  variant: string | null,
  threshold: AppliedThreshold | undefined,
  dates: Dates,
): Alternative[] {
  const found = new Map<string, Alternative>()
  for (const question of [...path.asked].reverse()) {
    const answer = path.answers[question]
    if (answer === undefined || FACTS.includes(question) || question === 'approach') continue
    for (const other of otherAnswers(question, answer, threshold)) {
      const outcome = nearestRoute({ ...path.answers, [question]: other }, dates)
      if (!outcome || (outcome.route === route && outcome.variant === variant)) continue
      const key = `${outcome.route}|${outcome.variant}`
      if (!found.has(key))
        found.set(key, alternativeOf(question, answer, other, outcome, threshold))
    }
  }
  const grounds = changeGroundsFor(regimeFor(path))
  const reached = grounds.findIndex((g) => g.route === route && g.variant === variant)
  const tested = reached < 0 ? grounds : grounds.slice(0, reached)
  const last = path.asked.at(-1) as QuestionId
  const listed = tested.map((ground): Alternative => {
    const byAnswer = found.get(`${ground.route}|${ground.variant}`)
    const name = `${routeSummaries[ground.route].name}: ${ground.name}`
    if (byAnswer)
      return { ...byAnswer, name, wouldApplyIf: `${ground.needs} ${byAnswer.wouldApplyIf}` }
    return {
      route: ground.route,
      variant: ground.variant,
      name,
      ruledOutBy: { question: last, answer: path.answers[last] ?? '' },
      whyNot: 'Your answers and figures do not meet what this ground needs',
      wouldApplyIf: ground.needs,
    }
  })
  const keys = new Set(tested.map((g) => `${g.route}|${g.variant}`))
  const order = (a: Alternative) => path.asked.indexOf(a.ruledOutBy.question)
  const others = [...found.values()]
    .filter((a) => !keys.has(`${a.route}|${a.variant}`))
    .sort((a, b) => order(a) - order(b))
  return [...listed, ...others]
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
      [next]:
        next === 'contract-value'
          ? valueAtThreshold(outcome, dates)
          : isNumberQuestion(next)
            ? numberQuestions[next].min
            : plainest(next),
    }
  }
  return undefined
}

/** No branch of the model is longer than this (the changes journey is the longest). */
const MAX_STEPS = 40
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
  // The changes journey's figures are compared in several ways at once: its result shows the
  // arithmetic instead.
  if (isNumberQuestion(question)) return []
  // "Not sure" always follows one of the other options, so it adds no new route.
  return choiceOptions[question as ChoiceQuestionId].filter((o) => o !== answer && o !== NOT_SURE)
}
