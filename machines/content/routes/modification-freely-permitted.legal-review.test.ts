import { describe, expect, it } from 'vitest'
import { modContext } from '../modification/test-contexts'
import type { RouteText } from '../route-content'
import { modificationFreelyPermitted } from './modification-freely-permitted'

/** Issue 16, decision model 5.3 and 8.8.3: changes the rules on modifying contracts do not limit. */

const shown = (t: RouteText) => [t.title, t.summary, ...t.risks, ...t.nextSteps].join(' ')
const citations = (t: RouteText) => t.references.map((r) => r.citation)

describe('modification-freely-permitted', () => {
  it('light touch: s.74(2) permits it, s.75(6)(b) removes the notice, s.74(9) still limits the supplier', () => {
    const t = modificationFreelyPermitted.text(
      modContext('modification-freely-permitted', 'light-touch', 'pa-2023', {
        answers: { 'mod-contract-category': 'light-touch-services' },
      }),
    )
    expect(citations(t)).toContain('Procurement Act 2023, s.74(2) and (9)')
    expect(citations(t)).toContain('Procurement Act 2023, s.9')
    expect(shown(t)).toMatch(/s\.75\(6\)\(b\)/)
    expect(shown(t)).toMatch(/only after a corporate restructuring \(s\.74\(9\)\)/)
    expect(shown(t)).toMatch(/s\.12/)
  })

  it('light touch: where a change becomes a new contract is stated only as a check (8.11 item 21)', () => {
    const t = modificationFreelyPermitted.text(
      modContext('modification-freely-permitted', 'light-touch', 'pa-2023'),
    )
    expect(t.summary).toMatch(/may still be treated as a new award: check where that line falls/)
  })

  it('below-threshold contract under the Act: shows the value after the change against the threshold and warns of convertibility', () => {
    const t = modificationFreelyPermitted.text(
      modContext('modification-freely-permitted', 'below-threshold-contract', 'pa-2023', {
        figures: { original: 150_000, earlier: 10_000, change: 20_000, threshold: 214_904 },
      }),
    )
    expect(t.summary).toMatch(
      /After this change the contract’s value is £180,000, still below the threshold of £214,904/,
    )
    expect(t.summary).toMatch(/from £180,000 to £214,904 or more/)
    expect(shown(t)).toMatch(/convertible contract/)
    expect(citations(t)).toContain('Procurement Act 2023, s.3 and s.5(5)')
  })

  it('below-threshold contract under the 2015 Regulations: reg 5, with no rule on changes stated only as a check (8.11 items 9 and 19)', () => {
    const figures = { original: 100_000, earlier: 0, change: 10_000, threshold: 214_904 }
    const pcr = modificationFreelyPermitted.text(
      modContext('modification-freely-permitted', 'below-threshold-contract', 'pcr-2015', {
        figures,
      }),
    )
    expect(citations(pcr)).toContain('Public Contracts Regulations 2015, reg 5')
    expect(pcr.summary).toMatch(
      /Check whether the Regulations’ rules for lower-value contracts say anything about changes/,
    )
    const pcs = modificationFreelyPermitted.text(
      modContext('modification-freely-permitted', 'below-threshold-contract', 'pcr-scotland-2015', {
        figures,
      }),
    )
    expect(pcs.summary).toMatch(
      /Check whether any rule on changes applies to a regulated procurement/,
    )
    expect(pcs.references.map((r) => r.source)).toContain('procurement-reform-scotland-2014')
    expect(pcs.references.map((r) => r.source)).not.toContain('pcr-2015')
  })
})
