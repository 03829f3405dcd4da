import { describe, expect, it } from 'vitest'
import { sourceById } from '../../sources'
import { allowedSources, handContext } from '../../testing/hand-built-contexts'
import { copyStyleProblems } from '../copy-style'
import type { RouteContext } from '../route-content'
import { providerSelectionRegime } from './provider-selection-regime'

/*
 * Issue 15: the Provider Selection Regime variants `framework-call-off` and `urgent-award`, from
 * decision-model.md 5.1 and 6.2 and the texts: SI 2023/1348 regs 14, 16, 18, 19, 20, 29(3); WSI
 * 2025/99 regs 12, 14, 16, 18-22, 24, 25; the Wales Procurement Review Unit's eligibility criteria.
 * Contexts are built by hand: the machine does not reach these variants until the routing lands.
 */

function psr(
  jurisdiction: 'england' | 'wales',
  variant: 'framework-call-off' | 'urgent-award',
  authorityType: RouteContext['authorityType'] = 'nhs',
) {
  const ctx = handContext({
    route: 'provider-selection-regime',
    regime: jurisdiction === 'england' ? 'psr-2023' : 'psr-wales-2025',
    bodyRegime: 'pa-2023',
    jurisdiction,
    authorityType,
    variant,
  })
  return { ctx, text: providerSelectionRegime.text(ctx) }
}

const cases = (['england', 'wales'] as const).flatMap((j) =>
  (['framework-call-off', 'urgent-award'] as const).flatMap((v) =>
    (['nhs', 'local-authority'] as const).map((a) => ({
      label: `${j} / ${v} / ${a}`,
      ...psr(j, v, a),
    })),
  ),
)
const citations = (t: { references: { citation: string }[] }) => t.references.map((r) => r.citation)
const indexOf = (steps: string[], pattern: RegExp) => steps.findIndex((s) => pattern.test(s))

describe('the new Provider Selection Regime variants, in England and Wales', () => {
  it('are labelled', () => {
    expect(providerSelectionRegime.variantLabels['framework-call-off']).toMatch(/framework/)
    expect(providerSelectionRegime.variantLabels['urgent-award']).toBe('Urgent award')
  })

  it.each(cases.map((c) => [c.label, c] as const))('%s', (_label, c) => {
    expect(copyStyleProblems(c.text)).toEqual([])
    for (const r of c.text.references) {
      expect(sourceById(r.source), r.source).toBeDefined()
      expect(r.url).toMatch(/^https:\/\//)
      expect(allowedSources(c.ctx.regime, c.ctx.jurisdiction), r.citation).toContain(r.source)
    }
  })

  it('has its own text, not the competitive process the switch falls back to', () => {
    for (const c of cases) expect(c.text.title, c.label).not.toMatch(/Competitive (p|P)rocess/)
  })
})

describe('England: award under a framework agreement (reg 18)', () => {
  const { text } = psr('england', 'framework-call-off')

  it('keeps to the framework’s terms and covers frameworks from before 2024 (regs 18(2), 29(3))', () => {
    expect(text.summary).toMatch(/\(reg 18\(2\)\)/)
    expect(text.summary).toMatch(/before 1 January 2024.*\(reg 29\(3\)\)/)
    expect(citations(text)).toEqual(
      expect.arrayContaining(['SI 2023/1348, reg 18', 'SI 2023/1348, reg 29(3)']),
    )
  })

  it('without a competition, a notice within 30 days (reg 18(5)-(6), Schedule 2); with one, every framework provider is invited (reg 18(7))', () => {
    const steps = text.nextSteps.join(' ')
    // Issue 17: next steps name the plan's steps (the plan counts the 30 days)
    expect(steps).toMatch(
      /\(plan:psr\.award-notice\.sch2\) on the central digital platform \(Find a Tender\) by its deadline \(reg 18\(5\)-\(6\) and Schedule 2\)/,
    )
    expect(steps).toMatch(
      /invite every provider on the framework .*\(reg 18\(7\)-\(9\) and Schedule 15\)/,
    )
  })

  it('says the basic selection criteria and exclusion rules do not apply (regs 19(2)(b), 20(7))', () => {
    expect(text.summary).toMatch(/do not apply to the call-off \(regs 19\(2\)\(b\) and 20\(7\)\)/)
  })

  it('puts the standstill after a competitive call-off as a reading to confirm', () => {
    expect(text.nextSteps.join(' ')).toMatch(/on our reading .*standstill \(reg 12\).*confirm/)
  })
})

describe('England: urgent award (reg 14)', () => {
  const { text } = psr('england', 'urgent-award')

  it('states the three conditions of reg 14(2)', () => {
    expect(text.summary).toMatch(/urgently/)
    expect(text.summary).toMatch(/could not foresee and did not cause/)
    expect(text.summary).toMatch(/put patients or the public at risk/)
    expect(citations(text)).toContain('SI 2023/1348, reg 14(2), (4)-(5) and Schedule 13')
  })

  it('has no standstill and a notice within 30 days with the Schedule 13 information', () => {
    const award = indexOf(text.nextSteps, /there is no standstill/)
    expect(award).toBeGreaterThanOrEqual(0)
    expect(text.nextSteps[award]).toMatch(
      // Issue 17: next steps name the plan's steps (the plan counts the 30 days)
      /\(plan:psr\.urgent\) .*by its deadline, with the Schedule 13 information \(reg 14\(4\)-\(5\)\)/,
    )
  })

  it('keeps the basic selection criteria (reg 19) and exclusions (reg 20), with the public interest override (reg 20(1A))', () => {
    const steps = text.nextSteps.join(' ')
    expect(steps).toMatch(/reg 19 and Schedule 16/)
    expect(steps).toMatch(/reg 20\(1A\)/)
  })

  it('records the conditions before the award', () => {
    const record = indexOf(text.nextSteps, /record why each condition of regulation 14\(2\) is met/)
    const award = indexOf(text.nextSteps, /Award the contract/)
    expect(record).toBeGreaterThanOrEqual(0)
    expect(award).toBeGreaterThan(record)
  })
})

describe('Wales: award under a framework agreement (regs 18-21)', () => {
  const { text } = psr('wales', 'framework-call-off')

  it('single-provider framework: award and notice within 30 days, no standstill (reg 19)', () => {
    expect(text.nextSteps.join(' ')).toMatch(
      // Issue 17: next steps name the plan's steps (the plan counts the 30 days)
      /\(plan:psrw\.fw\.award-notice\.single\) through Sell2Wales by its deadline \(reg 19 and Schedule 3\)\. No standstill/,
    )
  })

  it('several providers: notice of intention (regs 20(12), 21(3)), standstill (reg 12), award notice within 30 days (regs 20(18), 21(9))', () => {
    const intention = indexOf(
      text.nextSteps,
      /notice of intention to award .*\(regs 20\(12\) and 21\(3\)\)/,
    )
    // Issue 17: next steps name the plan's steps (the plan counts the 30 days)
    const award = indexOf(
      text.nextSteps,
      /by its deadline: .*\(plan:psrw\.fw\.award-notice\.comp\) \(reg 20\(18\)\) .*\(plan:psrw\.fw\.award-notice\.direct\) \(reg 21\(9\)\)/,
    )
    expect(intention).toBeGreaterThanOrEqual(0)
    expect(award).toBeGreaterThan(intention)
    expect(text.nextSteps.join(' ')).toMatch(/Sell2Wales/)
  })

  it('leaves as checks the pre-2025 frameworks and the day the call-off standstill starts', () => {
    expect(text.summary).toMatch(/before 24 February 2025 .*not confirmed, so check/)
    expect(text.nextSteps.join(' ')).toMatch(
      /check with your legal team whether it starts on submission or on publication/,
    )
  })

  it('names the Wales Procurement Review Unit for calls-off under regs 20 and 21', () => {
    expect(text.risks.join(' ')).toMatch(/regulation 20 or 21.*Wales Procurement Review Unit/)
  })
})

describe('Wales: urgent award (reg 14)', () => {
  const { text } = psr('wales', 'urgent-award')

  it('states the conditions of reg 14(2) and the notice within 30 days (reg 14(5)-(6), Schedule 14)', () => {
    expect(text.summary).toMatch(/did not foresee and did not cause/)
    expect(text.nextSteps.join(' ')).toMatch(
      /Schedule 14 information \(reg 14\(5\)-\(6\) and reg 24\)/,
    )
    expect(text.nextSteps.join(' ')).toMatch(/there is no standstill/)
  })

  it('keeps the basic selection criteria (reg 22) and exclusions with the public health exception (reg 25(2))', () => {
    const steps = text.nextSteps.join(' ')
    expect(steps).toMatch(/reg 22 and Schedule 18/)
    expect(steps).toMatch(/protect public health \(reg 25\(2\)\)/)
  })

  it('carries the Welsh guidance that poor planning is not a reason, and that the review unit does not review urgent awards', () => {
    expect(text.risks.join(' ')).toMatch(/poor planning is not an acceptable reason/)
    expect(text.references.map((r) => r.source)).toEqual(
      expect.arrayContaining(['wg-psr-urgent-guidance', 'wg-psr-review-unit']),
    )
  })
})

describe('setting up a framework is the competitive process (decision model 6.2)', () => {
  const competitive = (jurisdiction: 'england' | 'wales') =>
    providerSelectionRegime.text(
      handContext({
        route: 'provider-selection-regime',
        regime: jurisdiction === 'england' ? 'psr-2023' : 'psr-wales-2025',
        jurisdiction,
        authorityType: 'nhs',
        variant: 'competitive-process',
      }),
    )

  it('gives the framework term and how providers are added: England 4 years (reg 16(5)), reg 17', () => {
    const steps = competitive('england').nextSteps.join(' ')
    expect(steps).toMatch(/at most 4 years, save in exceptional cases \(reg 16\(5\)\)/)
    expect(steps).toMatch(/further providers join only through this process \(reg 17\)/)
  })

  it('gives the framework term and how providers are added: Wales 8 years (reg 16(4)), every 4 years (reg 17)', () => {
    const t = competitive('wales')
    expect(copyStyleProblems(t)).toEqual([])
    const steps = t.nextSteps.join(' ')
    expect(steps).toMatch(/at most 8 years, save in exceptional cases \(reg 16\(4\)\)/)
    expect(steps).toMatch(/at least once every 4 years \(reg 17\)/)
  })
})
