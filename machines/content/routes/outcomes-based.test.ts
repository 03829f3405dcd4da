// The outcomes-based variant of the light touch and standard competitions (decision model 4.1
// and 6.2, ruleset 2027-01). The machine does not reach it until the decision table gives it,
// so each context is built by hand here; what each result must say is written from the spec.
import { describe, expect, it } from 'vitest'
import type { RegimeId } from '../../regimes'
import type { AppliedThreshold } from '../../threshold'
import { copyStyleProblems } from '../copy-style'
import type { Jurisdiction, RouteContent, RouteContext } from '../route-content'
import { sibNotes } from '../social-impact-bond'
import { competitiveProcedure } from './competitive-procedure'
import { lightTouchFlexible } from './light-touch-flexible'

type Place = { regime: RegimeId; jurisdiction: Jurisdiction }

/** The regimes both routes are reached under, and the nations whose text differs under the Act. */
const places: Place[] = [
  { regime: 'pa-2023', jurisdiction: 'england' },
  { regime: 'pa-2023', jurisdiction: 'wales' },
  { regime: 'pa-2023', jurisdiction: 'northern-ireland' },
  { regime: 'pcr-2015', jurisdiction: 'england' },
  { regime: 'pcr-2015', jurisdiction: 'wales' },
  { regime: 'pcr-scotland-2015', jurisdiction: 'scotland' },
]

function context(
  route: RouteContent,
  variant: string,
  { regime, jurisdiction }: Place,
  options: { sib?: boolean; value?: number } = {},
): RouteContext {
  const lightTouch = route === lightTouchFlexible
  // The 2026 figures of decision model 3.2 (light touch and sub-central), for the value sentence.
  const threshold: AppliedThreshold | undefined =
    options.value === undefined
      ? undefined
      : {
          amount: lightTouch ? 663_540 : 207_720,
          kind: lightTouch ? 'light-touch' : 'sub-central',
          inForceFrom: '2026-01-01',
          source: ['si-2025-1200'],
          date: '2026-03-01',
          unconfirmed: false,
        }
  return {
    route: route.id,
    variant,
    regime,
    bodyRegime: regime,
    jurisdiction,
    authorityType: 'local-authority',
    sib: options.sib ?? false,
    userChoice: false,
    lightTouch,
    reservedBodyInScotland: false,
    threshold,
    contractValue: options.value,
    answers: {},
  }
}

const cases = [lightTouchFlexible, competitiveProcedure].flatMap((route) =>
  places.map(
    (place) => [`${route.id} / ${place.regime} / ${place.jurisdiction}`, route, place] as const,
  ),
)

describe('the outcomes-based variant', () => {
  it('is labelled as payment for results achieved on both routes', () => {
    for (const route of [lightTouchFlexible, competitiveProcedure])
      expect(route.variantLabels['outcomes-based'], route.id).toMatch(/results achieved/)
  })

  it.each(cases)('%s: names payment for results in the title and summary', (_, route, place) => {
    const text = route.text(context(route, 'outcomes-based', place))
    expect(text.title).toMatch(/payment by results/)
    expect(text.summary).toMatch(/you pay the provider for the results it achieves/)
    expect(text.summary).toMatch(/Social Impact Bond or another payment-by-results contract/)
  })

  it.each(cases)('%s: keeps the procedure of a conventional contract', (_, route, place) => {
    for (const value of [undefined, 900_000, 6_000_000]) {
      const outcomes = route.text(context(route, 'outcomes-based', place, { value }))
      const conventional = route.text(context(route, 'conventional', place, { value }))
      expect(outcomes.references).toEqual(conventional.references)
      // Every step of the conventional procedure, in the same order.
      const kept = outcomes.nextSteps.filter((s) => conventional.nextSteps.includes(s))
      expect(kept).toEqual(conventional.nextSteps)
    }
  })

  it.each(cases)('%s: adds the design of the outcome payments', (_, route, place) => {
    const text = route.text(context(route, 'outcomes-based', place))
    const conventional = route.text(context(route, 'conventional', place))
    const added = text.nextSteps.filter((s) => !conventional.nextSteps.includes(s))
    expect(added).toHaveLength(1)
    // Outcome metrics, prices, caps, verification and the counterfactual (decision model 6.2).
    expect(added[0]).toMatch(/the outcomes you pay for and how you measure them/)
    expect(added[0]).toMatch(/a price for each/)
    expect(added[0]).toMatch(/a cap on the total/)
    expect(added[0]).toMatch(/how results will be verified/)
    expect(added[0]).toMatch(/what would have happened without the service/)
  })

  it.each(cases)('%s: states the risks of paying for outcomes', (_, route, place) => {
    const risks = route.text(context(route, 'outcomes-based', place)).risks.join(' ')
    expect(risks).toMatch(/results that would have happened anyway/)
    expect(risks).toMatch(/providers may game the measures/)
    expect(risks).toMatch(/verifying results costs money/)
  })

  it.each(cases)('%s: keeps the house copy style', (_, route, place) => {
    for (const value of [undefined, 900_000, 6_000_000]) {
      const text = route.text(context(route, 'outcomes-based', place, { value }))
      expect(copyStyleProblems(text)).toEqual([])
    }
  })

  it.each(cases)(
    '%s: through the Social Impact Bond branch, leaves outcome design to the SIB notes, said once',
    (_, route, place) => {
      const sib = route.text(context(route, 'outcomes-based', place, { sib: true }))
      const conventional = route.text(context(route, 'conventional', place, { sib: true }))
      expect(sib.nextSteps).toEqual(conventional.nextSteps)
      expect(sib.risks).toEqual(conventional.risks)
      // The SIB notes, added to every SIB result, carry the outcome-payment design and its risks.
      const notes = [...sibNotes.nextSteps, ...sibNotes.risks].join(' ')
      expect(notes).toMatch(/price for each outcome, a cap on total payments/)
      expect(notes).toMatch(/measured and verified/)
      expect(notes).toMatch(/baseline or a comparison group/)
      expect(notes).toMatch(/results that would have happened anyway/)
    },
  )
})
