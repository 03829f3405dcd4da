import type { ChoiceQuestionId, OptionOf } from '../questions'
import type { RegimeId } from '../regimes'

/** One option's words: its label, an optional explanation, and the reason it gives a result. */
export type OptionWording = {
  label: string
  /** Shown under the label; always visible in facilitator mode. */
  hint?: string
  /** Why this answer shaped the route, for "Why this route". */
  reason: string
}

/** What a "not sure" answer assumes, why that is the cautious choice, and how to find out. */
export type NotSureWording = { assumed: string; why: string; check: string }

/**
 * What a hint may depend on: the regime so far, whether this is a Social Impact Bond, and
 * whether one person chose the provider (`user-choice`).
 */
export type HintContext = { regime: RegimeId; sib: boolean; userChoice: boolean }

export type ChoiceWording<Q extends ChoiceQuestionId> = {
  title: string
  hint: string | ((context: HintContext) => string)
  /** Shown when the person continues without choosing. */
  error: string
  options: Record<OptionOf<Q>, OptionWording>
  notSure?: NotSureWording
  /** Options not offered on this path: they belong to another regime (the runner refuses them). */
  hiddenOptions?: (context: HintContext) => readonly OptionOf<Q>[]
}
