import type { Answers } from './answers'
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
import { type Replay, replay } from './replay'
import type { Alternative } from './result'
import type { RouteId } from './routes'
import { type AppliedThreshold, thresholdFor } from './threshold'

/**
 * The routes this path turned away from, found by asking the machine itself: change one
 * answer on the path, keep the rest, and see where it leads. Nothing here restates the
 * routing, so the alternatives cannot drift from it.
 */
export function alternativesFor(
  path: PathAnswers,
  route: RouteId,
  variant: string | null,
  threshold: AppliedThreshold | undefined,
  dates: { startDate?: IsoDate | undefined; today: IsoDate },
): Alternative[] {
  // On the changes journey each ground is its own alternative (decision model, section
  // 6.1): the grounds are the variants, and the other journey is no alternative to a change.
  const change = isChangeJourney(path)
  const found = new Map<string, Alternative>()
  // The latest answer that could have changed the route is the one that ruled an
  // alternative out, so walk back from the end of the path.
  for (const question of [...path.asked].reverse()) {
    const answer = path.answers[question]
    if (answer === undefined || FACTS.includes(question)) continue
    if (change && question === 'approach') continue
    for (const other of otherAnswers(question, answer, threshold)) {
      const changed: Answers = { ...path.answers, [question]: other }
      const outcome = nearestRoute(changed, dates)
      if (!outcome?.route || (outcome.route === route && !change)) continue
      if (change && outcome.route === route && outcome.variant === variant) continue
      const key = change ? `${outcome.route}|${outcome.variant}` : outcome.route
      if (found.has(key)) continue
      const content = routeSummaries[outcome.route]
      const variantLabel = outcome.variant ? content.variantLabels?.[outcome.variant] : undefined
      found.set(key, {
        route: outcome.route,
        variant: outcome.variant,
        name: change && variantLabel ? `${content.name}: ${variantLabel}` : content.name,
        ruledOutBy: { question, answer },
        whyNot: `You answered “${answerLabel(question, answer)}” to “${questionTitle(question)}”`,
        wouldApplyIf: `It could apply if the answer were “${answerLabel(question, other)}” and your later answers led there. ${content.appliesWhen}`,
      })
    }
  }
  const order = (a: Alternative) => path.asked.indexOf(a.ruledOutBy.question)
  const alternatives = [...found.values()].sort((a, b) => order(a) - order(b))
  return change ? groundsTested(path, route, variant, found, alternatives) : alternatives
}

/**
 * The changes journey's alternatives (section 6.1): each ground its regime tested before the
 * one reached, in the order of section 8.5, with the answer that ruled it out where one answer
 * could have changed it and otherwise what the ground needs; then any other way the answers
 * could have gone (another regime, say).
 */
function groundsTested(
  path: PathAnswers,
  route: RouteId,
  variant: string | null,
  found: Map<string, Alternative>,
  others: Alternative[],
): Alternative[] {
  const grounds = changeGroundsFor(regimeFor(path))
  const reached = grounds.findIndex((g) => g.route === route && g.variant === variant)
  const tested = reached < 0 ? grounds : grounds.slice(0, reached)
  const last = path.asked.at(-1) as QuestionId
  const listed = tested.map((ground): Alternative => {
    const key = `${ground.route}|${ground.variant}`
    const byAnswer = found.get(key)
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
  return [...listed, ...others.filter((a) => !keys.has(`${a.route}|${a.variant}`))]
}

/** Who the organisation is and where: facts to check, not choices that rule a route out. */
const FACTS: readonly QuestionId[] = ['jurisdiction', 'authority-type', 'scotland-body']

/**
 * Where changed answers lead: straight to a route, or, when the change opens questions
 * this path never asked, along the plainest way on: "no" where offered, otherwise the
 * general option, and a value at the threshold.
 */
function nearestRoute(
  answers: Answers,
  dates: { startDate?: IsoDate | undefined; today: IsoDate },
) {
  let current = answers
  for (let step = 0; step < MAX_STEPS; step++) {
    const outcome = replay(current, dates)
    if (outcome.route || !outcome.next) return outcome
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

function valueAtThreshold(
  run: Replay,
  dates: { startDate?: IsoDate | undefined; today: IsoDate },
): number {
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
    return [answer < threshold.amount ? threshold.amount : threshold.amount - 1]
  }
  // The changes journey's figures are compared in several ways at once: its result shows
  // the arithmetic instead (contract-change.ts).
  if (isNumberQuestion(question)) return []
  // "Not sure" always follows one of the other options, so it adds no new route.
  return choiceOptions[question as ChoiceQuestionId].filter((o) => o !== answer && o !== NOT_SURE)
}
