// Legal reviews 2026-12 A and B: the direct award, competitive procedure and light touch routes.
// Each test runs answers through evaluate, as a user would, and fails on the text these routes
// gave before the fixes.
import { describe, expect, it } from 'vitest'
import type { Answers } from '../../answers'
import type { Result } from '../../result'
import { evaluate2026Answers as evaluate } from '../../testing/answers-2026-11'
import { conflictsAssessmentStep, largeContractSteps } from '../contract-duties'
import { pcrSavingSteps } from '../pcr-saving'

const today = '2026-12-02'
const run = (answers: Answers): Result => evaluate(answers, { today })
const steps = (r: Result) => r.nextSteps.join('\n')
const citations = (r: Result) => r.references.map((x) => `${x.citation} ${x.url}`).join('\n')

const buying = {
  'authority-type': 'local-authority',
  approach: 'buy-services',
  'provider-relationship': 'other',
  innovation: 'no',
} as const

const directAward = (
  jurisdiction: 'england' | 'wales' | 'northern-ireland',
  category: 'standard' | 'light-touch',
  value: number,
  existing: 'yes' | 'no' = 'no',
): Answers => ({
  ...buying,
  jurisdiction,
  'existing-procurement': existing,
  'health-care': 'no',
  'service-category': category,
  'contract-value': value,
  'single-provider': 'yes',
})

const competition = (
  jurisdiction: 'england' | 'wales',
  category: 'standard' | 'light-touch',
  value: number,
): Answers => ({
  ...buying,
  jurisdiction,
  'existing-procurement': 'no',
  'health-care': 'no',
  'service-category': category,
  'contract-value': value,
  'single-provider': 'no',
  'use-framework': 'no',
  ...(category === 'light-touch' ? { 'mutual-reservation': 'no' } : {}),
  'relationship-model': 'conventional',
})

const scottishDirectAward: Answers = {
  jurisdiction: 'scotland',
  'authority-type': 'central-government',
  'scotland-body': 'devolved',
  approach: 'buy-services',
  'provider-relationship': 'other',
  'service-category': 'standard',
  'contract-value': 500_000,
  innovation: 'no',
  'single-provider': 'yes',
}

describe('A-W2: a devolved Welsh authority’s transparency notice is governed by WSI 2024/782', () => {
  for (const category of ['standard', 'light-touch'] as const) {
    it(`direct award, ${category}, Wales`, () => {
      const r = run(directAward('wales', category, 900_000))
      expect([r.route, r.regime]).toEqual(['direct-award-uniqueness', 'pa-2023'])
      expect(citations(r)).not.toMatch(/2024\/692/)
      expect(citations(r)).not.toMatch(/Procurement Regulations 2024, reg 26/)
      expect(steps(r)).not.toMatch(/regulation 26 of the Procurement Regulations 2024/)
      expect(r.references.map((x) => x.source)).toContain('procurement-wales-regs-2024')
      expect(citations(r)).toMatch(/WSI 2024\/782/)
      expect(steps(r)).toMatch(/Procurement \(Wales\) Regulations 2024 set what it must contain/)
    })
  }

  it('England and Northern Ireland keep regulation 26 of the Procurement Regulations 2024', () => {
    for (const nation of ['england', 'northern-ireland'] as const) {
      const r = run(directAward(nation, 'standard', 900_000))
      expect(citations(r)).toMatch(/Procurement Regulations 2024, reg 26/)
      expect(r.references.map((x) => x.source)).not.toContain('procurement-wales-regs-2024')
    }
  })
})

describe('A-M3: a PCR direct award confirms its saving event instead of testing the market', () => {
  for (const category of ['standard', 'light-touch'] as const) {
    it(`direct award, ${category}, begun before 24 February 2025`, () => {
      const r = run(directAward('england', category, 900_000, 'yes'))
      expect([r.route, r.regime]).toEqual(['direct-award-uniqueness', 'pcr-2015'])
      expect(steps(r)).not.toMatch(/prior information notice \(reg 48\)/)
      expect(steps(r)).not.toMatch(/preliminary market consultation \(reg 40\)/)
      expect(citations(r)).not.toMatch(/reg (48|40)\b/)
      for (const s of pcrSavingSteps('procurement')) expect(r.nextSteps).toContain(s)
      expect(steps(r)).toMatch(/reg 5\(3\)\(b\) and \(d\)/)
      expect(steps(r)).toMatch(/Procurement Act 2023 direct award instead \(s\.41/)
      expect(citations(r)).toMatch(/SI 2024\/716, reg 5/)
    })
  }

  it('every other PCR result here names the saving events too', () => {
    for (const category of ['standard', 'light-touch'] as const) {
      const r = run({ ...competition('england', category, 900_000), 'existing-procurement': 'yes' })
      expect(r.regime).toBe('pcr-2015')
      for (const s of pcrSavingSteps('procurement')) expect(r.nextSteps).toContain(s)
      expect(citations(r)).toMatch(/SI 2024\/716, reg 5/)
    }
  })
})

describe('A-M2, A-I3: the over-£5m duties on every Procurement Act route here', () => {
  it('competitive procedure: KPIs set before signing, copy within 90 days; the old KPI step is gone', () => {
    const r = run(competition('england', 'standard', 6_000_000))
    expect([r.route, r.regime]).toEqual(['competitive-procedure', 'pa-2023'])
    expect(steps(r)).not.toMatch(/set and publish at least three key performance indicators/)
    const [kpis, copy] = largeContractSteps(
      { contractValue: 6_000_000, jurisdiction: 'england' } as never,
      false,
    )
    expect(r.nextSteps).toContain(kpis)
    expect(r.nextSteps).toContain(copy)
    expect(r.nextSteps.indexOf(kpis!)).toBeLessThan(
      r.nextSteps.findIndex((s) => s.includes('before you sign')),
    )
    expect(citations(r)).toMatch(/s\.53\(3\)-\(4\)/)
  })

  it('direct award (standard): KPIs and the copy of the contract', () => {
    const r = run(directAward('england', 'standard', 6_000_000))
    expect(steps(r)).toMatch(/at least three key performance indicators/)
    // Issue 17: next steps name the plan's steps (the plan counts the 90 days)
    expect(steps(r)).toMatch(
      /\(plan:pa\.contract-copy\) by its deadline after entering into it \(s\.53\(3\)\)/,
    )
    expect(citations(r)).toMatch(/Procurement Act 2023, s\.52/)
  })

  it('light touch routes: only the copy of the contract, within 180 days', () => {
    for (const answers of [
      competition('england', 'light-touch', 6_000_000),
      directAward('england', 'light-touch', 6_000_000),
    ]) {
      const r = run(answers)
      // Issue 17: next steps name the plan's steps (the plan counts the 180 days)
      expect(steps(r)).toMatch(/\(plan:pa\.contract-copy\) by its deadline after entering into it/)
      expect(steps(r)).not.toMatch(/key performance indicators/)
      expect(citations(r)).not.toMatch(/Procurement Act 2023, s\.52\b/)
    }
  })

  it('no over-£5m step at £900,000', () => {
    const r = run(competition('england', 'standard', 900_000))
    expect(steps(r)).not.toMatch(/key performance indicators|s\.53\(3\)/)
  })
})

describe('A-I11: the conflicts assessment comes before the tender or transparency notice', () => {
  it('on each Procurement Act route here', () => {
    const cases: [Answers, 'tender notice' | 'transparency notice', RegExp][] = [
      // Issue 17: next steps name the plan's steps
      [
        competition('england', 'standard', 900_000),
        'tender notice',
        /publish a \[tender notice\]\(plan:pa\.uk4\)/,
      ],
      [
        competition('england', 'light-touch', 900_000),
        'tender notice',
        /publish a \[tender notice\]\(plan:pa\.uk4\)/,
      ],
      [
        directAward('england', 'standard', 900_000),
        'transparency notice',
        /Publish a \[transparency notice\]\(plan:pa\.uk5\)/,
      ],
    ]
    for (const [answers, notice, publish] of cases) {
      const text = steps(run(answers))
      const at = text.indexOf(conflictsAssessmentStep(notice))
      expect(at).toBeGreaterThanOrEqual(0)
      expect(at).toBeLessThan(text.search(publish))
    }
  })
})

describe('A-I1, A-I2, A-I10: notices and suspension under the Act', () => {
  it('the preliminary market engagement notice comes before the tender notice, not before talking to suppliers', () => {
    for (const category of ['standard', 'light-touch'] as const) {
      const text = steps(run(competition('england', category, 900_000)))
      expect(text).not.toMatch(/before you talk to (suppliers|providers)/)
      expect(text).toMatch(/\(s\.17\) before the tender notice, or give your reasons/)
    }
  })

  it('automatic suspension is tied to proceedings during the standstill period (s.101)', () => {
    const r = run(competition('england', 'standard', 900_000))
    expect(r.risks.join(' ')).not.toMatch(/proceedings started before you sign/)
    expect(r.risks.join(' ')).toMatch(/during the standstill period.*\(s\.101\)/)
  })

  it('a devolved Welsh authority submits its notices through Sell2Wales', () => {
    for (const category of ['standard', 'light-touch'] as const) {
      const r = run(competition('wales', category, 900_000))
      // Issue 17: next steps name the plan's steps
      expect(steps(r)).toMatch(
        /submit the \[tender notice\]\(plan:pa\.uk4\) \(s\.21\) through Sell2Wales/,
      )
      expect(steps(r)).not.toMatch(/Find a Tender/)
      expect(citations(r)).toMatch(/Procurement \(Wales\) Regulations 2024, reg 5/)
    }
    expect(steps(run(directAward('wales', 'standard', 900_000)))).toMatch(
      // Issue 17: next steps name the plan's steps
      /submit the \[transparency notice\]\(plan:pa\.uk5\) \(s\.44\) through Sell2Wales/,
    )
  })
})

describe('A-I6: the conditions for the PCR competitive procedure with negotiation', () => {
  it('cites reg 26(4)', () => {
    const r = run({ ...competition('england', 'standard', 900_000), 'existing-procurement': 'yes' })
    expect(r.summary).toMatch(/regulation 26\(4\)/)
    expect(citations(r)).toMatch(/Public Contracts Regulations 2015, reg 26\(4\)/)
  })
})

describe('B-#3: a Scottish direct award is protected by a voluntary transparency notice and a wait', () => {
  it('drops regulation 86 as the standstill that governs', () => {
    const r = run(scottishDirectAward)
    expect([r.route, r.regime]).toEqual(['direct-award-uniqueness', 'pcr-scotland-2015'])
    expect(steps(r)).not.toMatch(/regulation 86 sets 10 days/)
    // The standstill is cited only for its exception (reg 86(2)(a)), not as the wait that governs.
    expect(citations(r)).not.toMatch(/regs 85-86/)
    expect(citations(r)).toMatch(/regs 85\(4\)\(c\) and 86\(2\)\(a\)/)
    expect(steps(r)).toMatch(/No award decision notice or standstill under regulations 85 and 86/)
    // Issue 17: next steps name the plan's steps (the plan counts the 10 days)
    expect(steps(r)).toMatch(
      /wait for \[the standstill after the voluntary transparency notice\]\(plan:pcs\.veat-wait\)/,
    )
    expect(r.summary).toMatch(/waiting at least 10 days after its publication before you sign/)
    expect(r.references.map((x) => x.source)).toContain('procurement-journey-standstill')
  })
})

describe('B-#24: the Scottish procedures are cited', () => {
  it('names the restricted procedure (reg 29) and points to the procedures for negotiation', () => {
    const r = run({
      jurisdiction: 'scotland',
      'authority-type': 'local-authority',
      approach: 'buy-services',
      'provider-relationship': 'other',
      'service-category': 'standard',
      'contract-value': 500_000,
      innovation: 'no',
      'single-provider': 'no',
      'use-framework': 'no',
      'relationship-model': 'conventional',
    })
    expect([r.route, r.regime]).toEqual(['competitive-procedure', 'pcr-scotland-2015'])
    expect(r.summary).toMatch(/restricted procedure \(reg 29\)/)
    expect(citations(r)).toMatch(/reg 29 .*regulation\/29/)
    expect(citations(r)).toMatch(/crossheading\/procedures/)
  })
})
