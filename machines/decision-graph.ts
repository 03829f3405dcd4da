import type { ConditionName } from './conditions'
import { routeSummaries } from './content/route-summaries'
import { answerLabel, questionTitle } from './content/wording'
import { type DecisionTable, decisionTable, type Rule, type StepId } from './decision-table'
import { choiceOptions, isChoiceQuestion, isQuestionId, type QuestionId } from './questions'
import { type RouteId, routeIds } from './routes'

/**
 * The decision model as a graph, read from the decision table that the statechart is
 * built from, so the decision map can never drift from the routing: a node per question
 * and per route, an edge per way between them, labelled with the options and conditions
 * that take it.
 */

export type MapNodeId = QuestionId | RouteId

export type GraphNode = { id: MapNodeId; kind: 'question' | 'route'; label: string }

/** A named condition of the table (a guard of the machine), and whether it must hold. */
export type Condition = { guard: ConditionName; holds: boolean }

/** One way along an edge: one of `options` (null: any answer) while every condition holds. */
export type EdgeCase = { options: readonly string[] | null; conditions: Condition[] }

export type GraphEdge = {
  /** `source->target`: there is at most one edge between two nodes. */
  id: string
  source: QuestionId
  target: MapNodeId
  cases: EdgeCase[]
  label: string
}

export type DecisionGraph = { initial: QuestionId; nodes: GraphNode[]; edges: GraphEdge[] }

/**
 * Short words for the guards that are not about the answer itself, as "if …" clauses:
 * what holds, and what holds when the guard does not.
 */
export const conditionWords: Record<ConditionName, { holds: string; fails: string }> = {
  asksScotlandBody: {
    holds: 'Scottish central government or other public body',
    fails: 'not a Scottish central government or other public body',
  },
  isDevolvedScottishBody: {
    holds: 'devolved Scottish body',
    fails: 'not a devolved Scottish body',
  },
  psrMayApply: {
    holds: 'Provider Selection Regime may apply',
    fails: 'Provider Selection Regime does not apply',
  },
  inEngland: { holds: 'in England', fails: 'outside England' },
  isLightTouch: { holds: 'light touch services', fails: 'not light touch services' },
  asksThresholdClass: {
    holds: 'NHS or other public body, not light touch',
    fails: 'central government, local authority or light touch',
  },
  belowThreshold: { holds: 'below threshold', fails: 'at or above threshold' },
  mutualsReservable: {
    holds: 'reserving for mutuals is possible',
    fails: 'reserving for mutuals is not possible',
  },
  asksContractingAuthority: {
    holds: 'other public body',
    fails: 'central government, local authority or NHS',
  },
  choseProvider: {
    holds: 'the person chose the provider',
    fails: 'not one person’s chosen provider',
  },
  underTheAct: { holds: 'under the Procurement Act 2023', fails: 'under the 2015 Regulations' },
}

/**
 * Where a guard reads more narrowly at one question: after "Is it a concession?" the
 * threshold compared is the concession threshold (threshold.ts), not the contract one.
 */
const conditionWordsAt: Partial<
  Record<QuestionId, Partial<Record<ConditionName, { holds: string; fails: string }>>>
> = {
  concession: {
    belowThreshold: {
      holds: 'below the concession threshold',
      fails: 'at or above the concession threshold',
    },
  },
}

/** Any answer: the one value a question without fixed options is tried with. */
const ANY = '*'

export function decisionGraph(table: DecisionTable = decisionTable): DecisionGraph {
  const nodes: GraphNode[] = []
  const edges = new Map<string, { source: QuestionId; target: MapNodeId; cases: EdgeCase[] }>()
  for (const [key, rules] of Object.entries(table.steps) as [StepId, readonly Rule[]][]) {
    if (!isQuestionId(key)) continue
    nodes.push({ id: key, kind: 'question', label: questionTitle(key) })
    for (const { target, cases } of leavingCases(rules, key, table)) {
      const id = `${key}->${target}`
      const edge = edges.get(id) ?? { source: key, target, cases: [] }
      edge.cases.push(...cases)
      edges.set(id, edge)
    }
  }
  for (const id of routeIds) nodes.push({ id, kind: 'route', label: routeSummaries[id].name })
  return {
    initial: table.first,
    nodes,
    edges: [...edges].map(([id, edge]) => {
      const cases = simplify(edge.cases, edge.source)
      return { id, ...edge, cases, label: edgeLabel(edge.source, cases) }
    }),
  }
}

/**
 * Where a step's rules lead, each with the cases that take it. Steps that ask nothing
 * (such as `contract-branch`) are passed through: their conditions join the incoming
 * case and the edge goes on to where they lead. A rule that no answer can take is refused:
 * it would be a line in the table that never applies.
 */
function leavingCases(
  rules: readonly Rule[],
  step: StepId,
  table: DecisionTable,
): { target: MapNodeId; cases: EdgeCase[] }[] {
  const domain = isQuestionId(step) && isChoiceQuestion(step) ? choiceOptions[step] : [ANY]
  // For each option, the conditions of earlier rules it could take: a later rule is
  // taken only when none of them held.
  const earlier = new Map<string, Condition[][]>(domain.map((v) => [v, []]))
  const result: { target: MapNodeId; cases: EdgeCase[] }[] = []
  for (const [index, rule] of rules.entries()) {
    const reading: GuardReading = {
      options: rule.answers ?? null,
      conditions: rule.when ? [{ guard: rule.when, holds: true }] : [],
    }
    const taking = new Map<string, { options: string[]; conditions: Condition[] }>()
    for (const option of domain) {
      if (reading.options && !reading.options.includes(option)) continue
      const before = earlier.get(option) ?? []
      if (before.some((c) => c.length === 0)) continue
      const conditions = combine(reading.conditions, before.map(negate))
      if (!conditions) continue
      before.push(reading.conditions)
      const key = conditionKey(conditions)
      const found = taking.get(key) ?? { options: [], conditions }
      found.options.push(option)
      taking.set(key, found)
    }
    const cases = [...taking.values()].map(({ options, conditions }) => ({
      options: options.includes(ANY) ? null : options,
      conditions,
    }))
    if (cases.length === 0) throw new Error(`Rule ${index + 1} of "${step}" can never be taken`)
    if (rule.route) {
      result.push({ target: rule.route, cases })
      continue
    }
    const target = rule.next
    if (isQuestionId(target)) {
      result.push({ target, cases })
      continue
    }
    for (const onward of leavingCases(table.steps[target], target, table)) {
      const joined = cases.flatMap((c) =>
        onward.cases.flatMap((o) => {
          const conditions = combine(c.conditions, o.conditions)
          return conditions ? [{ options: c.options, conditions }] : []
        }),
      )
      if (joined.length > 0) result.push({ target: onward.target, cases: joined })
    }
  }
  return result
}

/** A rule read as: which answers (null: any) and which other conditions. */
type GuardReading = { options: readonly string[] | null; conditions: Condition[] }

/** "Not all of these": only a single condition can be written as a plain negation. */
function negate(conditions: Condition[]): Condition {
  const [only, ...rest] = conditions
  if (!only || rest.length > 0) {
    throw new Error('The decision map cannot yet word "not all of" several conditions')
  }
  return { guard: only.guard, holds: !only.holds }
}

/** The conditions together, duplicates dropped; undefined when they contradict. */
function combine(a: Condition[], b: Condition[]): Condition[] | undefined {
  const all: Condition[] = []
  for (const c of [...a, ...b]) {
    const same = all.find((d) => d.guard === c.guard)
    if (!same) all.push(c)
    else if (same.holds !== c.holds) return undefined
  }
  return all
}

const conditionKey = (conditions: Condition[]) =>
  conditions
    .map((c) => `${c.holds ? '' : '!'}${c.guard}`)
    .sort()
    .join('&')

/**
 * Fewer, plainer cases: options that share conditions become one case, and two cases for
 * the same options that differ only in whether one condition holds lose that condition
 * ("Yes, in England" and "Yes, outside England" are simply "Yes").
 */
function simplify(cases: EdgeCase[], question: QuestionId): EdgeCase[] {
  const order = isChoiceQuestion(question) ? (choiceOptions[question] as readonly string[]) : []
  let current = cases
  for (let changed = true; changed; ) {
    changed = false
    const merged: EdgeCase[] = []
    for (const c of current) {
      const twin = merged.find((m) => mergeable(m, c))
      if (!twin) {
        merged.push(c)
        continue
      }
      changed = true
      const options =
        twin.options === null || c.options === null
          ? null
          : order.filter((o) => twin.options?.includes(o) || c.options?.includes(o))
      const conditions =
        conditionKey(twin.conditions) === conditionKey(c.conditions)
          ? twin.conditions
          : twin.conditions.filter((t) =>
              c.conditions.some((d) => d.guard === t.guard && d.holds === t.holds),
            )
      merged[merged.indexOf(twin)] = { options, conditions }
    }
    current = merged
  }
  return current
}

function mergeable(a: EdgeCase, b: EdgeCase): boolean {
  if (conditionKey(a.conditions) === conditionKey(b.conditions)) return true
  const sameOptions = a.options?.join() === b.options?.join()
  if (!sameOptions || a.conditions.length !== b.conditions.length) return false
  const differ = a.conditions.filter(
    (c) => !b.conditions.some((d) => d.guard === c.guard && d.holds === c.holds),
  )
  const [only, ...rest] = differ
  return (
    only !== undefined &&
    rest.length === 0 &&
    b.conditions.some((d) => d.guard === only.guard && d.holds !== only.holds)
  )
}

/** The options an edge is taken for; null when any answer may take it. */
export function edgeOptions(edge: GraphEdge): readonly string[] | null {
  if (edge.cases.some((c) => c.options === null)) return null
  return [...new Set(edge.cases.flatMap((c) => c.options ?? []))]
}

/** "Yes or I am not sure, in England"; "Below threshold"; "Any answer". */
export function caseLabel(question: QuestionId, c: EdgeCase): string {
  const every =
    c.options === null ||
    (isChoiceQuestion(question) && choiceOptions[question].every((o) => c.options?.includes(o)))
  const parts = [
    ...(every ? [] : [(c.options ?? []).map((o) => answerLabel(question, o)).join(' or ')]),
    ...c.conditions.map((d) => {
      const words = conditionWordsAt[question]?.[d.guard] ?? conditionWords[d.guard]
      return d.holds ? words.holds : words.fails
    }),
  ]
  const text = parts.join(', ') || 'any answer'
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function edgeLabel(question: QuestionId, cases: EdgeCase[]): string {
  return cases.map((c) => caseLabel(question, c)).join('; ')
}
