import { describe, expect, it } from 'vitest'
import { sourceById } from '../../sources'
import {
  allowedSources,
  appliedThreshold,
  everyLightTouchOrStandardContext,
  handContext,
} from '../../testing/hand-built-contexts'
import { copyStyleProblems } from '../copy-style'
import { directAwardUrgency } from './direct-award-urgency'

/*
 * Issue 15: the direct award for extreme urgency, written from decision-model.md 5.1 and 6.2 and
 * the provisions themselves (PA 2023 ss.41, 44, 50-54, Sch 5 paras 13-14; PCR 2015 regs 32, 50, 75,
 * 86, 99; PCS Regs 2015 regs 33, 51, 75, 85-86, 91). Contexts are built by hand: the machine does
 * not reach this route until the routing for ruleset 2027-01 lands.
 */

// Light touch £663,540 and sub-central £207,720 (thresholds.ts, from 2026); values above both.
const threshold = (_regime: string, lightTouch: boolean) =>
  appliedThreshold(lightTouch ? 663_540 : 207_720, lightTouch ? 'light-touch' : 'sub-central')
const all = everyLightTouchOrStandardContext(
  'direct-award-urgency',
  threshold,
  [900_000, 12_500_000],
)
const text = (c: (typeof all)[number]) => directAwardUrgency.text(c.ctx)
const where = (regime: string, variant?: string) =>
  all.filter((c) => c.ctx.regime === regime && (!variant || c.ctx.variant === variant))
const citations = (c: (typeof all)[number]) => text(c).references.map((r) => r.citation)
const indexOf = (steps: string[], pattern: RegExp) => steps.findIndex((s) => pattern.test(s))

describe('direct-award-urgency: every variant, regime and nation', () => {
  it('has a name, a sentence for when it applies, and both variants', () => {
    expect(directAwardUrgency.name).toMatch(/urgency/)
    expect(directAwardUrgency.appliesWhen).toMatch(/could not foresee/)
    expect(Object.keys(directAwardUrgency.variantLabels).sort()).toEqual([
      'light-touch',
      'standard',
    ])
    expect(all.length).toBe(2 * 3 * 9)
  })

  it.each(all.map((c) => [c.label, c] as const))('%s', (_label, c) => {
    const t = text(c)
    expect(copyStyleProblems(t)).toEqual([])
    for (const r of t.references) {
      expect(sourceById(r.source), r.source).toBeDefined()
      expect(r.url).toMatch(/^https:\/\//)
      expect(allowedSources(c.ctx.regime, c.ctx.jurisdiction), r.citation).toContain(r.source)
    }
    if (c.ctx.contractValue !== undefined)
      expect(t.summary).toContain(`£${c.ctx.contractValue.toLocaleString('en-GB')}`)
  })
})

describe('direct-award-urgency under the Procurement Act 2023', () => {
  it('cites the urgency justification and its definition of unavoidable (Sch 5 paras 13-14)', () => {
    for (const c of where('pa-2023')) {
      expect(citations(c)).toContain('Procurement Act 2023, Schedule 5, paragraphs 13 and 14')
      expect(text(c).summary).toMatch(/did not cause it and could not have foreseen it/)
    }
  })

  it('puts the transparency notice before the contract award notice, and says no standstill is mandatory (s.51(3)(a))', () => {
    for (const c of where('pa-2023')) {
      const steps = text(c).nextSteps
      // Issue 17: next steps name the plan's steps
      const transparency = indexOf(steps, /transparency notice\]\(plan:pa\.uk5\) \(s\.44\)/)
      // Issue 17: next steps name the plan's steps
      const award = indexOf(
        steps,
        /contract award notice\]\(plan:pa\.uk6\) \(s\.50\) before you sign/,
      )
      expect(transparency, c.label).toBeGreaterThanOrEqual(0)
      expect(award, c.label).toBeGreaterThan(transparency)
      expect(steps[award]).toMatch(/no standstill \(s\.51\(3\)\(a\)\)/)
      // Issue 17: next steps name the plan's steps (the plan counts the 8 working days)
      expect(steps[award]).toMatch(/\[a voluntary standstill\]\(plan:pa\.standstill\.voluntary\)/)
      expect(steps.join(' ')).not.toMatch(/plan:pa\.standstill\.mandatory/)
    }
  })

  // Issue 17: next steps name the plan's steps; the plan gives 30 days, or 120 for light touch
  it('names the contract details notice of the plan, with its deadline after signing (s.53(1))', () => {
    for (const c of where('pa-2023'))
      expect(text(c).nextSteps.join(' ')).toMatch(
        /\[contract details notice\]\(plan:pa\.uk7\) by its deadline after signing \(s\.53\)/,
      )
  })

  it('allows an excluded supplier only where no other can perform in time (s.41(5)(d))', () => {
    for (const c of where('pa-2023')) expect(text(c).nextSteps.join(' ')).toMatch(/s\.41\(5\)\(d\)/)
  })

  it('over £5 million sets KPIs for a standard contract only, and publishes the contract outside Wales', () => {
    const large = (variant: string, jurisdiction: string) =>
      where('pa-2023', variant).find(
        (c) => c.ctx.contractValue === 12_500_000 && c.ctx.jurisdiction === jurisdiction,
      )!
    expect(text(large('standard', 'england')).nextSteps.join(' ')).toMatch(/key performance/)
    expect(text(large('light-touch', 'england')).nextSteps.join(' ')).not.toMatch(/key performance/)
    // Issue 17: next steps name the plan's steps (the plan counts the 180 days)
    expect(text(large('light-touch', 'england')).nextSteps.join(' ')).toMatch(
      /\(plan:pa\.contract-copy\)/,
    )
    expect(text(large('standard', 'wales')).nextSteps.join(' ')).toMatch(/need not publish a copy/)
  })

  it('sends a devolved Welsh authority’s transparency notice through Sell2Wales', () => {
    for (const c of where('pa-2023')) {
      const steps = text(c).nextSteps.join(' ')
      if (c.ctx.jurisdiction === 'wales') expect(steps).toMatch(/through Sell2Wales/)
      else expect(steps).toMatch(/regulation 26 of the Procurement Regulations 2024/)
    }
  })
})

describe('direct-award-urgency under the 2015 Regulations', () => {
  it('cites reg 32(2)(c) and (4), no award decision notices (reg 86(5)(a)) and the VEAT protection (reg 99(3))', () => {
    for (const c of where('pcr-2015')) {
      const cited = citations(c)
      expect(cited).toContain('Public Contracts Regulations 2015, reg 32(2)(c) and (4)')
      expect(cited).toContain('Public Contracts Regulations 2015, reg 86(5)(a)')
      expect(cited).toContain('Public Contracts Regulations 2015, reg 99(3)-(4)')
      // Issue 17: next steps name the plan's steps (the plan counts the 10 days)
      expect(text(c).nextSteps.join(' ')).toMatch(
        /wait for \[the standstill after it\]\(plan:pcr\.veat-wait\)/,
      )
    }
  })

  it('names the saving events, and the Act’s urgency award if none happened', () => {
    for (const c of where('pcr-2015')) {
      expect(text(c).references.map((r) => r.source)).toContain('pa-2023-transitional')
      expect(text(c).nextSteps.join(' ')).toMatch(/Schedule 5, paragraph 13/)
    }
  })

  it('light touch: no call for competition (reg 75(2)); otherwise a contract award notice within 30 days (reg 50(1))', () => {
    for (const c of where('pcr-2015', 'light-touch')) {
      expect(text(c).summary).toMatch(/regulation 75\(2\)/)
      expect(citations(c)).toContain('Public Contracts Regulations 2015, reg 75(2)-(4)')
    }
    // Issue 17: next steps name the plan's steps (the plan counts the 30 days)
    for (const c of where('pcr-2015', 'standard'))
      expect(text(c).nextSteps.join(' ')).toMatch(
        /\(plan:pcr\.f03\) on Find a Tender by its deadline \(reg 50\(1\)\)/,
      )
  })
})

describe('direct-award-urgency under the Scottish regulations', () => {
  it('cites reg 33(1)(c) and (3), no standstill (reg 86(2)(a)) and the voluntary transparency notice (reg 91(7))', () => {
    for (const c of where('pcr-scotland-2015')) {
      const cited = citations(c)
      expect(cited).toContain('Public Contracts (Scotland) Regulations 2015, reg 33(1)(c) and (3)')
      expect(cited).toContain('Public Contracts (Scotland) Regulations 2015, reg 91(6)-(7)')
      const steps = text(c).nextSteps.join(' ')
      expect(steps).toMatch(/reg 91\(7\)\(a\)/)
      // Issue 17: next steps name the plan's steps (the plan counts the 10 days)
      expect(steps).toMatch(/\(plan:pcs\.veat-wait\) to end before you sign \(reg 91\(7\)\(b\)\)/)
      expect(steps).toMatch(/86\(2\)\(a\)/)
      expect(text(c).summary).not.toMatch(/reg(ulation)? 32/)
    }
  })

  it('publishes the award notice on Public Contracts Scotland (reg 51, or reg 75(3) for light touch)', () => {
    for (const c of where('pcr-scotland-2015', 'standard'))
      expect(text(c).nextSteps.join(' ')).toMatch(
        // Issue 17: next steps name the plan's steps (the plan counts the 30 days)
        /\(plan:pcs\.can\) on Public Contracts Scotland by its deadline \(reg 51\)/,
      )
    for (const c of where('pcr-scotland-2015', 'light-touch'))
      expect(text(c).nextSteps.join(' ')).toMatch(/grouped each quarter \(reg 75\(3\)\)/)
  })
})

describe('direct-award-urgency is never reached under a Provider Selection Regime', () => {
  it('refuses a psr-2023 context (the regime has its own urgent award)', () => {
    expect(() =>
      directAwardUrgency.text(handContext({ route: 'direct-award-urgency', regime: 'psr-2023' })),
    ).toThrow(/never reached/)
  })
})
