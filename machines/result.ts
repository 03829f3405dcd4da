import type { Reference } from './content/route-content'
import type { IsoDate } from './dates'
import type { QuestionId } from './questions'
import type { RegimeId } from './regimes'
import type { RouteId } from './routes'
import type { ThresholdKind } from './thresholds'

/** One answer that shaped the route, and why. */
export type RationaleEntry = { question: QuestionId; answer: string | number; reason: string }

/** What a "not sure" answer was taken to mean, why that is cautious, and how to find out. */
export type Assumption = { question: QuestionId; assumed: string; why: string; check: string }

/** A route the path turned away from: the answer that ruled it out and what would bring it back. */
export type Alternative = {
  route: RouteId
  variant: string | null
  name: string
  ruledOutBy: { question: QuestionId; answer: string | number }
  whyNot: string
  wouldApplyIf: string
}

export type ResultThreshold = {
  amount: number
  kind: ThresholdKind
  inForceFrom: IsoDate
  /** Source ids (sources.ts). */
  source: string[]
}

export type CaseStudyRef = { id: string; title: string; summary: string; source: string }

/**
 * What every evaluation returns: the public contract shared by the runner, the UI and
 * the exports. Every field is always present; lists are empty where nothing applies.
 */
export type Result = {
  status: 'complete' | 'incomplete'
  next: QuestionId | null
  asked: QuestionId[]
  route: RouteId | null
  variant: string | null
  regime: RegimeId
  title: string
  summary: string
  rationale: RationaleEntry[]
  assumptions: Assumption[]
  alternatives: Alternative[]
  references: Reference[]
  risks: string[]
  nextSteps: string[]
  threshold: ResultThreshold | null
  socialValue: { text: string; references: Reference[] } | null
  caseStudies: CaseStudyRef[]
  notes: string[]
  ignored: QuestionId[]
  ruleset: { version: string; checked: IsoDate }
}
