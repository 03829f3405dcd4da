// Legal reviews 2026-12 A and B: the call-off result (framework-call-off.ts), driven through
// evaluate as a user would reach it. Each test names the finding it guards.
import { describe, expect, it } from 'vitest'
import type { Answers } from '../../answers'
import type { Result } from '../../result'
import { evaluate2026Answers as evaluate } from '../../testing/answers-2026-11'

const today = '2026-12-02'

/** The path to a call-off: an independent provider, no innovation, more than one provider. */
function callOff(body: Answers, rest: Answers): Result {
  const answers: Answers = {
    approach: 'buy-services',
    'provider-relationship': 'other',
    innovation: 'no',
    'single-provider': 'no',
    'use-framework': 'yes',
    ...body,
    ...rest,
  }
  const result = evaluate(answers, { today })
  expect(result.status, JSON.stringify(result.next)).toBe('complete')
  expect(result.route).toBe('framework-call-off')
  return result
}

const englishCouncil: Answers = {
  jurisdiction: 'england',
  'authority-type': 'local-authority',
  'existing-procurement': 'no',
  'health-care': 'no',
}
const scottishCouncil: Answers = { jurisdiction: 'scotland', 'authority-type': 'local-authority' }

const standard = (value: number, regime: string): Answers => ({
  'service-category': 'standard',
  'contract-value': value,
  'framework-regime': regime,
})
const lightTouch = (value: number, regime: string): Answers => ({
  'service-category': 'light-touch',
  'contract-value': value,
  'framework-regime': regime,
})

const steps = (r: Result) => r.nextSteps.join(' ')
const citations = (r: Result) => r.references.map((x) => x.citation)

describe('framework call-off: legal review 2026-12', () => {
  it('B-#1: the reg 1(7) label says the 2015 Regulations do not extend to Scotland except Sch 6 para 19, not Part 4', () => {
    for (const rest of [standard(900_000, 'pcr-2015'), lightTouch(900_000, 'pcr-2015')]) {
      const r = callOff(scottishCouncil, rest)
      const extent = r.references.find((x) => x.citation.includes('reg 1(7)'))
      expect(extent?.label).toMatch(/paragraph 19 of Schedule 6/)
      expect(extent?.label).not.toMatch(/Part 4/)
    }
  })

  it('B-#2: a devolved Scottish body calling off a PCR 2015 framework is told the case is not covered and what to check, never PCR steps', () => {
    for (const rest of [standard(900_000, 'pcr-2015'), lightTouch(900_000, 'pcr-2015')]) {
      const r = callOff(scottishCouncil, rest)
      const all = [r.title, r.summary, ...r.nextSteps, ...r.risks].join(' ')
      expect(all).not.toMatch(/reg 99|reg 33|reg 76|Contracts Finder/)
      expect(r.summary).toMatch(/does not yet cover/)
      expect(r.title).toMatch(/check which rules apply/)
      expect(steps(r)).toMatch(/SPPN 5\/2026/)
      expect(steps(r)).toMatch(/remedies/)
      expect(steps(r)).toMatch(/reg 34/)
      // The only PCR 2015 reference is the one saying they do not extend to Scotland.
      const pcr = r.references.filter((x) => x.source === 'pcr-2015')
      expect(pcr.map((x) => x.citation)).toEqual(['Public Contracts Regulations 2015, reg 1(7)'])
      expect(r.references.map((x) => x.source)).toEqual(
        expect.arrayContaining(['pcs-regs-2015', 'sppn-5-2026']),
      )
      expect(r.references.map((x) => x.source)).not.toContain('pa-2023-transitional')
    }
    // The dynamic purchasing system regulation is offered only as a check, never cited.
    const std = callOff(scottishCouncil, standard(900_000, 'pcr-2015'))
    expect(steps(std)).toMatch(/Check whether the Scottish rules govern .*\(reg 35\)/)
    expect(citations(std).join(' ')).not.toMatch(/reg 35/)
  })

  it('A-I4: a dynamic market procedure considers applications to join before excluding non-members (s.34(4)-(5))', () => {
    const r = callOff(englishCouncil, standard(900_000, 'pa-2023'))
    expect(r.summary).not.toMatch(/open only to its members/)
    expect(r.summary).toMatch(/considering applications to join/)
    expect(steps(r)).toMatch(/s\.34\(4\)/)
    expect(steps(r)).toMatch(/s\.34\(5\)/)
  })

  it("A-I7: a PCR call-off's value is measured against the 2015 Regulations' own figure", () => {
    const below = callOff(englishCouncil, standard(210_000, 'pcr-2015'))
    expect(below.summary).toMatch(/below the 2015 Regulations' £214,904 sub-central threshold/)
    expect(below.summary).not.toMatch(/£207,720/)
    expect(below.summary).not.toMatch(/check the value before relying on this route/)
    const above = callOff(englishCouncil, standard(900_000, 'pcr-2015'))
    expect(above.summary).toMatch(/at or above the 2015 Regulations' £214,904/)
  })

  it('A-I8: a PCR framework is saved if set up, or its contract notice submitted, before 24 February 2025', () => {
    for (const rest of [standard(900_000, 'pcr-2015'), lightTouch(900_000, 'pcr-2015')]) {
      const r = callOff(englishCouncil, rest)
      expect(r.summary).toMatch(
        /set up, or its contract notice was submitted, before 24 February 2025/,
      )
      expect(steps(r)).toMatch(/contract notice submitted/)
      expect(steps(r)).not.toMatch(/Confirm that it was set up before 24 February 2025/)
      expect(citations(r)).toContain('SI 2024/716, reg 5(1) and (3)')
      expect([r.summary, ...r.nextSteps].join(' ')).not.toMatch(/2029/)
    }
    const std = callOff(englishCouncil, standard(900_000, 'pcr-2015'))
    expect(steps(std)).toMatch(/Check the end date SI 2024\/716 reg 5\(4\) sets/)
  })

  it('A-U3: a PCR light touch call-off is told to check reg 75(3)-(4), not to publish "as the framework requires"', () => {
    const r = callOff(englishCouncil, lightTouch(900_000, 'pcr-2015'))
    expect(steps(r)).not.toMatch(/Publish the award as the framework requires/)
    expect(steps(r)).toMatch(/Check whether reg 75\(3\) requires a contract award notice/)
    expect(steps(r)).toMatch(/reg 75\(4\)/)
  })

  it('A-M2: a Procurement Act call-off over £5 million carries the KPI and contract-copy duties (not KPIs for light touch)', () => {
    const std = callOff(englishCouncil, standard(6_000_000, 'pa-2023'))
    expect(steps(std)).toMatch(/three key performance indicators/)
    expect(steps(std)).toMatch(/publish a copy of it within 90 days/)
    expect(citations(std)).toEqual(
      expect.arrayContaining(['Procurement Act 2023, s.52', 'Procurement Act 2023, s.53(3)-(4)']),
    )
    const lt = callOff(englishCouncil, lightTouch(6_000_000, 'pa-2023'))
    expect(steps(lt)).not.toMatch(/key performance indicators/)
    expect(steps(lt)).toMatch(/within 180 days/)
    const small = callOff(englishCouncil, standard(900_000, 'pa-2023'))
    expect(steps(small)).not.toMatch(/£5,000,000/)
  })

  it('A-I11: conflicts duties apply throughout (ss.81-82); the s.83 assessment comes before a dynamic market tender notice', () => {
    const r = callOff(englishCouncil, standard(900_000, 'pa-2023'))
    expect(steps(r)).toMatch(
      /keep under review conflicts of interest among those involved \(s\.81\)/,
    )
    expect(steps(r)).toMatch(/unfair advantage or disadvantage \(s\.82\)/)
    expect(steps(r)).toMatch(
      /For a dynamic market, you publish a tender notice .* Before you publish the tender notice, prepare a conflicts assessment \(s\.83\)/,
    )
    expect(citations(r)).toEqual(
      expect.arrayContaining(['Procurement Act 2023, ss.81-82', 'Procurement Act 2023, s.83']),
    )
  })

  it('A-M2 for a devolved Scottish body under s.115A: the over-£5m duties are a check against Schedule 9A', () => {
    const r = callOff(scottishCouncil, standard(6_000_000, 'pa-2023'))
    expect(steps(r)).toMatch(/Schedule 9A .* over £5 million \(ss\.52-53\)/)
    expect(steps(r)).not.toMatch(/three key performance indicators/)
  })

  it('B-#26: a body elsewhere in the UK calling off a Scottish framework is told the Act may apply too', () => {
    const r = callOff(englishCouncil, standard(900_000, 'pcr-scotland-2015'))
    expect(r.summary).toMatch(/SSI 2025\/392/)
    expect(r.summary).toMatch(/Procurement Act 2023 may also apply to your call-off/)
    expect(steps(r)).toMatch(/SPPN 5\/2026 .*Cabinet Office guidance/)
  })

  it('B-#27: a Scottish dynamic purchasing system is left to a check, not covered by the framework steps', () => {
    for (const body of [englishCouncil, scottishCouncil]) {
      const r = callOff(body, standard(900_000, 'pcr-scotland-2015'))
      expect(steps(r)).toMatch(/If it is a dynamic purchasing system .* check .*\(reg 35\)/)
      expect(citations(r).join(' ')).not.toMatch(/reg 35/)
    }
  })

  it('A-M5: a pre-2025 start with a Procurement Act framework is never stated as both PCR and the Act', () => {
    const r = callOff(
      { ...englishCouncil, 'existing-procurement': 'yes' },
      standard(900_000, 'pa-2023'),
    )
    const text = [r.summary, ...r.nextSteps, ...r.rationale.map((x) => x.reason)].join(' ')
    const saysPcr = /so the Public Contracts Regulations 2015 still govern it/.test(text)
    const saysAct = /so its call-offs follow that Act/.test(text)
    expect(saysPcr && saysAct).toBe(false)
    expect(r.summary).not.toMatch(/before 24 February 2025/)
  })
})
