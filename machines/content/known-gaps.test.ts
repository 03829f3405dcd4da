import { describe, expect, it } from 'vitest'
import { longSentences } from './copy-style'
import { knownGaps } from './known-gaps'

/** The "What this tool does not cover yet" page, from the decision model's section 7.1. */
describe('known gaps', () => {
  const text = knownGaps.map((g) => `${g.title} ${g.detail}`).join(' ')

  it('lists each new-award gap of section 7.1', () => {
    for (const gap of [
      /personal health budget/i,
      /devolved Scottish body calling off a framework set up under the 2015 Regulations/,
      /Wales and Northern Ireland/,
      /Works contracts/,
      /Concessions for health care services/,
      /\(s\.42\)/,
    ])
      expect(text).toMatch(gap)
  })

  it('no longer lists what ruleset 2027-01 covers', () => {
    for (const covered of [
      /^User choice contracts$/,
      /^Urgency$/,
      /^Concessions$/,
      /^Reservation for supported employment providers$/,
      /^Whether your organisation is a contracting authority$/,
      /^Frameworks under the Provider Selection Regimes$/,
    ])
      expect(knownGaps.map((g) => g.title).filter((t) => covered.test(t))).toEqual([])
  })

  it('says what to do instead, in short sentences', () => {
    for (const g of knownGaps) {
      expect(g.detail, g.title).toMatch(/check|advice|Check|separate rules/)
      expect(longSentences(g.detail), g.title).toEqual([])
    }
  })
})
