import { describe, expect, it } from 'vitest'
import type { Answers } from '../../answers'
import type { Result } from '../../result'
import { evaluate2026Answers as evaluate } from '../../testing/answers-2026-11'

/**
 * Legal reviews of December 2026 (A: W1, W3, W4, I5, I7, I10, I12, M1, M3 for this route, U1;
 * B: #16, #17) and the Welsh layer of issue 14 for the below-threshold route, each driven
 * through evaluate as a user would reach it.
 */

const today = '2026-12-02'

const contractBranch = { approach: 'buy-services', 'provider-relationship': 'other' }

function run(answers: Answers, startDate?: string): Result {
  return evaluate({ ...contractBranch, ...answers } as Answers, { today, startDate })
}

/** Everything a commissioner might copy: summary, steps, risks and references. */
function allText(r: Result): string {
  return [
    r.summary,
    ...r.nextSteps,
    ...r.risks,
    ...r.references.flatMap((x) => [x.label, x.citation]),
  ].join(' ')
}

const walesCentral = (value: number): Answers => ({
  jurisdiction: 'wales',
  'authority-type': 'central-government',
  'existing-procurement': 'no',
  'service-category': 'standard',
  'contract-value': value,
})

const walesNhsCentral = (value: number): Answers => ({
  jurisdiction: 'wales',
  'authority-type': 'nhs',
  'existing-procurement': 'no',
  'health-care': 'no',
  'service-category': 'standard',
  'threshold-class': 'central',
  'contract-value': value,
})

const council = (jurisdiction: string, value: number): Answers => ({
  jurisdiction,
  'authority-type': 'local-authority',
  'existing-procurement': 'no',
  'health-care': 'no',
  'service-category': 'standard',
  'contract-value': value,
})

const pcrCouncil = (jurisdiction: string): Answers => ({
  ...council(jurisdiction, 100_000),
  'existing-procurement': 'yes',
})

describe('A-W1: a devolved Welsh central government body is notifiable from £30,000', () => {
  for (const [name, answers] of [
    ['central government', walesCentral(20_000)],
    ['an NHS body on the central list', walesNhsCentral(20_000)],
  ] as const) {
    it(`${name} at £20,000: no £12,000 figure and no notice duty`, () => {
      const r = run(answers)
      expect(r.route).toBe('below-threshold')
      expect(allText(r)).not.toMatch(/£12,000/)
      expect(r.summary).toMatch(/Notice duties start at £30,000 for a devolved Welsh authority/)
      expect(r.summary).toMatch(/s\.87\(4\)\(a\)\(ii\)/)
      expect(r.nextSteps).toContain(
        'At this value no notice is required, but you may still invite quotes openly.',
      )
      expect(r.nextSteps.join(' ')).not.toMatch(/contract details notice/)
    })
  }

  it('central government at £40,000: notifiable, from £30,000', () => {
    const r = run(walesCentral(40_000))
    expect(allText(r)).not.toMatch(/£12,000/)
    expect(r.summary).toMatch(/notifiable from £30,000 for a devolved Welsh authority/)
    expect(r.nextSteps.join(' ')).toMatch(/contract details notice/)
  })

  it('an English central government body keeps £12,000', () => {
    const r = run({ ...walesCentral(20_000), jurisdiction: 'england' })
    expect(r.summary).toMatch(/notifiable from £12,000/)
  })
})

describe('A-W3: Welsh threshold figures cite the Welsh regulations, not SI 2025/1200', () => {
  it('a Welsh council in 2026', () => {
    const r = run(council('wales', 100_000))
    expect(r.threshold?.source).toEqual(['pa-2023-thresholds-wales-2025'])
    const refs = r.references.map((x) => x.citation).join(' ')
    expect(refs).toMatch(/Threshold Amounts\) \(Amendment\) \(Wales\) Regulations 2025/)
    expect(refs).not.toMatch(/SI 2025\/1200/)
    expect(r.references.map((x) => x.source)).not.toContain('si-2025-1200')
  })

  it('an English council in 2026 still cites SI 2025/1200', () => {
    expect(run(council('england', 100_000)).threshold?.source).toContain('si-2025-1200')
  })
})

describe('A-W4: a Procurement Act procurement begun in 2025 cites SI 2025/163, not PPN 11/23', () => {
  for (const jurisdiction of ['england', 'wales']) {
    it(jurisdiction, () => {
      const r = run(council(jurisdiction, 100_000), '2025-06-01')
      expect(r.regime).toBe('pa-2023')
      expect(r.threshold?.amount).toBe(214_904)
      expect(r.threshold?.source).toEqual(['si-2025-163'])
      expect(r.threshold?.inForceFrom).toBe('2025-02-24')
      const refs = r.references.map((x) => x.citation).join(' ')
      expect(refs).toMatch(/as amended by SI 2025\/163, reg 3\(2\)/)
      expect(refs).not.toMatch(/PPN 11\/23/)
    })
  }

  it('a 2015 Regulations procurement keeps PPN 11/23', () => {
    const r = run(pcrCouncil('england'))
    expect(r.regime).toBe('pcr-2015')
    expect(r.threshold?.source).toEqual(['ppn-11-23'])
  })
})

describe('A-I7: a call-off under a 2015 Regulations framework uses their reg 5 figures', () => {
  // A call-off's own value is not asked (ruleset 2027-01), so its result states the duties that
  // depend on value as conditions on the threshold of the framework's rules (spec 6.2): for a
  // 2015 Regulations framework, the figures they held on 23 February 2025 (PPN 11/23).
  const callOff = (kind: 'sub-central' | 'central'): Answers => ({
    jurisdiction: 'england',
    'authority-type': kind === 'sub-central' ? 'local-authority' : 'central-government',
    'existing-procurement': 'no',
    ...(kind === 'sub-central' ? { 'health-care': 'no' } : {}),
    'service-category': 'standard',
    innovation: 'no',
    'single-provider': 'no',
    'use-framework': 'yes',
    'framework-regime': 'pcr-2015',
  })

  it('sub-central: £214,904, not the Act’s £207,720 of 2026', () => {
    const r = run(callOff('sub-central'))
    expect(r.route).toBe('framework-call-off')
    expect(r.regime).toBe('pcr-2015')
    expect(r.threshold).toEqual({
      amount: 214_904,
      kind: 'sub-central',
      inForceFrom: '2024-01-01',
      source: ['ppn-11-23'],
    })
    expect(r.summary).toMatch(/from £214,904, the 2015 Regulations' sub-central threshold/)
    expect(r.nextSteps.join(' ')).toMatch(/if the call-off is worth £214,904 or more/)
    expect(allText(r)).not.toMatch(/£207,720/)
  })

  it('central: £139,688, even with a 2026 start date for the call-off', () => {
    const r = run(callOff('central'), '2026-03-01')
    expect(r.threshold?.amount).toBe(139_688)
    expect(r.threshold?.source).toEqual(['ppn-11-23'])
    expect(r.summary).toMatch(/from £139,688, the 2015 Regulations' central government threshold/)
    expect(r.nextSteps.join(' ')).toMatch(/if the call-off is worth £139,688 or more/)
    expect(allText(r)).not.toMatch(/£135,018/)
  })

  it('a call-off under an Act framework keeps the Act’s 2026 figure', () => {
    const r = run({ ...callOff('sub-central'), 'framework-regime': 'pa-2023' })
    expect(r.threshold?.amount).toBe(207_720)
    // Issue 17: next steps name the plan's steps
    expect(r.nextSteps.join(' ')).toMatch(
      /If the call-off is worth £207,720 or more, publish a \[contract award notice\]\(plan:pa\.uk6\)/,
    )
    expect(allText(r)).not.toMatch(/£214,904/)
  })
})

describe('A-I12: the light touch figure is not presented as a 2026 change', () => {
  for (const jurisdiction of ['england', 'wales']) {
    it(jurisdiction, () => {
      const r = run({ ...council(jurisdiction, 100_000), 'service-category': 'light-touch' })
      expect(r.threshold?.amount).toBe(663_540)
      expect(r.threshold?.source).toEqual(['pa-2023'])
      expect(r.threshold?.inForceFrom).not.toBe('2026-01-01')
      const label = r.references.find((x) => /light touch threshold/.test(x.label))
      expect(label?.label).toMatch(/unchanged since the Act came into force/)
      expect(label?.citation).toBe('Procurement Act 2023, Sch 1')
      expect(allText(r)).not.toMatch(/SI 2025\/1200/)
    })
  }
})

describe('A-M1, A-I5, A-M3: the 2015 Regulations below-threshold result', () => {
  it('links revised text and states the Contracts Finder values', () => {
    const r = run(pcrCouncil('england'))
    for (const x of r.references) expect(x.url).not.toMatch(/\/made$/)
    expect(r.summary).toMatch(/from £12,000 for central government, or £30,000/)
    expect(r.summary).toMatch(/NHS trusts, including VAT/)
    expect(r.references.map((x) => x.source)).toContain('pcr-amendment-2022')
    expect(r.nextSteps.join(' ')).not.toMatch(/checking the value limits in Part 4/)
  })

  for (const jurisdiction of ['wales', 'northern-ireland']) {
    it(`${jurisdiction}: names reg 1(8A) and the regulations that still apply`, () => {
      const r = run(pcrCouncil(jurisdiction))
      expect(r.summary).toMatch(/Regulations 113A, 113B and 114 still apply/)
      expect(r.summary).toMatch(/reg 1\(8A\)/)
      expect(r.references.map((x) => x.citation)).toContain(
        'Public Contracts Regulations 2015, reg 1(8) and (8A)',
      )
    })
  }

  it('asks for the saving event and invites no new step under the 2015 rules', () => {
    const r = run(pcrCouncil('england'))
    const steps = r.nextSteps.join(' ')
    expect(steps).toMatch(/SI 2024\/716, reg 5/)
    expect(steps).toMatch(/begin again under the Act/)
    expect(r.references.map((x) => x.source)).toContain('pa-2023-transitional')
    expect(steps).not.toMatch(/If you advertise/)
    expect(steps).not.toMatch(/publish the opportunity on Contracts Finder/)
  })
})

describe('A-I10: Welsh notices go through Sell2Wales (WSI 2024/782)', () => {
  it('a notifiable Welsh contract', () => {
    const r = run(council('wales', 100_000))
    const step = r.nextSteps.find((s) => /below-threshold tender notice/.test(s))
    expect(step).toMatch(/Sell2Wales/)
    expect(step).toMatch(/WSI 2024\/782, reg 5/)
    expect(r.references.map((x) => x.source)).toContain('procurement-wales-regs-2024')
  })

  it('an English contract is not told about Sell2Wales', () => {
    expect(allText(run(council('england', 100_000)))).not.toMatch(/Sell2Wales/)
  })
})

describe('A-U1: a Welsh council is not invited to reserve by location', () => {
  it('says plainly to check s.17 and that no Welsh disapplication is confirmed', () => {
    const r = run(council('wales', 100_000))
    const steps = r.nextSteps.join(' ')
    expect(steps).not.toMatch(/consider reserving/i)
    expect(steps).toMatch(/do not reserve the procurement by supplier location unless/)
    expect(steps).toMatch(/Section 17 of the Local Government Act 1988/)
    expect(steps).toMatch(/no Welsh equivalent has been confirmed/)
    const sources = r.references.map((x) => x.source)
    expect(sources).toContain('lga-1988-s17')
    expect(sources).not.toContain('wppn-012')
  })

  it('another devolved Welsh authority is pointed to WPPN 012', () => {
    const r = run(walesCentral(100_000))
    expect(r.nextSteps.join(' ')).toMatch(/WPPN 012/)
    expect(r.references.map((x) => x.source)).toContain('wppn-012')
  })
})

describe('Scotland (review B #16, #17)', () => {
  const scottishCouncil: Answers = {
    jurisdiction: 'scotland',
    'authority-type': 'local-authority',
    'service-category': 'standard',
    'contract-value': 100_000,
  }

  it('#16: court action only for the listed duties, within the time limits', () => {
    const r = run(scottishCouncil)
    expect(r.regime).toBe('pcr-scotland-2015')
    const risk = r.risks.find((x) => /proceedings/.test(x))
    expect(risk).toMatch(/ss\.8, 23 and 27 to 33 \(s\.37\)/)
    expect(risk).toMatch(/30 days/)
    expect(risk).toMatch(/3 months/)
    expect(risk).toMatch(/only award damages \(s\.39\)/)
    expect(r.risks.join(' ')).not.toMatch(/breach of the 2014 Act’s duties on a regulated/)
  })

  it('#17: cites the Procurement (Scotland) Regulations 2016 for the s.12 award', () => {
    const r = run(scottishCouncil)
    const citations = r.references.map((x) => x.citation)
    expect(citations).toContain('The Procurement (Scotland) Regulations 2016 (SSI 2016/145), reg 5')
    expect(citations).toContain('The Procurement (Scotland) Regulations 2016 (SSI 2016/145), reg 6')
    expect(r.nextSteps.join(' ')).toMatch(/Regulation 5 of the 2016 Regulations/)
  })
})
