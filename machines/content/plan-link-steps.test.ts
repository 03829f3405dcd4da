// Issue 17: next steps name the plan's steps. Every link in a result's next steps must name a
// step of the plan library that the route's recipe can produce, or the app would link to a row
// that never exists (and the words would only ever show plain).
import { describe, expect, it } from 'vitest'
import { evaluate } from '../evaluate'
import { allStepIds } from '../plan/library'
import { planInputFor } from '../plan/plan-for'
import { entryId } from '../plan/recipe'
import { recipeFor } from '../plan/recipes'
import { settingsOf } from '../plan/settings'
import type { PlanOptions } from '../plan/types'
import { routeContext } from '../route-context'
import { enumeratedPaths } from '../testing/enumerated-paths'
import { linkedSteps } from './plan-link'

const today = '2026-11-25'

/** One option changed at a time: every recipe branch the options choose between. */
const optionSets: PlanOptions[] = [
  {},
  ...(['open', 'competitive-flexible', 'restricted', 'cpn', 'competitive-dialogue'] as const).map(
    (procedure) => ({ procedure }),
  ),
  ...(['competition', 'without-competition', 'single-provider'] as const).map((callOff) => ({
    callOff,
  })),
  ...(['none', 'mfa', 'spei', 'scheme', 'standalone'] as const).map((subsidy) => ({ subsidy })),
  ...(
    [
      'participationStage',
      'urgency',
      'voluntaryStandstill',
      'pipelineAuthority',
      'preliminaryMarketEngagement',
      'devolvedWelsh',
      'transferredNI',
      'openSpace',
      'concessionStages',
      'groupedAwardNotices',
      'coreSupplierInfoGiven',
    ] as const
  ).map((flag) => ({ [flag]: true })),
]

/** Every step id the route's recipe lists under any of the option sets. */
function producible(input: NonNullable<ReturnType<typeof planInputFor>>): Set<string> {
  const ids = new Set<string>()
  for (const options of optionSets) {
    const recipe = recipeFor(settingsOf({ ...input, options }, today))
    if (recipe && 'steps' in recipe) for (const e of recipe.steps) ids.add(entryId(e))
  }
  return ids
}

type Case = { key: string; links: string[]; producible: Set<string> }

function cases(): Case[] {
  const found = new Map<string, Case>()
  for (const path of enumeratedPaths({ today })) {
    const ctx = routeContext(
      { answers: path.answers, asked: path.asked },
      path.route!,
      path.variant,
      { today },
    )
    const key = [
      path.route,
      path.variant,
      ctx.regime,
      ctx.jurisdiction,
      ctx.authorityType,
      ctx.sib,
      ctx.lightTouch,
      ctx.userChoice,
    ].join('|')
    if (found.has(key)) continue
    const result = evaluate(path.answers, { today })
    const input = planInputFor(result, { answers: path.answers, today })
    found.set(key, {
      key,
      links: result.nextSteps.flatMap(linkedSteps),
      producible: input ? producible(input) : new Set(),
    })
  }
  return [...found.values()]
}

describe('plan links in next steps', () => {
  const all = cases()
  const library = new Set(allStepIds())

  it('are used on results (so this test checks something)', () => {
    expect(all.filter((c) => c.links.length > 0).length).toBeGreaterThan(20)
  })

  it('name only steps of the plan library', () => {
    const unknown = all.flatMap((c) =>
      c.links.filter((id) => !library.has(id)).map((id) => `${c.key}: ${id}`),
    )
    expect(unknown).toEqual([])
  })

  it("name only steps the route's recipe can produce", () => {
    const stray = all.flatMap((c) =>
      c.links.filter((id) => !c.producible.has(id)).map((id) => `${c.key}: ${id}`),
    )
    expect(stray).toEqual([])
  })
})
