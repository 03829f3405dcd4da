import { describe, expect, it } from 'vitest'
import { type Figures, modContext } from '../modification/test-contexts'
import type { RouteText } from '../route-content'
import { psrModificationPermitted } from './psr-modification-permitted'

/**
 * Issue 16, decision model 5.3, 8.8.6 and 8.11 items 13-15: a change permitted under a Provider
 * Selection Regime, in England (SI 2023/1348) and Wales (WSI 2025/99).
 */

const shown = (t: RouteText) => [t.title, t.summary, ...t.risks, ...t.nextSteps].join(' ')
const citations = (t: RouteText) => t.references.map((r) => r.citation)

const psr = (
  variant: string,
  nation: 'england' | 'wales',
  figures: Figures,
  answers: Record<string, string> = {},
) =>
  psrModificationPermitted.text(
    modContext(
      'psr-modification-permitted',
      variant,
      nation === 'england' ? 'psr-2023' : 'psr-wales-2025',
      {
        figures,
        answers,
      },
    ),
  )

const small: Figures = { original: 10_000_000, earlier: 0, change: 400_000 }
const large: Figures = { original: 10_000_000, earlier: 100_000, change: 400_000 }

describe('psr-modification-permitted', () => {
  it('cites each variant’s regulation in England and in Wales (5.3)', () => {
    const expected: Record<string, [string, string]> = {
      'original-direct-award': ['SI 2023/1348, reg 13(3)', 'WSI 2025/99, reg 13(1)'],
      'provided-for': ['SI 2023/1348, reg 13(1)(a)', 'WSI 2025/99, reg 13(4)(a)'],
      'provider-succession': ['SI 2023/1348, reg 13(1)(b)', 'WSI 2025/99, reg 13(4)(b)'],
      'external-factors': ['SI 2023/1348, reg 13(1)(c)', 'WSI 2025/99, reg 13(4)(c)'],
      'within-value-limits': [
        'SI 2023/1348, reg 13(1)(d) and (2)',
        'WSI 2025/99, reg 13(4)(d) and (5)',
      ],
      urgent: ['SI 2023/1348, reg 14(2) and (4)-(5)', 'WSI 2025/99, reg 14(1)-(2) and (5)-(6)'],
      continuity: ['SI 2023/1348, reg 14(3)', 'WSI 2025/99, reg 14(3)-(4)'],
    }
    for (const [variant, [england, wales]] of Object.entries(expected)) {
      expect(citations(psr(variant, 'england', small)), variant).toContain(england)
      expect(citations(psr(variant, 'wales', small)), variant).toContain(wales)
    }
  })

  it('says which changes each regime governs: any contract in England, changes from 24 February 2025 in Wales', () => {
    expect(psr('provided-for', 'england', small).summary).toMatch(
      /whenever it was awarded \(SI 2023\/1348, reg 29\(2\)\)/,
    )
    expect(psr('provided-for', 'wales', small).summary).toMatch(
      /from 24 February 2025 \(WSI 2025\/99, reg 33\(2\)\)/,
    )
  })

  it('gives the notice within 30 days when a change attributable to you reaches £500,000, and none below it', () => {
    const due = shown(psr('within-value-limits', 'england', large))
    expect(due).toMatch(
      /Within 30 days of the change, submit a notice of the modification .* Schedule 12/,
    )
    const wales = shown(psr('provided-for', 'wales', large))
    expect(wales).toMatch(/through the Welsh digital platform .* Schedule 13/)
    const under = shown(psr('within-value-limits', 'england', { ...large, earlier: 99_999 }))
    expect(under).toMatch(
      /No notice of the modification is needed while the cumulative change stays below £500,000/,
    )
  })

  it('shows the cumulative change against the original lifetime value, and the VAT question as a check (8.11 item 14)', () => {
    const t = psr('within-value-limits', 'england', {
      original: 1_000_000,
      earlier: 100_000,
      change: 140_000,
    })
    expect(t.summary).toMatch(
      /rises by £240,000, which is 24% of the original lifetime value \(£1,000,000\)/,
    )
    expect(t.summary).toMatch(/Check whether the lifetime value includes VAT/)
  })

  it('recommends the notice for succession or external factors of £500,000 or more, with the reading as a check (8.11 item 14)', () => {
    for (const variant of ['provider-succession', 'external-factors']) {
      const t = shown(psr(variant, 'england', large))
      expect(t).toMatch(/asks for a notice only where the change is your decision/)
      expect(t).toMatch(/check which reading the guidance takes/)
    }
  })

  it('urgent: notice within 30 days with Schedule 14 or 15, counted in the annual summary', () => {
    expect(shown(psr('urgent', 'england', small))).toMatch(/urgent modification .* Schedule 14/)
    expect(shown(psr('urgent', 'wales', small))).toMatch(/urgent modification .* Schedule 15/)
    expect(citations(psr('urgent', 'england', small))).toContain('SI 2023/1348, reg 25(2)(f)')
    expect(citations(psr('urgent', 'wales', small))).toContain('WSI 2025/99, reg 31(2)(i)')
  })

  it('continuity: no notice on the text, stated only as a check (8.11 item 15), and the expert advice recorded', () => {
    const t = shown(psr('continuity', 'england', large, { 'mod-bridging': 'yes' }))
    expect(t).toMatch(/requires no notice for this change: check that reading/)
    expect(t).toMatch(/independent expert advice/)
    expect(t).not.toMatch(/submit a notice of the modification/)
  })

  it('has no standstill for a change, and in Wales quotes the consultation warning on bridging as a check', () => {
    expect(psr('provided-for', 'england', small).summary).toMatch(
      /No standstill applies to a change/,
    )
    const bridging = psr('continuity', 'wales', small, { 'mod-bridging': 'yes' })
    expect(bridging.summary).toMatch(
      /consultation text warns .*; check whether the final guidance says the same/,
    )
    expect(bridging.references.map((r) => r.source)).toContain('wg-psr-modification-consultation')
    expect(psr('continuity', 'england', small, { 'mod-bridging': 'yes' }).summary).not.toMatch(
      /consultation/,
    )
  })

  it('gives the termination right, the Welsh cross-reference as a check (8.11 item 13), and the records regulation', () => {
    const england = shown(psr('external-factors', 'england', small))
    expect(england).toMatch(/reg 22\(1\)\(a\)/)
    expect(england).toMatch(/reg 24/)
    const wales = shown(psr('external-factors', 'wales', small))
    expect(wales).toMatch(
      /reg 28\(1\)\(a\), whose text refers to reg 14 and probably means reg 13 \(check\)/,
    )
    expect(wales).toMatch(/reg 30, for three years/)
  })
})
