import type { ChoiceQuestionId, OptionOf } from '../questions'
import type { RegimeId } from '../regimes'
import type { SourceId } from '../sources'

/** Hints may depend on the path so far: a static hint or one resolved from the context. */
export type Tailored<T> = T | ((context: HintContext) => T)

/** One option's words: its label, an optional explanation, and the reason it gives a result. */
export type OptionWording = {
  label: string
  /** Shown under the label; always visible in facilitator mode. */
  hint?: Tailored<string | undefined>
  /** Why this answer shaped the route, for "Why this route". */
  reason: string
}

/** What a "not sure" answer assumes, why that is the cautious choice, and how to find out. */
export type NotSureWording = { assumed: string; why: string; check: string }

/**
 * Conditions that must all hold, shown as a list under the hint rather than as a paragraph,
 * so each can be ticked off. A double-barrelled question is split here, never in its id.
 */
export type Checklist = {
  intro: string
  items: readonly string[]
  /** A paragraph after the list, explaining one of its terms. */
  after?: string
  /** Where to check the conditions: a source of `sources.ts` and the words of the link. */
  link?: { source: SourceId; text: string }
}

/**
 * What a hint may depend on, all derived from the answers on the path so far: the regime,
 * whether this is a Social Impact Bond, whether one person chose the provider
 * (`user-choice`), the nation and kind of body, and whether a concession may still follow.
 * The last three are optional so that a hint written without them reads the same anywhere.
 */
export type HintContext = {
  regime: RegimeId
  sib: boolean
  userChoice: boolean
  nation?: OptionOf<'jurisdiction'> | undefined
  body?: OptionOf<'authority-type'> | undefined
  /**
   * `yes` when `concession` was answered yes (a Change link back to the value), `no` when it
   * was answered otherwise or cannot be asked (one person's chosen provider), else `possible`.
   */
  concession?: 'yes' | 'no' | 'possible' | undefined
}

export type ChoiceWording<Q extends ChoiceQuestionId> = {
  title: string
  /** The paragraph under the title; empty when the checklist says it all. */
  hint: Tailored<string>
  /** Conditions that must all be true, as a list after the hint. */
  checklist?: Tailored<Checklist>
  /** Shown when the person continues without choosing. */
  error: string
  options: Record<OptionOf<Q>, OptionWording>
  notSure?: NotSureWording
}

/** A tailored piece of wording, resolved for the path so far. */
export function resolve<T>(value: Tailored<T>, context: HintContext): T {
  return typeof value === 'function' ? (value as (c: HintContext) => T)(context) : value
}
