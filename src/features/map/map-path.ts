import type { DecisionGraph, MapNodeId } from '@machines/decision-graph'
import type { Progress } from '@machines/progress'
import type { QuestionId } from '@machines/questions'

/** A session's path on the map: what the machine asked, in order, and where it led. */
export type MapPath = {
  /** The questions answered on the path, then the route reached, in order. */
  steps: MapNodeId[]
  nodes: ReadonlySet<string>
  /** Edges between consecutive steps. */
  edges: ReadonlySet<string>
  /** The answer given to each question on the path. */
  answers: Progress['path']['answers']
  /** The question still to answer, while no route is reached. */
  next: QuestionId | null
  /** The answers of the session (all of them: a jump to a question keeps them). */
  given: Progress['answers']
}

export const noPath: MapPath = {
  steps: [],
  nodes: new Set(),
  edges: new Set(),
  answers: {},
  next: null,
  given: {},
}

/**
 * Reads a session's progress onto the graph. Only what the machine asked counts: an
 * answer kept from an abandoned branch is not on the path.
 */
export function mapPath(graph: DecisionGraph, run: Progress): MapPath {
  const steps: MapNodeId[] = run.route ? [...run.asked, run.route] : [...run.asked]
  const known = new Set(graph.edges.map((e) => e.id))
  const edges = new Set<string>()
  for (let i = 0; i + 1 < steps.length; i++) {
    const id = `${steps[i]}->${steps[i + 1]}`
    if (known.has(id)) edges.add(id)
  }
  return {
    steps,
    nodes: new Set(steps),
    edges,
    answers: run.path.answers,
    next: run.route ? null : run.next,
    given: run.answers,
  }
}
