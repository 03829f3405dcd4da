/** What a recipe is: the ordered step ids of one route × variant × regime (plan-model.md section 6). */
import type { ConditionCheck, Settings } from './step'
import type { Requirement } from './types'

/** A step id, or a step with the recipe's own requirement or condition (e.g. a UK6 on a call-off). */
export type RecipeEntry =
  | string
  | {
      id: string
      requirement?: Requirement
      condition?: (s: Settings) => ConditionCheck | undefined
    }

export type Recipe =
  | { steps: RecipeEntry[]; notes?: string[] }
  /** The route has no dated step: what the plan says instead. */
  | { none: string; notes?: string[] }

export const entryId = (e: RecipeEntry) => (typeof e === 'string' ? e : e.id)
