import { describe, expect, it } from 'vitest'
import type { RegimeId } from '../../regimes'
import { type Figures, modContext } from '../modification/test-contexts'
import type { RouteText } from '../route-content'
import { modificationMinor } from './modification-minor'

/** Issue 16, decision model 5.3, 8.5.1 and 8.8: a change permitted on value alone. */

const shown = (t: RouteText) => [t.title, t.summary, ...t.risks, ...t.nextSteps].join(' ')
const citations = (t: RouteText) => t.references.map((r) => r.citation)

function minor(regime: RegimeId, figures: Figures, answers: Record<string, string> = {}) {
  const variant = regime === 'pa-2023' ? 'below-threshold-modification' : 'de-minimis'
  return modificationMinor.text(
    modContext('modification-minor', variant, regime, { figures, answers }),
  )
}

describe('modification-minor under the Procurement Act 2023 (below-threshold modification)', () => {
  const f: Figures = {
    original: 1_000_000,
    earlier: 50_000,
    change: 100_000,
    threshold: 214_904,
    maxTerm: 60,
    extension: 12,
  }

  it('cites s.74(1)(c), (4) and (6), and says it is tried only after the other grounds (s.74(4)(d))', () => {
    const t = minor('pa-2023', f)
    expect(citations(t)).toContain('Procurement Act 2023, s.74(1)(c), (4) and (6)')
    expect(t.summary).toMatch(/s\.74\(4\)\(d\)/)
  })

  it('shows the change against the value before it and the aggregated changes against the threshold', () => {
    const t = minor('pa-2023', f)
    expect(t.summary).toMatch(
      /adds £100,000, which is 9.5% of the contract’s estimated value before it \(£1,050,000\); the limit is 10%/,
    )
    expect(t.summary).toMatch(
      /changes since award add £150,000, which is less than the threshold of £214,904/,
    )
  })

  it('states the aggregation of earlier changes (8.11 item 4) and the threshold date (item 5) only as checks', () => {
    const t = shown(minor('pa-2023', f))
    expect(t).toMatch(
      /We counted every earlier change, whatever its ground, .*: check whether changes on other grounds count/,
    )
    expect(t).toMatch(/threshold in force when the contract’s procurement started, .*: check it/)
    expect(shown(minor('pcr-2015', f))).toMatch(/check whether changes on other grounds count/)
  })

  it('uses the 15% limit for works', () => {
    expect(minor('pa-2023', f, { 'mod-contract-category': 'works' }).summary).toMatch(
      /the limit is 15%/,
    )
  })

  it('needs a contract change notice when the term grows by more than 10%, and none when it does not', () => {
    expect(shown(minor('pa-2023', f))).toMatch(/publish a contract change notice/)
    expect(shown(minor('pa-2023', { ...f, extension: 6 }))).toMatch(
      /No contract change notice is needed/,
    )
  })
})

describe('modification-minor under the 2015 Regulations (de minimis)', () => {
  const f: Figures = { original: 1_000_000, earlier: 30_000, change: 60_000, threshold: 214_904 }

  it('cites reg 72(1)(f) and (5)-(7) of the right instrument', () => {
    expect(citations(minor('pcr-2015', f))).toContain(
      'Public Contracts Regulations 2015, reg 72(1)(f) and (5)-(7)',
    )
    expect(citations(minor('pcr-scotland-2015', f))).toContain(
      'Public Contracts (Scotland) Regulations 2015, reg 72(1)(f) and (5)-(7)',
    )
  })

  it('measures the net cumulative value against both the threshold and 10% of the initial value', () => {
    const t = minor('pcr-2015', f)
    expect(t.summary).toMatch(/below both the threshold and 10% of the initial contract value/)
    expect(t.summary).toMatch(
      /Changes since award add £90,000 in total: 9% of the initial value \(£1,000,000\)/,
    )
    expect(t.summary).toMatch(/indexation clause.*reg 72\(7\)/)
  })

  it('requires no notice, and leaves the threshold figure for a change made now as a check (8.11 items 6 and 23)', () => {
    const t = shown(minor('pcr-scotland-2015', f))
    expect(t).toMatch(/No notice or standstill is required/)
    expect(t).toMatch(/Check that the threshold figure used is the right one/)
  })
})
