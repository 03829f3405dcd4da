import { describe, expect, it } from 'vitest'
import type { RegimeId } from '../../regimes'
import { type Figures, modContext } from '../modification/test-contexts'
import type { RouteText } from '../route-content'
import { modificationNotPermitted } from './modification-not-permitted'

/** Issue 16, decision model 5.3, 8.5.5 and 8.8.5: no ground fits, so a new procurement is needed. */

const shown = (t: RouteText) => [t.title, t.summary, ...t.risks, ...t.nextSteps].join(' ')
const citations = (t: RouteText) => t.references.map((r) => r.citation)
const sources = (t: RouteText) => t.references.map((r) => r.source)

const f: Figures = { original: 1_000_000, earlier: 0, change: 600_000, threshold: 214_904 }
const notPermitted = (
  variant: string,
  regime: RegimeId,
  answers: Record<string, string> = {},
  figures = f,
) =>
  modificationNotPermitted.text(
    modContext('modification-not-permitted', variant, regime, { figures, answers }),
  )

describe('modification-not-permitted', () => {
  it('Act: the contract to make the change is a new award (s.74(10)), and the direct award justifications to check are named', () => {
    const t = notPermitted('no-ground', 'pa-2023')
    expect(t.title).toBe('New procurement needed')
    expect(citations(t)).toContain('Procurement Act 2023, s.74(10)')
    expect(shown(t)).toMatch(/Schedule 5, paragraph 7/)
    expect(shown(t)).toMatch(/paragraphs 13 and 14/)
    expect(shown(t)).toMatch(/new-award journey/)
  })

  it('Act: a change of supplier without a restructuring fails on s.74(9)', () => {
    expect(notPermitted('supplier-change', 'pa-2023').summary).toMatch(
      /allows no other change of supplier \(s\.74\(9\)\)/,
    )
  })

  it('shows the failed 50% cap with the figures: the value before the change under the Act, the initial value under the Regulations', () => {
    expect(notPermitted('over-value-cap', 'pa-2023').summary).toMatch(
      /which is 60% of the contract’s estimated value before it .* over the limit/,
    )
    expect(notPermitted('over-value-cap', 'pcr-2015').summary).toMatch(
      /which is 60% of the initial contract value .* over it/,
    )
  })

  it('PCR: reg 72(9), and the new procurement starts now under the Act', () => {
    const t = notPermitted('no-ground', 'pcr-2015')
    expect(citations(t)).toContain('Public Contracts Regulations 2015, reg 72(9)')
    expect(t.summary).toMatch(/run under the Procurement Act 2023/)
    expect(shown(t)).toMatch(/reg 32\(11\)/)
  })

  it('PCR urgent direct award: s.41 with Sch 5 paras 13-14, transparency notice, contract details notice in 30 or 120 days, no mandatory standstill', () => {
    const t = shown(notPermitted('urgent-direct-award', 'pcr-2015'))
    expect(t).toMatch(/s\.41 with Schedule 5, paragraphs 13 and 14/)
    expect(t).toMatch(/transparency notice\]\(plan:pa\.uk5\) before the award \(s\.44\)/)
    // Issue 17: next steps name the plan's steps (the plan counts 30 or 120 days, and 8 working days)
    expect(t).toMatch(
      /\(plan:pa\.uk7\) by its deadline, which is later for a light touch contract \(s\.53\(1\)\)/,
    )
    expect(t).toMatch(/mandatory standstill does not apply \(s\.51\(3\)\(a\)\)/)
    expect(t).toMatch(/\(plan:pa\.standstill\.voluntary\) \(s\.51\(4\)-\(5\)\)/)
    expect(t).toMatch(/your own delay/)
  })

  it('PCS urgent award: reg 33(1)(c) only if not attributable to you (reg 33(3)); notices and standstill only as checks', () => {
    const t = notPermitted('urgent-direct-award', 'pcr-scotland-2015')
    expect(shown(t)).toMatch(/reg 33\(1\)\(c\)/)
    expect(shown(t)).toMatch(/not attributable to you \(reg 33\(3\)\)/)
    expect(shown(t)).toMatch(/Check which award notice and standstill apply under regs 85 and 86/)
    expect(sources(t)).not.toContain('pa-2023')
    expect(sources(t)).not.toContain('pcr-2015')
  })

  it('PSR: a new process under reg 6 (England) or reg 7 (Wales), with Direct Award Process C or 2 and the considerable change test', () => {
    const england = notPermitted(
      'over-value-cap',
      'psr-2023',
      {},
      { original: 1_000_000, earlier: 0, change: 500_000 },
    )
    expect(citations(england)).toContain('SI 2023/1348, reg 6')
    expect(shown(england)).toMatch(/Direct Award Process C \(reg 9\)/)
    expect(shown(england)).toMatch(/£500,000 and 25% higher/)
    expect(england.summary).toMatch(
      /rises by £500,000, which is 50% of the original lifetime value/,
    )
    const wales = notPermitted('no-ground', 'psr-wales-2025')
    expect(citations(wales)).toContain('WSI 2025/99, reg 7')
    expect(shown(wales)).toMatch(/Direct Award Process 2 \(reg 9\)/)
    expect(citations(wales)).toContain('WSI 2025/99, reg 14(1)-(2)')
  })

  it('says the new-award journey does not model works contracts, when the contract is for works', () => {
    expect(
      shown(notPermitted('no-ground', 'pa-2023', { 'mod-contract-category': 'works' })),
    ).toMatch(/does not model works contracts/)
  })
})
