// Legal reviews 2026-12 A and B: sentences that rested on a reviewer's summary, checked against the
// primary text (legislation.gov.uk, checked 2026-12-02) and tightened. Each test runs answers
// through evaluate as a user would, and fails on the wording these routes gave before the check.
import { describe, expect, it } from 'vitest'
import type { Answers } from '../../answers'
import type { Result } from '../../result'
import { evaluate2026Answers as evaluate } from '../../testing/answers-2026-11'

const today = '2026-12-02'
const run = (answers: Answers, startDate?: string): Result =>
  evaluate(answers, { today, startDate })
const steps = (r: Result) => r.nextSteps.join(' ')
const citations = (r: Result) => r.references.map((x) => x.citation)

const council = (jurisdiction: string, value: number): Answers => ({
  approach: 'buy-services',
  'provider-relationship': 'other',
  jurisdiction,
  'authority-type': 'local-authority',
  'existing-procurement': 'no',
  'health-care': 'no',
  'service-category': 'standard',
  'contract-value': value,
})

const directAward = (jurisdiction: string): Answers => ({
  ...council(jurisdiction, 900_000),
  innovation: 'no',
  'single-provider': 'yes',
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

const callOff = (rest: Answers): Result =>
  run({
    ...council('england', 900_000),
    innovation: 'no',
    'single-provider': 'no',
    'use-framework': 'yes',
    ...rest,
  })

describe('PCR 2015 reg 112: what award details go on Contracts Finder', () => {
  it('names the details reg 112(1) lists, and cites reg 112', () => {
    const r = run({ ...council('england', 100_000), 'existing-procurement': 'yes' })
    expect([r.route, r.regime]).toEqual(['below-threshold', 'pcr-2015'])
    expect(steps(r)).not.toMatch(/publish the award details on Contracts Finder/)
    expect(steps(r)).toMatch(
      /within a reasonable time, the supplier’s name, the contract date and value, and whether it is an SME or VCSE \(reg 112\)/,
    )
    expect(citations(r)).toContain('Public Contracts Regulations 2015, reg 112')
  })
})

describe('WSI 2024/782 reg 5(5): the Welsh notices the Welsh platform route covers', () => {
  it('below threshold: the s.87 notices, paragraphs (w) and (x)', () => {
    const r = run(council('wales', 100_000))
    expect(r.route).toBe('below-threshold')
    expect(citations(r)).toContain('Procurement (Wales) Regulations 2024, reg 5(2) and (5)(w)-(x)')
  })

  it('direct award: the s.44 transparency notice, paragraph (j)', () => {
    const r = run(directAward('wales'))
    expect([r.route, r.regime]).toEqual(['direct-award-uniqueness', 'pa-2023'])
    expect(citations(r)).toContain('Procurement (Wales) Regulations 2024, reg 5(2) and (5)(j)')
  })

  it('England is not pointed to the Welsh platform', () => {
    for (const r of [run(council('england', 100_000)), run(directAward('england'))])
      expect(citations(r).join(' ')).not.toMatch(/Procurement \(Wales\) Regulations 2024/)
  })
})

describe('B-#3: the Scottish direct award names the regulations it rests on', () => {
  it('cites regs 85(4)(c), 86(2)(a) and 91(6)-(7), and no longer leaves the number to check', () => {
    const r = run(scottishDirectAward)
    expect([r.route, r.regime]).toEqual(['direct-award-uniqueness', 'pcr-scotland-2015'])
    expect(citations(r)).toEqual(
      expect.arrayContaining([
        'Public Contracts (Scotland) Regulations 2015, regs 85(4)(c) and 86(2)(a)',
        'Public Contracts (Scotland) Regulations 2015, reg 91(6)-(7)',
      ]),
    )
    expect(citations(r)).not.toContain('Public Contracts (Scotland) Regulations 2015, Part 3')
    expect(steps(r)).not.toMatch(/confirm which regulation in Part 3/)
    expect(steps(r)).toMatch(/before you sign \(reg 91\(7\)\(b\)\)/)
    expect(steps(r)).toMatch(/names the provider .* \(reg 91\(7\)\(a\)\)/)
    expect(r.summary).toMatch(
      /at least 10 days after its publication before you sign \(reg 91\(7\)\)/,
    )
  })
})

describe('B-#26: why the Act may still apply to a UK body’s call-off from a Scottish framework', () => {
  it('gives the reason from s.115(2)-(3), not a bare assertion', () => {
    const r = callOff({ 'service-category': 'standard', 'framework-regime': 'pcr-scotland-2015' })
    expect(r.route).toBe('framework-call-off')
    expect(r.summary).not.toMatch(/since the Scottish rules cannot disapply it\./)
    expect(r.summary).toMatch(
      /the Scottish rules cannot disapply it, but a UK minister’s regulations can \(s\.115\(2\)-\(3\)\)/,
    )
  })
})

describe('A-I11: the conflicts duties in the words of ss.81 and 82', () => {
  it('states the s.82 duty as the Act frames it', () => {
    const r = callOff({ 'service-category': 'standard', 'framework-regime': 'pa-2023' })
    expect(steps(r)).not.toMatch(/keep under review and mitigate conflicts of interest/)
    expect(steps(r)).toMatch(
      /Take all reasonable steps to ensure none puts a supplier at an unfair advantage or disadvantage \(s\.82\)/,
    )
  })
})

describe('A-W4 for Wales: a 2025 Welsh figure rests on SI 2025/163 and WSI 2025/181', () => {
  it('a Welsh council in 2025 cites both instruments', () => {
    const r = run(council('wales', 100_000), '2025-06-01')
    expect([r.route, r.regime]).toEqual(['below-threshold', 'pa-2023'])
    expect(r.threshold?.amount).toBe(214_904)
    expect(citations(r)).toEqual(
      expect.arrayContaining([
        'Procurement Act 2023, Sch 1, as amended by SI 2025/163, reg 3(2)',
        'Procurement (Miscellaneous Amendments) (Wales) Regulations 2025 (WSI 2025/181), reg 3(2)',
      ]),
    )
  })

  it('an English council in 2025 cites SI 2025/163 alone', () => {
    const r = run(council('england', 100_000), '2025-06-01')
    expect(citations(r).join(' ')).toMatch(/as amended by SI 2025\/163, reg 3\(2\)/)
    expect(citations(r).join(' ')).not.toMatch(/WSI 2025\/181/)
  })
})
