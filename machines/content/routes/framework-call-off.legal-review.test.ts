// Legal reviews 2026-12 A and B: the call-off result (framework-call-off.ts), driven through
// evaluate as a user would reach it. Each test names the finding it guards. Under ruleset 2027-01
// a call-off's own value is not asked (decision model, section 2), so the duties that depend on
// value are read from the conditions the result states (section 6.2).
import { describe, expect, it } from 'vitest'
import type { Answers } from '../../answers'
import type { Result } from '../../result'
import { evaluate2026Answers as evaluate } from '../../testing/answers-2026-11'

const today = '2026-12-02'

/** The path to a call-off: an independent provider, no innovation, more than one provider. */
function callOff(body: Answers, rest: Answers, startDate?: string): Result {
  const answers: Answers = {
    approach: 'buy-services',
    'provider-relationship': 'other',
    innovation: 'no',
    'single-provider': 'no',
    'use-framework': 'yes',
    ...body,
    ...rest,
  }
  const result = evaluate(answers, { today, startDate })
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

const standard = (regime: string): Answers => ({
  'service-category': 'standard',
  'framework-regime': regime,
})
const lightTouch = (regime: string): Answers => ({
  'service-category': 'light-touch',
  'framework-regime': regime,
})

const steps = (r: Result) => r.nextSteps.join(' ')
const citations = (r: Result) => r.references.map((x) => x.citation)

describe('framework call-off: legal review 2026-12', () => {
  it('B-#1: the reg 1(7) label says the 2015 Regulations do not extend to Scotland except Sch 6 para 19, not Part 4', () => {
    for (const rest of [standard('pcr-2015'), lightTouch('pcr-2015')]) {
      const r = callOff(scottishCouncil, rest)
      const extent = r.references.find((x) => x.citation.includes('reg 1(7)'))
      expect(extent?.label).toMatch(/paragraph 19 of Schedule 6/)
      expect(extent?.label).not.toMatch(/Part 4/)
    }
  })

  it('B-#2: a devolved Scottish body calling off a PCR 2015 framework is told the case is not covered and what to check, never PCR steps', () => {
    for (const rest of [standard('pcr-2015'), lightTouch('pcr-2015')]) {
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
    const std = callOff(scottishCouncil, standard('pcr-2015'))
    expect(steps(std)).toMatch(/Check whether the Scottish rules govern .*\(reg 35\)/)
    expect(citations(std).join(' ')).not.toMatch(/reg 35/)
  })

  it('A-I4: a dynamic market procedure considers applications to join before excluding non-members (s.34(4)-(5))', () => {
    const r = callOff(englishCouncil, standard('pa-2023'))
    expect(r.summary).not.toMatch(/open only to its members/)
    expect(r.summary).toMatch(/considering applications to join/)
    expect(steps(r)).toMatch(/s\.34\(4\)/)
    expect(steps(r)).toMatch(/s\.34\(5\)/)
  })

  it("A-I7: a PCR call-off's value-dependent duties are conditions on the 2015 Regulations' own figure", () => {
    // PPN 11/23: the figures the 2015 Regulations held on 23 February 2025, not the Act's of 2026.
    const r = callOff(englishCouncil, standard('pcr-2015'))
    expect(r.summary).toMatch(/from £214,904, the 2015 Regulations' sub-central threshold/)
    expect(steps(r)).toMatch(
      // Issue 17: next steps name the plan's steps (the plan counts the 10 days)
      /For a mini-competition, if the call-off is worth £214,904 or more, send \[award decision notices\]\(plan:pcr\.reg86\) and hold \[a standstill voluntarily\]\(plan:pcr\.voluntary-standstill\) \(reg 99\(6\)-\(7\)\)/,
    )
    expect(r.risks.join(' ')).toMatch(
      /If the call-off is worth £214,904 or more, a mini-competition/,
    )
    // That a saved framework keeps those figures is a reading of SI 2024/716 reg 5 (spec 6.2: check).
    expect(steps(r)).toMatch(/23 February 2025, .*SI 2024\/716 reg 5: check it/)
    expect([r.summary, ...r.nextSteps, ...r.risks].join(' ')).not.toMatch(/£207,720/)
    expect(r.summary).not.toMatch(/You told us the call-off/)

    const central = callOff(
      { ...englishCouncil, 'authority-type': 'central-government' },
      standard('pcr-2015'),
      '2026-03-01',
    )
    expect(steps(central)).toMatch(/if the call-off is worth £139,688 or more/)
    expect(steps(central)).not.toMatch(/£135,018/)

    const lt = callOff(englishCouncil, lightTouch('pcr-2015'))
    expect(steps(lt)).toMatch(
      /Check whether reg 75\(3\) requires a contract award notice for your call-off if it is worth £663,540 or more/,
    )
  })

  it('6.2: a call-off that starts now under a saved framework follows the 2015 Regulations with it', () => {
    const r = callOff(englishCouncil, standard('pcr-2015'))
    expect(r.summary).toMatch(
      /before 24 February 2025 \(SI 2024\/716, reg 5\)\. So your call-off, which starts now, follows them because the framework does\./,
    )
    const started = callOff(
      { ...englishCouncil, 'existing-procurement': 'yes' },
      standard('pcr-2015'),
    )
    expect(started.summary).not.toMatch(/starts now/)
  })

  it('6.2: below the threshold a call-off still follows the framework, and its notices are a check', () => {
    const council = callOff(englishCouncil, standard('pa-2023'))
    const last = council.nextSteps.at(-1) ?? ''
    // s.3(2): a contract is a public contract only at or above the threshold.
    expect(last).toMatch(
      /If it is worth less than £207,720, it is not a public contract \(s\.3\(2\)\), but you still follow the framework's own call-off rules\./,
    )
    // s.87(4): notifiable from £30,000 for a body that is not central government.
    expect(last).toMatch(
      /Check whether any notice is then due, .*from £30,000 for your organisation \(s\.87\(4\)\)/,
    )
    expect(citations(council)).toEqual(
      expect.arrayContaining(['Procurement Act 2023, s.3(2)', 'Procurement Act 2023, s.87']),
    )
    expect(council.summary).toMatch(
      /following the framework's terms at any value\. If the call-off is worth £207,720 or more \(the sub-central threshold\), you also publish a contract award notice and a contract details notice/,
    )
    // s.87(4)(a)(i): £12,000 for central government, but not for a devolved Welsh authority.
    const central = callOff(
      { ...englishCouncil, 'authority-type': 'central-government' },
      standard('pa-2023'),
    )
    expect(steps(central)).toMatch(/from £12,000 for your organisation/)
    const welsh = callOff(
      {
        jurisdiction: 'wales',
        'authority-type': 'central-government',
        'existing-procurement': 'no',
      },
      standard('pa-2023'),
    )
    expect(steps(welsh)).toMatch(/from £30,000 for your organisation/)
  })

  it('6.2: an NHS body is not asked its threshold class, so the lower figure is used and flagged', () => {
    const r = callOff({ ...englishCouncil, 'authority-type': 'nhs' }, standard('pa-2023'))
    // Issue 17: next steps name the plan's steps
    expect(steps(r)).toMatch(
      /If the call-off is worth £135,018 or more, publish a \[contract award notice\]\(plan:pa\.uk6\)/,
    )
    expect(steps(r)).toMatch(
      /sub-central body's threshold is higher, so check which applies to you/,
    )
    // Whether it is central government for s.87(4) is not known, so no figure is given.
    expect(steps(r)).not.toMatch(/from £(12|30),000 for your organisation/)
  })

  it('6.2: a Scottish framework call-off is measured against the Scottish figure, unconfirmed for sub-central', () => {
    const r = callOff(scottishCouncil, standard('pcr-scotland-2015'))
    expect(r.summary).toMatch(/from £207,720, the sub-central threshold/)
    expect(steps(r)).toMatch(
      /If the call-off is worth £207,720 or more, check whether it needs a notice of your decision/,
    )
    expect(steps(r)).toMatch(/not yet confirmed for Scotland, so check it against SPPN 4\/2025/)
  })

  it('A-I8: a PCR framework is saved if set up, or its contract notice submitted, before 24 February 2025', () => {
    for (const rest of [standard('pcr-2015'), lightTouch('pcr-2015')]) {
      const r = callOff(englishCouncil, rest)
      expect(r.summary).toMatch(
        /set up, or its contract notice was submitted, before 24 February 2025/,
      )
      expect(steps(r)).toMatch(/contract notice submitted/)
      expect(steps(r)).not.toMatch(/Confirm that it was set up before 24 February 2025/)
      expect(citations(r)).toContain('SI 2024/716, reg 5(1) and (3)')
      expect([r.summary, ...r.nextSteps].join(' ')).not.toMatch(/2029/)
    }
    const std = callOff(englishCouncil, standard('pcr-2015'))
    expect(steps(std)).toMatch(/Check the end date SI 2024\/716 reg 5\(4\) sets/)
  })

  it('A-U3: a PCR light touch call-off is told to check reg 75(3)-(4), not to publish "as the framework requires"', () => {
    const r = callOff(englishCouncil, lightTouch('pcr-2015'))
    expect(steps(r)).not.toMatch(/Publish the award as the framework requires/)
    expect(steps(r)).toMatch(/Check whether reg 75\(3\) requires a contract award notice/)
    expect(steps(r)).toMatch(/reg 75\(4\)/)
  })

  it('A-M2: a Procurement Act call-off states the KPI and contract-copy duties as conditions over £5 million (not KPIs for light touch)', () => {
    const std = callOff(englishCouncil, standard('pa-2023'))
    expect(steps(std)).toMatch(
      /If the call-off is worth more than £5,000,000, set at least three key performance indicators before you enter into it \(s\.52\(1\)\)/,
    )
    expect(steps(std)).toMatch(
      // Issue 17: next steps name the plan's steps (the plan counts the 90 days)
      /If the call-off is worth more than £5,000,000, publish \[a copy of it\]\(plan:pa\.contract-copy\) by its deadline after entering into it \(s\.53\(3\)\)/,
    )
    expect(citations(std)).toEqual(
      expect.arrayContaining(['Procurement Act 2023, s.52', 'Procurement Act 2023, s.53(3)-(4)']),
    )
    const lt = callOff(englishCouncil, lightTouch('pa-2023'))
    expect(steps(lt)).not.toMatch(/key performance indicators/)
    // Issue 17: next steps name the plan's steps (the plan counts the 180 days)
    expect(steps(lt)).toMatch(
      /If the call-off is worth more than £5,000,000, publish \[a copy of it\]\(plan:pa\.contract-copy\)/,
    )
    expect(citations(lt)).not.toContain('Procurement Act 2023, s.52')
    // s.53(4): a devolved Welsh authority need not publish the copy.
    const welsh = callOff(
      {
        jurisdiction: 'wales',
        'authority-type': 'central-government',
        'existing-procurement': 'no',
      },
      standard('pa-2023'),
    )
    expect(steps(welsh)).toMatch(
      /need not publish a copy of the contract under s\.53\(3\) \(s\.53\(4\)\)/,
    )
  })

  it('A-I11: conflicts duties apply throughout (ss.81-82); the s.83 assessment comes before a dynamic market tender notice', () => {
    const r = callOff(englishCouncil, standard('pa-2023'))
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
    const r = callOff(scottishCouncil, standard('pa-2023'))
    expect(steps(r)).toMatch(/Schedule 9A .* call-offs over £5 million \(ss\.52-53\)/)
    expect(steps(r)).not.toMatch(/three key performance indicators/)
    expect(citations(r)).not.toContain('Procurement Act 2023, s.52')
    // Below the threshold, Schedule 9A decides whether any notice is due.
    expect(steps(r)).toMatch(
      /If it is worth less than £207,720, .*check in Schedule 9A whether any notice is then due/,
    )
    expect(steps(r)).not.toMatch(/s\.87/)
  })

  it('B-#26: a body elsewhere in the UK calling off a Scottish framework is told the Act may apply too', () => {
    const r = callOff(englishCouncil, standard('pcr-scotland-2015'))
    expect(r.summary).toMatch(/SSI 2025\/392/)
    expect(r.summary).toMatch(/Procurement Act 2023 may also apply to your call-off/)
    expect(steps(r)).toMatch(/SPPN 5\/2026 .*Cabinet Office guidance/)
  })

  it('B-#27: a Scottish dynamic purchasing system is left to a check, not covered by the framework steps', () => {
    for (const body of [englishCouncil, scottishCouncil]) {
      const r = callOff(body, standard('pcr-scotland-2015'))
      expect(steps(r)).toMatch(/If it is a dynamic purchasing system .* check .*\(reg 35\)/)
      expect(citations(r).join(' ')).not.toMatch(/reg 35/)
    }
  })

  it('A-M5: a pre-2025 start with a Procurement Act framework is never stated as both PCR and the Act', () => {
    const r = callOff({ ...englishCouncil, 'existing-procurement': 'yes' }, standard('pa-2023'))
    const text = [r.summary, ...r.nextSteps, ...r.rationale.map((x) => x.reason)].join(' ')
    const saysPcr = /so the Public Contracts Regulations 2015 still govern it/.test(text)
    const saysAct = /so its call-offs follow that Act/.test(text)
    expect(saysPcr && saysAct).toBe(false)
    expect(r.summary).not.toMatch(/before 24 February 2025/)
  })
})
