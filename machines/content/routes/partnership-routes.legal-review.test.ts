// Legal reviews 2026-12 A and B: corrections to the innovation partnership, alliance and
// reserved mutual routes, each checked through evaluate() as a user would see the result.
import { describe, expect, it } from 'vitest'
import type { Answers } from '../../answers'
import type { Result } from '../../result'
import { evaluate2026Answers as evaluate } from '../../testing/answers-2026-11'

const today = '2026-12-02'

type Nation = 'england' | 'wales' | 'northern-ireland'

function contractPath(
  nation: Nation | 'scotland',
  started: 'yes' | 'no',
  category: 'standard' | 'light-touch',
  value: number,
): Answers {
  return {
    jurisdiction: nation,
    'authority-type': 'local-authority',
    approach: 'buy-services',
    'existing-procurement': started,
    'health-care': 'no',
    'provider-relationship': 'other',
    'service-category': category,
    'contract-value': value,
  } as Answers
}

const innovation = (
  nation: Nation | 'scotland',
  started: 'yes' | 'no',
  category: 'standard' | 'light-touch',
  value: number,
) =>
  evaluate({ ...contractPath(nation, started, category, value), innovation: 'yes' } as Answers, {
    today,
  })

const alliance = (
  nation: Nation | 'scotland',
  started: 'yes' | 'no',
  category: 'standard' | 'light-touch',
  value: number,
) =>
  evaluate(
    {
      ...contractPath(nation, started, category, value),
      innovation: 'no',
      'single-provider': 'no',
      'use-framework': 'no',
      'mutual-reservation': 'no',
      'relationship-model': 'alliance',
    } as Answers,
    { today },
  )

const mutual = (nation: Nation | 'scotland', started: 'yes' | 'no', value: number) =>
  evaluate(
    {
      ...contractPath(nation, started, 'light-touch', value),
      innovation: 'no',
      'single-provider': 'no',
      'use-framework': 'no',
      'mutual-reservation': 'yes',
      'mutual-conditions': 'yes',
    } as Answers,
    { today },
  )

const steps = (r: Result) => r.nextSteps.join(' ')
const citations = (r: Result) => r.references.map((x) => x.citation)

function expectRoute(r: Result, route: string, regime: string) {
  expect(r.status).toBe('complete')
  expect(r.route).toBe(route)
  expect(r.regime).toBe(regime)
}

describe('A-M4: the three-year bar of PCR reg 77(3)(d) reaches only reserved contracts', () => {
  it('says the winner cannot win another reserved contract, and can still win an open competition', () => {
    for (const nation of ['england', 'wales', 'northern-ireland'] as const) {
      const r = mutual(nation, 'yes', 700_000)
      expectRoute(r, 'reserved-contract-mutual', 'pcr-2015')
      const bar = r.risks.find((x) => /win another/.test(x))
      expect(bar, nation).toBeDefined()
      expect(bar).toMatch(/another reserved contract/)
      expect(bar).toMatch(/reg 77\(3\)\(d\)/)
      expect(bar).toMatch(/open competition/)
      for (const risk of r.risks) expect(risk).not.toMatch(/cannot win another for these services/)
    }
  })
})

describe('A-M2: the over-£5m duties on every Procurement Act route here', () => {
  it('standard innovation partnership and alliance at £6m: KPIs (s.52) and a copy of the contract in 90 days (s.53(3))', () => {
    for (const run of [innovation, alliance]) {
      const r = run('england', 'no', 'standard', 6_000_000)
      expect(r.regime).toBe('pa-2023')
      expect(steps(r)).toMatch(/at least three key performance indicators/)
      expect(steps(r)).toMatch(/s\.52\(1\)/)
      // Issue 17: next steps name the plan's steps (the plan counts the 90 days)
      expect(steps(r)).toMatch(/publish \[a copy of it\]\(plan:pa\.contract-copy\)/)
      expect(citations(r)).toEqual(
        expect.arrayContaining(['Procurement Act 2023, s.52', 'Procurement Act 2023, s.53(3)-(4)']),
      )
    }
  })

  it('light touch routes at £6m: no KPIs (s.52(6)), a copy of the contract in 180 days', () => {
    for (const r of [
      innovation('england', 'no', 'light-touch', 6_000_000),
      alliance('england', 'no', 'light-touch', 6_000_000),
      mutual('england', 'no', 6_000_000),
    ]) {
      expect(r.regime).toBe('pa-2023')
      expect(steps(r), r.route ?? '').not.toMatch(/key performance indicators/)
      // Issue 17: next steps name the plan's steps (the plan counts the 180 days)
      expect(steps(r), r.route ?? '').toMatch(/publish \[a copy of it\]\(plan:pa\.contract-copy\)/)
      expect(citations(r)).not.toContain('Procurement Act 2023, s.52')
    }
  })

  it('a devolved Welsh authority is told the copy duty does not reach it (s.53(4))', () => {
    const r = alliance('wales', 'no', 'standard', 6_000_000)
    expect(steps(r)).toMatch(/need not publish a copy of the contract/)
  })

  it('says nothing of either duty at £5m or less', () => {
    for (const r of [
      innovation('england', 'no', 'standard', 5_000_000),
      alliance('england', 'no', 'standard', 5_000_000),
      mutual('england', 'no', 700_000),
    ]) {
      expect(steps(r)).not.toMatch(/key performance indicators|copy of (it|the contract)/)
    }
  })
})

describe('A-I11: the conflicts assessment comes before the tender notice', () => {
  it('every Procurement Act result here has the s.83 step before the tender notice step', () => {
    for (const r of [
      innovation('england', 'no', 'standard', 300_000),
      innovation('northern-ireland', 'no', 'light-touch', 700_000),
      alliance('wales', 'no', 'standard', 300_000),
      alliance('england', 'no', 'light-touch', 700_000),
      mutual('england', 'no', 700_000),
    ]) {
      const conflicts = r.nextSteps.findIndex((s) => /conflicts assessment \(s\.83\)/.test(s))
      const tender = r.nextSteps.findIndex((s) => /^Publish a tender notice/.test(s))
      expect(conflicts, r.route ?? '').toBeGreaterThanOrEqual(0)
      expect(conflicts).toBeLessThan(tender)
      expect(citations(r)).toContain('Procurement Act 2023, s.83')
    }
  })
})

describe('PCR 2015 transitional rule (SI 2024/716 reg 5)', () => {
  const pcrResults = () => [
    innovation('england', 'yes', 'standard', 300_000),
    innovation('wales', 'yes', 'light-touch', 700_000),
    alliance('england', 'yes', 'standard', 300_000),
    alliance('northern-ireland', 'yes', 'light-touch', 700_000),
    mutual('england', 'yes', 700_000),
  ]

  it('names the saving events and cites reg 5', () => {
    for (const r of pcrResults()) {
      expect(r.regime).toBe('pcr-2015')
      expect(steps(r), r.route ?? '').toMatch(/keeps this procurement under the 2015 rules/)
      expect(citations(r)).toContain('SI 2024/716, reg 5(1) and (3)')
    }
  })

  it('no longer relies on a prior information notice as the call for competition', () => {
    for (const r of pcrResults()) {
      expect(steps(r), r.route ?? '').not.toMatch(/prior information notice/)
      expect(steps(r)).not.toMatch(/formally began before 24 February 2025/)
    }
  })
})

describe('A-I6: PCR alliance, the conditions for negotiation are in reg 26(4)', () => {
  it('cites reg 26(4) and keeps the open and restricted procedures in view', () => {
    const r = alliance('england', 'yes', 'standard', 300_000)
    expectRoute(r, 'alliance-partnership', 'pcr-2015')
    expect(citations(r)).toContain('Public Contracts Regulations 2015, reg 26(4)')
    expect(r.summary).toMatch(/regulation 26\(4\)/)
    expect(r.summary).toMatch(/open or restricted procedure/)
    expect(steps(r)).toMatch(/otherwise the open or restricted procedure/)
  })
})

describe('A-I13: PCR innovation partnership details go in the procurement documents', () => {
  it('asks the user to check the procurement documents, not the contract notice', () => {
    const r = innovation('england', 'yes', 'standard', 300_000)
    expectRoute(r, 'innovation-partnership', 'pcr-2015')
    expect(steps(r)).toMatch(/procurement documents set out the need, the minimum requirements/)
    expect(steps(r)).not.toMatch(/contract notice set out the need/)
  })
})

describe('A-I10: a devolved Welsh authority submits its tender notice through Sell2Wales', () => {
  it('says so for Wales, with WSI 2024/782 reg 5, and not elsewhere', () => {
    for (const run of [
      () => innovation('wales', 'no', 'standard', 300_000),
      () => alliance('wales', 'no', 'light-touch', 700_000),
      () => mutual('wales', 'no', 700_000),
    ]) {
      const r = run()
      expect(r.regime).toBe('pa-2023')
      const tender = r.nextSteps.find((s) => /^Publish a tender notice/.test(s))
      expect(tender, r.route ?? '').toMatch(/through Sell2Wales/)
      expect(citations(r)).toContain('Procurement (Wales) Regulations 2024, reg 5')
    }
    const england = innovation('england', 'no', 'standard', 300_000)
    expect(steps(england)).not.toMatch(/Sell2Wales/)
    expect(citations(england)).not.toContain('Procurement (Wales) Regulations 2024, reg 5')
  })
})

describe('B-#24: Scottish alliance, the procedure regulations', () => {
  it('cites the open (reg 28) and restricted (reg 29) procedures and the procedures section for negotiation', () => {
    const r = alliance('scotland', 'no', 'standard', 300_000)
    expectRoute(r, 'alliance-partnership', 'pcr-scotland-2015')
    expect(citations(r)).toEqual(
      expect.arrayContaining([
        'Public Contracts (Scotland) Regulations 2015, reg 28',
        'Public Contracts (Scotland) Regulations 2015, reg 29',
        'Public Contracts (Scotland) Regulations 2015, Part 2, Chapter 2, Section 3',
      ]),
    )
    expect(r.summary).toMatch(/regulation 27\(4\)/)
    expect(r.summary).toMatch(/open or restricted procedure/)
  })
})

describe('B-#25: Scottish innovation partnership, buying the result is the aim, not a promise', () => {
  it('no longer says the authority commits to buying', () => {
    for (const category of ['standard', 'light-touch'] as const) {
      const r = innovation('scotland', 'no', category, 700_000)
      expectRoute(r, 'innovation-partnership', 'pcr-scotland-2015')
      expect(r.summary).not.toMatch(/commit to buying/)
      expect(r.summary).toMatch(/the aim is to buy the result/i)
      expect(r.summary).toMatch(/performance levels and maximum costs/)
    }
  })

  it('says the same under the 2015 Regulations in England, Wales and Northern Ireland', () => {
    const r = innovation('england', 'yes', 'standard', 300_000)
    expect(r.summary).not.toMatch(/commit to buying/)
    expect(r.summary).toMatch(/aim is to buy/)
  })
})

describe('mutuals by nation', () => {
  it('a devolved Welsh authority can reserve under s.33 of the Act', () => {
    const r = mutual('wales', 'no', 700_000)
    expectRoute(r, 'reserved-contract-mutual', 'pa-2023')
    expect(citations(r)).toContain('Procurement Act 2023, s.33')
  })

  it('a devolved Scottish body is never offered the reservation', () => {
    const r = evaluate(
      {
        ...contractPath('scotland', 'no', 'light-touch', 700_000),
        'scotland-body': 'devolved',
        innovation: 'no',
        'single-provider': 'no',
        'use-framework': 'no',
        'mutual-reservation': 'yes',
        'mutual-conditions': 'yes',
        'relationship-model': 'conventional',
      } as Answers,
      { today },
    )
    expect(r.regime).toBe('pcr-scotland-2015')
    expect(r.route).not.toBe('reserved-contract-mutual')
    expect(r.asked).not.toContain('mutual-reservation')
  })
})
