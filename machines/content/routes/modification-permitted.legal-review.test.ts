import { describe, expect, it } from 'vitest'
import type { RegimeId } from '../../regimes'
import { type Figures, modContext } from '../modification/test-contexts'
import type { Jurisdiction, RouteText } from '../route-content'
import { modificationPermitted } from './modification-permitted'

/**
 * Issue 16, decision model 5.3, 8.8.1, 8.8.2, 8.8.4 and 8.11: what a permitted change's result
 * must say under each regime, and the UNVERIFIED points it may state only as "check".
 */

const shown = (t: RouteText) => [t.title, t.summary, ...t.risks, ...t.nextSteps].join(' ')
const citations = (t: RouteText) => t.references.map((r) => r.citation)

function permitted(
  variant: string,
  regime: RegimeId,
  figures: Figures,
  answers: Record<string, string | number> = {},
  jurisdiction?: Jurisdiction,
) {
  return modificationPermitted.text(
    modContext('modification-permitted', variant, regime, { figures, answers, jurisdiction }),
  )
}

const tenPercent: Figures = {
  original: 1_000_000,
  earlier: 0,
  change: 100_000,
  maxTerm: 60,
  extension: 6,
}

describe('modification-permitted under the Procurement Act 2023', () => {
  it('names the ground of each variant with its Schedule 8 paragraph or s.74 test (5.3)', () => {
    const expected: Record<string, RegExp> = {
      'provided-for': /Schedule 8, paragraph 1$/,
      'not-substantial': /s\.74\(1\)\(b\), \(3\) and \(5\)/,
      urgency: /Schedule 8, paragraphs 2 and 3/,
      unforeseeable: /Schedule 8, paragraph 4/,
      'known-risk': /Schedule 8, paragraphs 5 to 7/,
      'additional-supplies': /Schedule 8, paragraph 8/,
      'corporate-restructuring': /Schedule 8, paragraph 9/,
    }
    for (const [variant, citation] of Object.entries(expected))
      expect(
        citations(permitted(variant, 'pa-2023', tenPercent)).some((c) => citation.test(c)),
        variant,
      ).toBe(true)
  })

  it('needs the option in both the contract and the tender or transparency notice (Sch 8 para 1)', () => {
    expect(shown(permitted('provided-for', 'pa-2023', tenPercent))).toMatch(
      /both the contract as awarded and the tender notice or transparency notice/,
    )
  })

  it('exempts a change of exactly 10% in value and term from the notice, and says one limb alone is to check (8.11 item 1)', () => {
    const t = shown(permitted('not-substantial', 'pa-2023', tenPercent))
    expect(t).toMatch(/No contract change notice is needed/)
    expect(t).toMatch(/Check whether one limb alone is enough/)
    expect(t).not.toMatch(/Before you make the change, publish a contract change notice/)
  })

  it('requires the notice and recommends the 8-working-day standstill once either figure is over 10%', () => {
    for (const figures of [
      { ...tenPercent, change: 100_001 },
      { ...tenPercent, extension: 7 },
    ]) {
      const t = permitted('unforeseeable', 'pa-2023', figures)
      expect(shown(t)).toMatch(
        /publish a contract change notice on the central digital platform \(Find a Tender\) \(s\.75\)/,
      )
      expect(shown(t)).toMatch(/at least 8 working days .* \(s\.76\)/)
      expect(citations(t)).toContain('Procurement Regulations 2024, reg 40')
    }
  })

  it('uses 15% for the value limb of a works contract', () => {
    const works = { 'mod-contract-category': 'works' }
    expect(
      shown(permitted('unforeseeable', 'pa-2023', { ...tenPercent, change: 150_000 }, works)),
    ).toMatch(/No contract change notice is needed/)
    expect(
      shown(permitted('unforeseeable', 'pa-2023', { ...tenPercent, change: 150_001 }, works)),
    ).toMatch(/publish a contract change notice/)
  })

  it('always needs the notice for a corporate restructuring, whatever the figures (s.75(2))', () => {
    const t = shown(
      permitted('corporate-restructuring', 'pa-2023', {
        original: 1_000_000,
        earlier: 0,
        change: 0,
      }),
    )
    expect(t).toMatch(/publish a contract change notice/)
    expect(t).toMatch(/not an excluded supplier/)
    expect(t).toMatch(/s\.74\(9\)/)
  })

  it('needs no notice for a light touch contract (s.75(6)(b)) or a transferred Northern Ireland authority (s.75(6)(d), with a check)', () => {
    const lightTouch = shown(
      permitted(
        'corporate-restructuring',
        'pa-2023',
        {},
        { 'mod-contract-category': 'light-touch-services' },
      ),
    )
    expect(lightTouch).toMatch(/s\.75\(6\)\(b\)/)
    expect(lightTouch).not.toMatch(/publish a contract change notice/)
    const ni = shown(
      permitted(
        'unforeseeable',
        'pa-2023',
        { ...tenPercent, change: 400_000 },
        { 'mod-ni-transferred': 'yes' },
        'northern-ireland',
      ),
    )
    expect(ni).toMatch(/s\.75\(6\)\(d\).*check which/)
    expect(ni).not.toMatch(/s\.77/)
  })

  it('publishes the modified contract within 90 days only when the value after the change is over £5 million (s.77)', () => {
    const at = { original: 4_000_000, earlier: 0, change: 1_000_000 }
    expect(shown(permitted('unforeseeable', 'pa-2023', at))).not.toMatch(/Within 90 days/)
    const over = shown(permitted('unforeseeable', 'pa-2023', { ...at, change: 1_000_001 }))
    expect(over).toMatch(/Within 90 days of the change, publish a copy of the contract as modified/)
  })

  it('in Wales: the Welsh digital platform, the s.77(3) condition, and the notice content as a check, not reg 40 (8.11 item 18)', () => {
    const t = permitted(
      'unforeseeable',
      'pa-2023',
      { original: 4_000_000, earlier: 0, change: 1_500_000 },
      {},
      'wales',
    )
    expect(shown(t)).toMatch(/through the Welsh digital platform/)
    expect(shown(t)).toMatch(/reserved procurement arrangement \(s\.77\(3\)\)/)
    expect(shown(t)).toMatch(/check the Welsh rules on its content/)
    expect(citations(t)).not.toContain('Procurement Regulations 2024, reg 40')
    expect(citations(t)).toContain('Procurement (Wales) Regulations 2024, reg 5(5)(s)-(u)')
  })

  it('shows the 50% cap with the user’s figures, and both percentages when the base decides it (8.5.1, 8.11 item 3)', () => {
    const t = permitted('additional-supplies', 'pa-2023', {
      original: 1_000_000,
      earlier: 200_000,
      change: 550_000,
    })
    expect(t.summary).toMatch(
      /adds £550,000, which is 45.8% of the contract’s estimated value before it \(£1,200,000\); the limit is 50%/,
    )
    expect(t.risks.join(' ')).toMatch(
      /value at award \(£1,000,000\) .* 55%, over the 50% limit: check which value/,
    )
  })

  it('urgency: no value cap, no further than the urgency requires, own delay defeats it, debarment list checked without a section number', () => {
    const t = shown(permitted('urgency', 'pa-2023', tenPercent))
    expect(t).toMatch(/no value limit/)
    expect(t).toMatch(/no further than the urgency strictly requires/)
    expect(t).toMatch(/your own delay/)
    expect(t).toMatch(/check the debarment list/)
    expect(t).not.toMatch(/s\.62|section 62/)
  })

  it('known risk: records the public interest assessment, including value for money (Sch 8 para 7)', () => {
    expect(shown(permitted('known-risk', 'pa-2023', tenPercent))).toMatch(
      /public interest assessment.*better value for money/,
    )
  })

  it('not substantial: shows the term figures, and a large volume increase as a check (8.11 item 22)', () => {
    const t = shown(permitted('not-substantial', 'pa-2023', { ...tenPercent, extension: 5 }))
    expect(t).toMatch(
      /The extension of 5 months is 8.3% of the longest term provided for on award \(60 months\)/,
    )
    expect(t).toMatch(/large increase in volume .* check how the Cabinet Office guidance treats it/)
  })

  it('says a convertible contract becomes public and the notice duties apply from now on (8.8.2)', () => {
    const t = permitted('unforeseeable', 'pa-2023', {
      original: 200_000,
      earlier: 0,
      change: 20_000,
      threshold: 214_904,
    })
    expect(t.summary).toMatch(/to the threshold of £214,904 or over, making it a public contract/)
  })

  it('keeps the record, with s.98 reaching changes only as a check (8.11 item 20), and the termination term s.78(2)(a)', () => {
    const t = permitted('unforeseeable', 'pa-2023', tenPercent)
    expect(shown(t)).toMatch(
      /ground relied on, the evidence for each of its conditions, the figures and percentages/,
    )
    expect(shown(t)).toMatch(/check whether it reaches changes/)
    expect(shown(t)).toMatch(/s\.78\(2\)\(a\)/)
    expect(shown(t)).toMatch(/standing orders/)
    expect(shown(t)).toMatch(/s\.74\(7\)-\(8\)/)
  })
})

describe('modification-permitted under the 2015 Regulations and the Scottish regulations', () => {
  it('cites the saving for PCR contracts, and reg 72 of the right instrument', () => {
    const pcr = permitted('provided-for', 'pcr-2015', tenPercent)
    expect(citations(pcr)).toContain('SI 2024/716, reg 5(1), (3) and (4)(a)')
    expect(citations(pcr)).toContain('Public Contracts Regulations 2015, reg 72(1)(a)')
    const pcs = permitted('provided-for', 'pcr-scotland-2015', tenPercent)
    expect(citations(pcs)).toContain('Public Contracts (Scotland) Regulations 2015, reg 72(1)(a)')
    expect(pcs.references.map((r) => r.source)).not.toContain('pcr-2015')
  })

  it('uses reg 72(1)(d)(i) when a review clause replaces the contractor', () => {
    const t = permitted('provided-for', 'pcr-2015', tenPercent, { 'mod-supplier-change': 'yes' })
    expect(citations(t)).toContain('Public Contracts Regulations 2015, reg 72(1)(d)(i)')
  })

  it('measures the 50% cap against the initial value for each change', () => {
    const t = permitted('unforeseeable', 'pcr-2015', {
      original: 1_000_000,
      earlier: 300_000,
      change: 500_000,
    })
    expect(t.summary).toMatch(
      /adds £500,000, which is 50% of the initial contract value \(£1,000,000\); the limit is 50% for each change, so it is within it/,
    )
  })

  it('sends a modification notice for (1)(b) and (c), with no deadline stated as fact (8.11 item 7) and no standstill', () => {
    const pcr = shown(permitted('unforeseeable', 'pcr-2015', tenPercent))
    expect(pcr).toMatch(
      /Find a Tender, with the information in Part G of Annex V to Directive 2014\/24\/EU/,
    )
    expect(pcr).toMatch(/no deadline .* check current practice/)
    expect(pcr).toMatch(/there is no standstill/)
    const pcs = shown(permitted('additional-supplies', 'pcr-scotland-2015', tenPercent))
    expect(pcs).toMatch(/Check its channel and any deadline/)
    expect(pcs).not.toMatch(/Find a Tender/)
    expect(shown(permitted('not-substantial', 'pcr-2015', tenPercent))).toMatch(
      /requires no notice for this ground/,
    )
  })

  it('states the VEAT route and remedies only as checks (8.11 item 17)', () => {
    const pcr = shown(permitted('not-substantial', 'pcr-2015', tenPercent))
    expect(pcr).toMatch(/reg 99\(3\)\): check whether that still protects/)
    expect(pcr).toMatch(/declared ineffective: check which remedies apply/)
    expect(shown(permitted('not-substantial', 'pcr-scotland-2015', tenPercent))).toMatch(
      /reg 91\(7\)\): check/,
    )
  })

  it('gives the termination right in reg 73(1)(a) and the anti-splitting rule in reg 72(2)(b)', () => {
    const t = shown(permitted('corporate-restructuring', 'pcr-scotland-2015', tenPercent))
    expect(t).toMatch(/reg 73\(1\)\(a\)/)
    expect(t).toMatch(/reg 72\(2\)\(b\)/)
    expect(t).toMatch(/selection criteria of the original procurement/)
  })
})
