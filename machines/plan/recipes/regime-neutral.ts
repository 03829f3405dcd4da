/** Recipes of routes outside procurement law, whatever the regime label (plan-model.md section 6.6). */
import type { Recipe, RecipeEntry } from '../recipe'
import type { Settings } from '../step'

/**
 * The subsidy control steps where a subsidy may be given. Undecided (no `subsidy` option, as
 * in the app), they are shown as conditional rather than hidden (plan-model.md section 2 rule 1).
 */
function subsidySteps(s: Settings, what: string): RecipeEntry[] {
  const given = s.options.subsidy
  if (given === 'none') return []
  if (given !== undefined) return ['sca.decision', 'sca.database']
  const condition = () => ({ key: 'subsidy', text: `${what} is a subsidy`, holds: undefined })
  return [
    { id: 'sca.decision', requirement: 'conditional', condition },
    { id: 'sca.database', condition },
  ]
}

export function neutralRecipe(s: Settings): Recipe | undefined {
  const v = s.variant
  switch (s.route) {
    case 'grant':
      if (v === 'not-a-subsidy')
        return {
          none: 'No statutory notice or period: the grant is not a subsidy, and funders’ own grant rules are outside this plan.',
        }
      if (v === 'minimal-financial-assistance')
        return {
          steps: [
            'sca.mfa.notify',
            'sca.mfa.confirm-received',
            'sca.mfa.confirmation',
            'sca.database',
          ],
        }
      if (v === 'subsidy-assessment') return { steps: ['sca.sau', 'sca.decision', 'sca.database'] }
      return undefined
    case 'community-asset-transfer': {
      if (v !== 'full-value' && v !== 'undervalue') return undefined
      if (s.jurisdiction === 'scotland' || s.jurisdiction === 'northern-ireland')
        return {
          none: 'No procurement notices; no statutory land disposal steps are modelled for this nation (check, UNVERIFIED).',
        }
      const land = [
        'lga.open-space.advert-1',
        'lga.open-space.advert-2',
        'lga.open-space.objections',
        'land.disposal',
      ]
      return {
        steps: [...land, ...(v === 'undervalue' ? subsidySteps(s, 'the transfer') : [])],
        notes: ['No procurement notices.'],
      }
    }
    case 'joint-venture-partnership':
      if (v !== null) return undefined
      return s.options.subsidy === 'none'
        ? {
            none: 'No procurement notices, and no subsidy control steps: the contribution is not a subsidy.',
          }
        : { steps: subsidySteps(s, 'the contribution'), notes: ['No procurement notices.'] }
    case 'outside-procurement-rules':
      if (v === 'not-a-contracting-authority')
        return {
          none: 'No statutory procurement notice, period or standstill applies: on your answers the procurement rules do not bind your organisation.',
        }
      if (v === 'direct-payment')
        return {
          none: 'No statutory procurement notice, period or standstill applies: with a direct payment the person contracts with the provider, so you award no contract.',
        }
      return undefined
    default:
      return undefined
  }
}
