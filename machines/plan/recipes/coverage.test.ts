import { describe, expect, it } from 'vitest'
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

describe('every reachable route × variant × regime has a recipe or says it has no statutory notices', () => {
  const inputs = reachable()
  const triples = new Set([...inputs.values()].map((i) => `${i.route}|${i.variant}|${i.regime}`))

  it('finds the reachable combinations from the machine', () => {
    expect(triples.size).toBeGreaterThan(60)
    expect(triples).toContain('provider-selection-regime|most-suitable-provider|psr-2023')
    expect(triples).toContain('competitive-procedure|conventional|pcr-scotland-2015')
  })

  // The changes journey under the Welsh regime was once pruned to one result (decision-model.md
  // 8.5.4, 8.5.5): every permitted variant and the three refusals C1 and C8 can give.
  it('reaches every result of the changes journey under the Welsh Provider Selection Regime', () => {
    const welsh = [...triples].filter(
      (t) => t.endsWith('|psr-wales-2025') && /modification/.test(t),
    )
    expect(welsh.sort()).toEqual(
      [
        'modification-not-permitted|no-ground',
        'modification-not-permitted|over-value-cap',
        'modification-not-permitted|supplier-change',
        'psr-modification-permitted|continuity',
        'psr-modification-permitted|external-factors',
        'psr-modification-permitted|original-direct-award',
        'psr-modification-permitted|provided-for',
        'psr-modification-permitted|provider-succession',
        'psr-modification-permitted|urgent',
        'psr-modification-permitted|within-value-limits',
      ].map((t) => `${t}|psr-wales-2025`),
    )
  })

  it('reaches every result of the changes journey under each other regime', () => {
    for (const regime of ['pa-2023', 'pcr-2015', 'pcr-scotland-2015', 'psr-2023'])
      for (const refusal of ['no-ground', 'over-value-cap', 'supplier-change'])
        expect(triples).toContain(`modification-not-permitted|${refusal}|${regime}`)
    expect(triples).toContain('modification-permitted|known-risk|pa-2023')
    expect(triples).toContain('modification-minor|de-minimis|pcr-scotland-2015')
    expect(triples).toContain('psr-modification-permitted|continuity|psr-2023')
  })

  for (const [key, input] of inputs) {
    it(key, () => {
      const recipe = recipeFor(settingsOf(input, today))
      expect(recipe, `no recipe for ${key}`).toBeDefined()
      const p = plan(input, today)
      expect(p.steps.length > 0 || (p.none ?? '').length > 0).toBe(true)
      // The plan shows a condition after "Required if", and each warning once.
      for (const step of p.steps) {
        expect(step.condition?.text ?? '', step.id).not.toMatch(/^if\b/i)
        expect(new Set(step.result.warnings).size, step.id).toBe(step.result.warnings.length)
      }
      const messages = p.warnings.map((w) => w.message)
      expect(new Set(messages).size).toBe(messages.length)
      expectAnchorsShown(p)
      // Without a voluntary standstill, entry and a modification count from the notice.
      expectAnchorsShown(
        plan({ ...input, options: { ...input.options, voluntaryStandstill: false } }, today),
      )
    })
  }
})

const pointsInTheYear = new Set(['financial-year-start', 'quarter-end'])

/**
 * A rule in words quotes the title of the step it counts from: that step is in the plan
 * (or the rule names a point in the year).
 */
function expectAnchorsShown(p: ReturnType<typeof plan>) {
  const shown = new Set(p.steps.map((s) => s.id))
  for (const step of p.steps) {
    const anchor = step.timing.anchor
    if (anchor === undefined || pointsInTheYear.has(anchor)) continue
    expect(shown.has(anchor), `${step.id} counts from ${anchor}`).toBe(true)
  }
}
