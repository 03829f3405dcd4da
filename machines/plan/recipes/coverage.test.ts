import { describe, expect, it } from 'vitest'
import type { RegimeId } from '../../regimes'
import { routeContext } from '../../route-context'
import { enumeratedPaths } from '../../testing/enumerated-paths'
import { plan } from '../plan'
import { settingsOf } from '../settings'
import type { PlanInput } from '../types'
import { recipeFor } from './index'

const today = '2026-11-25'

/** Every route × variant × regime × nation × kind of body the machine reaches, from its paths. */
function reachable(): Map<string, PlanInput> {
  const found = new Map<string, PlanInput>()
  for (const path of enumeratedPaths({ today })) {
    if (!path.route) continue
    const ctx = routeContext(
      { answers: path.answers, asked: path.asked },
      path.route,
      path.variant,
      { today },
    )
    const key = [path.route, path.variant, ctx.regime, ctx.jurisdiction, ctx.authorityType].join(
      '|',
    )
    if (!found.has(key))
      found.set(key, {
        route: path.route,
        variant: path.variant,
        regime: ctx.regime,
        jurisdiction: ctx.jurisdiction,
        authorityType: ctx.authorityType,
        ...(ctx.contractValue !== undefined ? { value: ctx.contractValue } : {}),
        pinned: {},
      })
  }
  return found
}

/**
 * The contract-changes journey (plan-model.md section 6.7) before its routes reach main: listed
 * here so their recipes are checked now. Once the machine reaches them, the enumeration above
 * covers them too, and this list can go.
 */
const changesJourney: [string, string, RegimeId][] = [
  ...[
    'provided-for',
    'not-substantial',
    'unforeseeable',
    'known-risk',
    'additional-supplies',
    'urgency',
    'corporate-restructuring',
  ].map((v): [string, string, RegimeId] => ['modification-permitted', v, 'pa-2023']),
  ['modification-minor', 'below-threshold-modification', 'pa-2023'],
  ['modification-freely-permitted', 'light-touch', 'pa-2023'],
  ['modification-freely-permitted', 'below-threshold-contract', 'pa-2023'],
  ...(['pcr-2015', 'pcr-scotland-2015'] as const).flatMap(
    (regime): [string, string, RegimeId][] => [
      ...[
        'unforeseeable',
        'additional-supplies',
        'provided-for',
        'not-substantial',
        'corporate-restructuring',
      ].map((v): [string, string, RegimeId] => ['modification-permitted', v, regime]),
      ['modification-minor', 'de-minimis', regime],
      ['modification-freely-permitted', 'below-threshold-contract', regime],
    ],
  ),
  ...(['psr-2023', 'psr-wales-2025'] as const).flatMap((regime) =>
    [
      'original-direct-award',
      'provided-for',
      'within-value-limits',
      'provider-succession',
      'external-factors',
      'urgent',
      'continuity',
    ].map((v): [string, string, RegimeId] => ['psr-modification-permitted', v, regime]),
  ),
  ...(['pa-2023', 'pcr-2015', 'pcr-scotland-2015'] as const).flatMap((regime) =>
    ['no-ground', 'over-value-cap', 'supplier-change'].map((v): [string, string, RegimeId] => [
      'modification-not-permitted',
      v,
      regime,
    ]),
  ),
]

describe('every reachable route × variant × regime has a recipe or says it has no statutory notices', () => {
  const inputs = reachable()
  const triples = new Set([...inputs.values()].map((i) => `${i.route}|${i.variant}|${i.regime}`))

  it('finds the reachable combinations from the machine', () => {
    expect(triples.size).toBeGreaterThan(60)
    expect(triples).toContain('provider-selection-regime|most-suitable-provider|psr-2023')
    expect(triples).toContain('competitive-procedure|conventional|pcr-scotland-2015')
  })

  for (const [key, input] of inputs) {
    it(key, () => {
      const recipe = recipeFor(settingsOf(input, today))
      expect(recipe, `no recipe for ${key}`).toBeDefined()
      const p = plan(input, today)
      expect(p.steps.length > 0 || (p.none ?? '').length > 0).toBe(true)
    })
  }

  for (const [route, variant, regime] of changesJourney) {
    it(`changes journey: ${route}|${variant}|${regime}`, () => {
      const input: PlanInput = {
        route,
        variant,
        regime,
        jurisdiction:
          regime === 'pcr-scotland-2015'
            ? 'scotland'
            : regime === 'psr-wales-2025'
              ? 'wales'
              : 'england',
        authorityType: 'local-authority',
        pinned: {},
      }
      expect(recipeFor(settingsOf(input, today))).toBeDefined()
      const p = plan(input, today)
      expect(p.steps.length > 0 || (p.none ?? '').length > 0).toBe(true)
    })
  }
})
