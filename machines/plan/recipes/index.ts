/** The recipe for a route × variant × regime (plan-model.md section 6), or undefined: none exists. */
import type { Recipe } from '../recipe'
import type { Settings } from '../step'
import { paRecipe } from './pa-2023'

export function recipeFor(s: Settings): Recipe | undefined {
  switch (s.regime) {
    case 'pa-2023':
      return paRecipe(s)
    default:
      return undefined
  }
}
