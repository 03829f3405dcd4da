import { describe, expect, it } from 'vitest'
import type { RegimeId } from '../../regimes'
import { sourceById } from '../../sources'
import type { AppliedThreshold } from '../../threshold'
import type { Jurisdiction, RouteContent, RouteContext, RouteText } from '../route-content'
import { alliancePartnership } from './alliance-partnership'
import { competitiveProcedure } from './competitive-procedure'
import { directAwardUniqueness } from './direct-award-uniqueness'
import { frameworkCallOff } from './framework-call-off'
import { innovationPartnership } from './innovation-partnership'
import { lightTouchFlexible } from './light-touch-flexible'
import { reservedContractMutual } from './reserved-contract-mutual'

type Body = {
  jurisdiction: Jurisdiction
  bodyRegime: RegimeId
  reservedBodyInScotland: boolean
}

/** The bodies that can reach a result under each body regime (decision model, section 1). */
const bodiesUnder: Record<'pa-2023' | 'pcr-2015' | 'pcr-scotland-2015', Body[]> = {
  'pa-2023': [
    { jurisdiction: 'england', bodyRegime: 'pa-2023', reservedBodyInScotland: false },
    { jurisdiction: 'wales', bodyRegime: 'pa-2023', reservedBodyInScotland: false },
    { jurisdiction: 'northern-ireland', bodyRegime: 'pa-2023', reservedBodyInScotland: false },
    { jurisdiction: 'scotland', bodyRegime: 'pa-2023', reservedBodyInScotland: true },
  ],
  'pcr-2015': [
    { jurisdiction: 'england', bodyRegime: 'pcr-2015', reservedBodyInScotland: false },
    { jurisdiction: 'wales', bodyRegime: 'pcr-2015', reservedBodyInScotland: false },
    { jurisdiction: 'northern-ireland', bodyRegime: 'pcr-2015', reservedBodyInScotland: false },
    { jurisdiction: 'scotland', bodyRegime: 'pcr-2015', reservedBodyInScotland: true },
  ],
  'pcr-scotland-2015': [
    { jurisdiction: 'scotland', bodyRegime: 'pcr-scotland-2015', reservedBodyInScotland: false },
  ],
}
const allBodies = Object.values(bodiesUnder).flat()

function threshold(kind: AppliedThreshold['kind'], scotland: boolean): AppliedThreshold {
  const amount = kind === 'light-touch' ? 663_540 : kind === 'central' ? 135_018 : 207_720
  return {
    amount,
    kind,
    inForceFrom: '2026-01-01',
    source: scotland ? ['sppn-4-2025'] : ['si-2025-1200', 'ppn-023'],
    date: '2026-03-01',
    unconfirmed: scotland && kind !== 'central',
  }
}

type Case = { label: string; route: RouteContent; ctx: RouteContext }

function context(
  route: RouteContent,
  variant: string,
  regime: RegimeId,
  body: Body,
  lightTouch: boolean,
  value: number | undefined,
  authorityType: RouteContext['authorityType'] = 'local-authority',
): RouteContext {
  const scotland = body.jurisdiction === 'scotland' && !body.reservedBodyInScotland
  const kind = lightTouch
    ? 'light-touch'
    : authorityType === 'local-authority'
      ? 'sub-central'
      : 'central'
  return {
    route: route.id,
    variant,
    regime,
    bodyRegime: body.bodyRegime,
    jurisdiction: body.jurisdiction,
    authorityType,
    sib: false,
    userChoice: false,
    lightTouch,
    reservedBodyInScotland: body.reservedBodyInScotland,
    // A call-off's value is never asked, but its context carries its threshold (route-context.ts).
    threshold:
      value === undefined && route !== frameworkCallOff ? undefined : threshold(kind, scotland),
    contractValue: value,
    answers: {},
  }
}

/** Every variant x reachable regime x jurisdiction of the seven routes, with and without a value. */
function cases(): Case[] {
  const out: Case[] = []
  const add = (
    route: RouteContent,
    variant: string,
    regime: RegimeId,
    body: Body,
    lightTouch: boolean,
  ) => {
    // A call-off's own value is not asked under ruleset 2027-01 (decision model, section 2).
    for (const value of route === frameworkCallOff ? [undefined] : [12_500_000, undefined]) {
      for (const authorityType of ['local-authority', 'nhs'] as const) {
        out.push({
          label: `${route.id} / ${variant} / ${regime} / ${body.jurisdiction}${body.reservedBodyInScotland ? ' (reserved)' : ''} / body ${body.bodyRegime} / ${value ?? 'no value'} / ${authorityType}`,
          route,
          ctx: context(route, variant, regime, body, lightTouch, value, authorityType),
        })
      }
    }
  }
  const regimes = ['pa-2023', 'pcr-2015', 'pcr-scotland-2015'] as const

  for (const route of [lightTouchFlexible, competitiveProcedure]) {
    for (const variant of ['open-book', 'outcomes-based', 'conventional']) {
      for (const regime of regimes) {
        for (const body of bodiesUnder[regime])
          add(route, variant, regime, body, route === lightTouchFlexible)
      }
    }
  }
  for (const route of [innovationPartnership, directAwardUniqueness, alliancePartnership]) {
    for (const variant of ['light-touch', 'standard']) {
      for (const regime of regimes) {
        for (const body of bodiesUnder[regime])
          add(route, variant, regime, body, variant === 'light-touch')
      }
    }
  }
  // Reached only for light touch services, and never under the Scottish regulations.
  for (const regime of ['pa-2023', 'pcr-2015'] as const) {
    for (const body of bodiesUnder[regime]) {
      add(reservedContractMutual, 'light-touch', regime, body, true)
    }
  }
  // A call-off takes the framework's regime, whatever the body's own regime.
  for (const variant of ['light-touch', 'standard']) {
    for (const regime of regimes) {
      for (const body of allBodies)
        add(frameworkCallOff, variant, regime, body, variant === 'light-touch')
    }
  }
  return out
}

const paIds = ['pa-2023', 'procurement-regs-2024', 'co-direct-award-guidance']
const pcrIds = ['pcr-2015']
const pcsIds = ['pcs-regs-2015', 'procurement-reform-scotland-2014']
const transitionalIds = ['pa-2023-transitional', 'co-transitional-guidance']

function forbiddenFor(regime: RegimeId): string[] {
  if (regime === 'pa-2023') return [...pcrIds, ...pcsIds]
  if (regime === 'pcr-2015') return [...paIds, ...pcsIds]
  return [...paIds, ...pcrIds]
}

const all = cases()

describe('route content B', () => {
  it('covers every variant, regime and jurisdiction', () => {
    expect(all.length).toBeGreaterThan(300)
    for (const route of [
      lightTouchFlexible,
      competitiveProcedure,
      innovationPartnership,
      directAwardUniqueness,
      frameworkCallOff,
      reservedContractMutual,
      alliancePartnership,
    ]) {
      const seen = new Set(all.filter((c) => c.route === route).map((c) => c.ctx.variant))
      expect([...seen].sort()).toEqual(Object.keys(route.variantLabels).sort())
      expect(route.name.length).toBeGreaterThan(0)
      expect(route.appliesWhen.length).toBeGreaterThan(0)
    }
  })

  it.each(all.map((c) => [c.label, c] as const))('%s', (_label, { route, ctx }) => {
    // The copy style (lengths, counts) is checked once for every reachable result by
    // content-completeness.test.ts; here, what the result cites.
    const text: RouteText = route.text(ctx)

    expect(text.references.length).toBeGreaterThanOrEqual(1)
    for (const r of text.references) {
      expect(sourceById(r.source), r.source).toBeDefined()
      expect(r.url.startsWith('https://'), r.url).toBe(true)
    }

    const cited = text.references.map((r) => r.source as string)
    // A devolved Scottish body calling off a PCR 2015 framework is pointed to the Scottish rules (review B, #2).
    const scottishCallOff = route === frameworkCallOff && ctx.bodyRegime === 'pcr-scotland-2015'
    for (const id of forbiddenFor(ctx.regime).filter(
      (x) => !(scottishCallOff && pcsIds.includes(x)),
    ))
      expect(cited, `cites ${id}`).not.toContain(id)
    // Every pcr-2015 result names the saving events of SI 2024/716 reg 5 (issue 14).
    const transitionalAllowed = ctx.regime === 'pcr-2015'
    if (!transitionalAllowed) {
      for (const id of transitionalIds) expect(cited, `cites ${id}`).not.toContain(id)
    }

    if (ctx.contractValue !== undefined) {
      expect(text.summary).toContain(`£${ctx.contractValue.toLocaleString('en-GB')}`)
    }
    // A call-off's summary names the threshold its value-dependent duties are conditions on
    // (spec 6.2), except where this tool cannot say which rules govern it (review B, #2).
    const scottishPcrCallOff = scottishCallOff && ctx.regime === 'pcr-2015'
    if (route === frameworkCallOff && ctx.threshold && !scottishPcrCallOff) {
      expect(text.summary).toContain(`£${ctx.threshold.amount.toLocaleString('en-GB')}`)
    }
  })

  it('reserved-contract-mutual states the qualification test, including the three-year rule', () => {
    for (const c of all.filter((x) => x.route === reservedContractMutual)) {
      const text = reservedContractMutual.text(c.ctx)
      expect(text.summary).toMatch(/three years/)
      expect(text.summary).toMatch(/qualif/i)
    }
  })

  it('a call-off from a PCR 2015 framework cites the transitional rule', () => {
    for (const c of all.filter(
      (x) =>
        x.route === frameworkCallOff &&
        x.ctx.regime === 'pcr-2015' &&
        x.ctx.bodyRegime !== 'pcr-scotland-2015',
    )) {
      const cited = frameworkCallOff.text(c.ctx).references.map((r) => r.source as string)
      expect(cited).toContain('pa-2023-transitional')
    }
  })

  it('a devolved Scottish body calling off a Procurement Act framework is pointed to s.115A and the 2025 Scottish rules', () => {
    const scottish = all.filter(
      (x) =>
        x.route === frameworkCallOff &&
        x.ctx.regime === 'pa-2023' &&
        x.ctx.bodyRegime === 'pcr-scotland-2015',
    )
    expect(scottish.length).toBeGreaterThan(0)
    for (const c of scottish) {
      const refs = frameworkCallOff.text(c.ctx).references
      expect(refs.map((r) => r.source as string)).toEqual(
        expect.arrayContaining(['cross-border-scotland-2025', 'sppn-5-2026']),
      )
      expect(refs.some((r) => r.citation.includes('115A'))).toBe(true)
    }
  })

  it('the light touch variants of Procurement Act routes advise a voluntary standstill', () => {
    for (const c of all.filter(
      (x) => x.ctx.regime === 'pa-2023' && x.ctx.lightTouch && x.route !== frameworkCallOff,
    )) {
      const steps = c.route.text(c.ctx).nextSteps.join(' ')
      // Issue 17: next steps name the plan's steps (the plan counts the 8 working days)
      expect(steps, c.label).toMatch(/voluntary standstill/)
      expect(steps, c.label).toMatch(/\(plan:pa\.standstill\.voluntary\)/)
    }
  })

  it('standard Procurement Act routes other than call-offs name the mandatory 8 working day standstill', () => {
    for (const c of all.filter(
      (x) =>
        x.ctx.regime === 'pa-2023' &&
        !x.ctx.lightTouch &&
        x.route !== frameworkCallOff &&
        x.route !== reservedContractMutual,
    )) {
      const steps = c.route.text(c.ctx).nextSteps.join(' ')
      // Issue 17: next steps name the plan's steps (the plan counts the 8 working days)
      expect(steps, c.label).toMatch(
        /mandatory standstill to end\]\(plan:pa\.standstill\.mandatory\)/,
      )
    }
  })

  it('Scottish results never cite a regulation number left unconfirmed (30, 35) or the PCR numbering', () => {
    // reg 29 (restricted procedure) was confirmed on legislation.gov.uk on 2026-12-02.
    for (const c of all.filter((x) => x.ctx.regime === 'pcr-scotland-2015')) {
      const text = c.route.text(c.ctx)
      for (const r of text.references.filter((x) => x.source === 'pcs-regs-2015')) {
        expect(r.citation, c.label).not.toMatch(/\breg(s|ulation)? (30|35)\b/)
        expect(r.url, c.label).not.toMatch(/regulation\/(30|35)$/)
      }
    }
  })
})
