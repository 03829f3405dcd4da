import { describe, expect, it } from 'vitest'
import type { RegimeId } from '../regimes'
import { longSentences, wordCount } from './copy-style'
import { userChoiceNotesFor } from './user-choice'

/** The four points the user-choice flag adds to every result reached with it (spec section 2). */
describe('user-choice flag notes', () => {
  const regimes: RegimeId[] = ['pcr-2015', 'pcr-scotland-2015']

  for (const regime of regimes)
    it(`${regime}: no user choice ground, an open arrangement by PIN, a single placement often below the threshold, a direct payment`, () => {
      const n = userChoiceNotesFor(regime)
      const all = [n.summary, ...n.nextSteps, ...n.risks].join(' ')
      expect(n.summary).toMatch(/have no ground for awarding a contract directly/)
      expect(all).toMatch(/prior information notice published continuously \(reg 75\(1\)\(b\)\)/)
      expect(all).toMatch(/often below the threshold/)
      expect(all).toMatch(/direct payment/)
      expect(wordCount(n.summary)).toBeLessThanOrEqual(45)
      for (const s of [n.summary, ...n.nextSteps, ...n.risks])
        expect(longSentences(s), s).toEqual([])
    })

  it('names the regulations of each regime, and never the other’s', () => {
    expect(userChoiceNotesFor('pcr-2015').summary).toMatch(
      /^.*The Public Contracts Regulations 2015 have/,
    )
    expect(userChoiceNotesFor('pcr-scotland-2015').summary).toMatch(
      /The Public Contracts \(Scotland\) Regulations 2015 have/,
    )
    expect(userChoiceNotesFor('pcr-scotland-2015').summary).toMatch(
      /does not apply to a devolved Scottish body/,
    )
  })

  it('keeps a result readable once appended: one risk and three next steps', () => {
    const n = userChoiceNotesFor('pcr-2015')
    expect(n.risks).toHaveLength(1)
    expect(n.nextSteps).toHaveLength(3)
  })
})
