import { describe, expect, it } from 'vitest'
import { sourceById } from '../../sources'
import {
  allowedSources,
  appliedThreshold,
  everyLightTouchOrStandardContext,
  handContext,
} from '../../testing/hand-built-contexts'
import { copyStyleProblems } from '../copy-style'
import { concessionContract } from './concession-contract'

/*
 * Issue 15: the concession route, written from decision-model.md 3.3, 5.1 and 6.2 and the texts:
 * PA 2023 ss.8, 34(7), 45(8)(a), 51, 52(6)(c), 53, Sch 3 para 3; the Concession Contracts
 * Regulations 2016 regs 1(2), 3, 9, 18, 19, 31, 32, 39, 47-48, 56, saved by SI 2024/716 reg 7; the
 * Concession Contracts (Scotland) Regulations 2016 regs 3, 8, 20, 21, 33, 34, 42, 44, 49-50.
 * The concession threshold is dated data the context carries; these tests pass their own figure
 * (the Act's row 9, £5,193,000, from 2026) to check the text takes it from the context.
 */

const CONCESSION = 5_193_000
const threshold = () => appliedThreshold(CONCESSION, 'central')
const all = everyLightTouchOrStandardContext('concession-contract', threshold, [12_500_000])
const text = (c: (typeof all)[number]) => concessionContract.text(c.ctx)
const where = (regime: string, variant?: string) =>
  all.filter((c) => c.ctx.regime === regime && (!variant || c.ctx.variant === variant))
const citations = (c: (typeof all)[number]) => text(c).references.map((r) => r.citation)
const steps = (c: (typeof all)[number]) => text(c).nextSteps.join(' ')

describe('concession-contract: every variant, regime and nation', () => {
  it('has a name, a sentence for when it applies, and both variants', () => {
    expect(concessionContract.name).toBe('Concession contract')
    expect(concessionContract.appliesWhen).toMatch(/paid mainly by the people who use the service/)
    expect(Object.keys(concessionContract.variantLabels).sort()).toEqual([
      'light-touch',
      'standard',
    ])
  })

  it.each(all.map((c) => [c.label, c] as const))('%s', (_label, c) => {
    const t = text(c)
    expect(copyStyleProblems(t)).toEqual([])
    for (const r of t.references) {
      expect(sourceById(r.source), r.source).toBeDefined()
      expect(r.url).toMatch(/^https:\/\//)
      expect(allowedSources(c.ctx.regime, c.ctx.jurisdiction), r.citation).toContain(r.source)
    }
    // The 2015 Regulations do not govern concessions (PCR 2015 reg 2(1)); nor the PCS Regs.
    expect(t.references.map((r) => r.source)).not.toContain('pcr-2015')
    expect(t.references.map((r) => r.source)).not.toContain('pcs-regs-2015')
    if (c.ctx.contractValue !== undefined) {
      expect(t.summary).toContain('£12,500,000')
      expect(t.summary).toContain('£5,193,000 concession threshold')
    }
  })

  it('a value below the concession threshold is flagged, not confirmed', () => {
    const ctx = { ...where('pa-2023', 'standard')[0]!.ctx, contractValue: CONCESSION - 1 }
    expect(concessionContract.text(ctx).summary).toMatch(
      /below the £5,193,000 concession threshold, so check/,
    )
  })

  it('an unconfirmed figure is put as something to check', () => {
    const ctx = handContext({
      route: 'concession-contract',
      variant: 'standard',
      regime: 'pcr-scotland-2015',
      jurisdiction: 'scotland',
      contractValue: 6_000_000,
      threshold: appliedThreshold(5_372_609, 'concession', true),
    })
    expect(concessionContract.text(ctx).summary).toMatch(/not yet confirmed, so check it/)
  })
})

describe('concession-contract under the Procurement Act 2023', () => {
  it('defines the concession (s.8) and values it as everything the provider could receive (Sch 3 para 3)', () => {
    for (const c of where('pa-2023')) {
      expect(citations(c)).toEqual(
        expect.arrayContaining([
          'Procurement Act 2023, s.8',
          'Procurement Act 2023, Schedule 3, paragraph 3',
          'Procurement Act 2023, ss.34(7) and 45(8)(a)',
          'Procurement Act 2023, s.52(6)(c)',
        ]),
      )
    }
  })

  it('never asks for key performance indicators, even over £5 million, but publishes the contract outside Wales (s.53(3))', () => {
    for (const c of where('pa-2023').filter((x) => x.ctx.contractValue === 12_500_000)) {
      expect(steps(c)).not.toMatch(/key performance indicators before/)
      if (c.ctx.jurisdiction === 'wales') expect(steps(c)).toMatch(/need not publish a copy/)
      // Issue 17: next steps name the plan's steps (the plan counts 90 or 180 days)
      else
        expect(steps(c)).toMatch(
          /publish \[a copy of it\]\(plan:pa\.contract-copy\) by its deadline/,
        )
    }
  })

  it('has the mandatory 8 working day standstill (s.51) unless light touch, then a voluntary one', () => {
    for (const c of where('pa-2023', 'standard')) {
      // Issue 17: next steps name the plan's steps (the plan counts the 8 working days)
      expect(steps(c)).toMatch(/\(plan:pa\.standstill\.mandatory\) \(s\.51\)/)
      expect(steps(c)).toMatch(/\(plan:pa\.uk7\) by its deadline \(s\.53\)/)
    }
    for (const c of where('pa-2023', 'light-touch')) {
      // Issue 17: next steps name the plan's steps
      expect(steps(c)).toMatch(/\[a voluntary standstill\]\(plan:pa\.standstill\.voluntary\)/)
      expect(steps(c)).toMatch(/\(plan:pa\.uk7\) by its deadline \(s\.53\)/)
      expect(citations(c)).toContain('Procurement Act 2023, s.9')
    }
  })
})

describe('concession-contract under the Concession Contracts Regulations 2016', () => {
  it('is kept under the 2016 Regulations by SI 2024/716 reg 7, not reg 5', () => {
    for (const c of where('pcr-2015')) {
      expect(citations(c)).toContain('SI 2024/716, reg 7')
      expect(citations(c)).not.toContain('SI 2024/716, reg 5(1) and (3)')
      expect(steps(c)).toMatch(/concession notice or prior information notice/)
    }
  })

  it('sends award decision notices and waits for the standstill (regs 47-48), then an award notice within 48 days (reg 32)', () => {
    for (const c of where('pcr-2015')) {
      expect(citations(c)).toContain('Concession Contracts Regulations 2016, regs 47-48')
      // Issue 17: next steps name the plan's steps (the plan counts the 10 and 48 days)
      expect(steps(c)).toMatch(/\[the standstill to end\]\(plan:pcr\.conc\.standstill\) \(reg 48\)/)
      expect(steps(c)).toMatch(/\[a concession award notice\]\(plan:pcr\.conc\.award-notice\)/)
    }
  })

  it('light touch: only the regulations reg 19 keeps apply; otherwise the concession notice, time limits and duration rules', () => {
    for (const c of where('pcr-2015', 'light-touch')) {
      expect(citations(c)).toContain('Concession Contracts Regulations 2016, reg 19')
      expect(citations(c)).not.toContain('Concession Contracts Regulations 2016, reg 18')
      expect(text(c).risks.join(' ')).toMatch(/standstill is not settled/)
    }
    for (const c of where('pcr-2015', 'standard')) {
      expect(citations(c)).toEqual(
        expect.arrayContaining([
          'Concession Contracts Regulations 2016, reg 18',
          'Concession Contracts Regulations 2016, reg 31',
          'Concession Contracts Regulations 2016, reg 39',
        ]),
      )
    }
  })

  it('tells a reserved body in Scotland that the 2016 Regulations do not extend there (reg 1(2))', () => {
    for (const c of where('pcr-2015')) {
      const says = text(c).summary.includes('do not extend to Scotland')
      expect(says, c.label).toBe(c.ctx.reservedBodyInScotland)
    }
  })
})

describe('concession-contract under the Concession Contracts (Scotland) Regulations 2016', () => {
  it('cites the Scottish definition and threshold, and the decision notice and standstill (regs 49-50)', () => {
    for (const c of where('pcr-scotland-2015')) {
      expect(citations(c)).toEqual(
        expect.arrayContaining([
          'Concession Contracts (Scotland) Regulations 2016, reg 3',
          'Concession Contracts (Scotland) Regulations 2016, reg 8',
          'Concession Contracts (Scotland) Regulations 2016, regs 49-50',
        ]),
      )
      // Issue 17: next steps name the plan's steps (the plan counts the 10 and 48 days)
      expect(steps(c)).toMatch(/\[the standstill to end\]\(plan:pcs\.conc\.standstill\) \(reg 50\)/)
      expect(steps(c)).toMatch(/\[a concession award notice\]\(plan:pcs\.conc\.award-notice\)/)
    }
  })

  it('light touch: reg 21; otherwise duration (reg 20), time limits (reg 42) and award criteria (reg 44)', () => {
    for (const c of where('pcr-scotland-2015', 'light-touch'))
      expect(citations(c)).toContain('Concession Contracts (Scotland) Regulations 2016, reg 21')
    for (const c of where('pcr-scotland-2015', 'standard'))
      expect(citations(c)).toEqual(
        expect.arrayContaining([
          'Concession Contracts (Scotland) Regulations 2016, reg 20',
          'Concession Contracts (Scotland) Regulations 2016, reg 42',
          'Concession Contracts (Scotland) Regulations 2016, reg 44',
        ]),
      )
  })
})
