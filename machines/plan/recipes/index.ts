/** The recipe for a route × variant × regime (plan-model.md section 6), or undefined: none exists. */
import type { Recipe } from '../recipe'
import type { Settings } from '../step'
import { paRecipe } from './pa-2023'
import { psrRecipe, psrwRecipe } from './provider-selection'
import { publicContractsRecipe } from './public-contracts'
import { neutralRecipe } from './regime-neutral'

export function recipeFor(s: Settings): Recipe | undefined {
  const neutral = neutralRecipe(s)
  if (neutral) return neutral
  switch (s.regime) {
    case 'pa-2023':
      return paRecipe(s)
    case 'pcr-2015':
    case 'pcr-scotland-2015':
      return publicContractsRecipe(s)
    case 'psr-2023':
      return psrRecipe(s)
    case 'psr-wales-2025':
      return psrwRecipe(s)
  }
}
