import { describe, expect, it } from 'vitest'
import {
  allChanges,
  atMostPercent,
  belowPercent,
  belowThresholdModification,
  deMinimis,
  exemptFromChangeNotice,
  modificationLimits,
  psrNoticeDue,
  publishesModification,
  termWithinTenth,
  valueAfter,
  valueNow,
  withinHalfUnderAct,
  withinHalfUnderRegulations,
  withinPsrLimits,
} from './modification-arithmetic'

// Section 8.5.1 of the decision model: each limit on both sides of its boundary, in the order
// the tests of 8.5.2 (the Act), 8.5.3 (the 2015 Regulations) and 8.5.4 (the Provider Selection
// Regimes) apply them. Figures are whole pounds and months, written by hand.

const figures = (original: number, earlier: number, change: number) => ({
  original,
  earlier,
  change,
})

describe('the derived values', () => {
  it('Vnow, Vnew and Vcum add the earlier changes and this one', () => {
    const f = figures(1_000_000, 50_000, 20_000)
    expect(valueNow(f)).toBe(1_050_000)
    expect(valueAfter(f)).toBe(1_070_000)
    expect(allChanges(f)).toBe(70_000)
  })
})

describe('8.5.2, the Procurement Act 2023', () => {
  describe('test A5: the term (more than 10% of the maximum term is substantial)', () => {
    it('passes at exactly 10%', () => expect(termWithinTenth(12, 120)).toBe(true))
    it('fails one month over', () => expect(termWithinTenth(13, 120)).toBe(false))
    it('passes just under 10% of a term that is not a multiple of ten', () =>
      expect(termWithinTenth(3, 36)).toBe(true))
    it('fails just over it', () => expect(termWithinTenth(4, 36)).toBe(false))
    it('passes with no extension', () => expect(termWithinTenth(0, 1)).toBe(true))
    it('fails any extension of a one-month term', () => expect(termWithinTenth(1, 1)).toBe(false))
  })

  describe('test A6: this change at most 10% of Vnow (15% works), all changes below T', () => {
    const T = 207_720
    it('passes at exactly 10% of Vnow', () =>
      expect(belowThresholdModification(figures(2_000_000, 0, 200_000), T, false)).toBe(true))
    it('fails a pound over 10%', () =>
      expect(belowThresholdModification(figures(2_000_000, 0, 200_001), T, false)).toBe(false))
    it('measures 10% of Vnow, not of V0', () =>
      // £195,000 is 10.26% of V0 (£1.9m) but 9.75% of Vnow (£2m).
      expect(
        belowThresholdModification(figures(1_900_000, 100_000, 195_000), 5_000_000, false),
      ).toBe(true))
    it('passes at exactly 15% for works', () =>
      expect(belowThresholdModification(figures(6_000_000, 0, 900_000), 5_193_000, true)).toBe(
        true,
      ))
    it('fails a pound over 15% for works', () =>
      expect(belowThresholdModification(figures(6_000_000, 0, 900_001), 5_193_000, true)).toBe(
        false,
      ))
    it('passes when all changes are a pound below T', () =>
      expect(belowThresholdModification(figures(3_000_000, 7_719, 200_000), T, false)).toBe(true))
    it('fails when all changes reach T exactly', () =>
      expect(belowThresholdModification(figures(3_000_000, 7_720, 200_000), T, false)).toBe(false))
  })

  describe('tests A7 to A9: 50% of Vnow (50% exactly passes)', () => {
    it('passes at exactly 50%', () =>
      expect(withinHalfUnderAct(figures(1_000_000, 200_000, 600_000))).toBe(true))
    it('fails a pound over', () =>
      expect(withinHalfUnderAct(figures(1_000_000, 200_000, 600_001))).toBe(false))
  })

  describe('the contract change notice exemption of s.75(2): both limbs (8.8.2)', () => {
    it('is exempt with both at 10%', () =>
      expect(exemptFromChangeNotice(figures(2_000_000, 0, 200_000), false, 12, 120)).toBe(true))
    it('is not exempt when the value is over', () =>
      expect(exemptFromChangeNotice(figures(2_000_000, 0, 200_001), false, 12, 120)).toBe(false))
    it('is not exempt when the term is over', () =>
      expect(exemptFromChangeNotice(figures(2_000_000, 0, 200_000), false, 13, 120)).toBe(false))
  })

  describe('publication under s.77: more than £5 million', () => {
    it('is not needed at exactly £5m', () =>
      expect(publishesModification(figures(4_000_000, 0, 1_000_000))).toBe(false))
    it('is needed a pound over', () =>
      expect(publishesModification(figures(4_000_000, 0, 1_000_001))).toBe(true))
  })
})

describe('8.5.3, the 2015 Regulations and the Scottish regulations', () => {
  describe('test B4, de minimis: all changes below T and below 10% of V0 (15% works)', () => {
    const T = 214_904
    it('passes a pound under 10%', () =>
      expect(deMinimis(figures(1_000_000, 0, 99_999), T, false)).toBe(true))
    it('fails at exactly 10%', () =>
      expect(deMinimis(figures(1_000_000, 0, 100_000), T, false)).toBe(false))
    it('counts earlier changes against 10% of V0', () =>
      expect(deMinimis(figures(1_000_000, 50_000, 50_000), T, false)).toBe(false))
    it('fails at exactly 15% for works', () =>
      expect(deMinimis(figures(10_000_000, 0, 1_500_000), 5_372_609, true)).toBe(false))
    it('passes a pound under 15% for works', () =>
      expect(deMinimis(figures(10_000_000, 0, 1_499_999), 5_372_609, true)).toBe(true))
    it('passes a pound under T when 10% is above it', () =>
      expect(deMinimis(figures(3_000_000, 4, 214_899), T, false)).toBe(true))
    it('fails at T exactly', () =>
      expect(deMinimis(figures(3_000_000, 4, 214_900), T, false)).toBe(false))
  })

  describe('tests B6 and B7: 50% of V0 for each change (50% exactly passes)', () => {
    it('passes at exactly 50% of V0', () =>
      expect(withinHalfUnderRegulations(figures(1_000_000, 200_000, 500_000))).toBe(true))
    it('fails a pound over, though it is under 50% of Vnow', () =>
      expect(withinHalfUnderRegulations(figures(1_000_000, 200_000, 500_001))).toBe(false))
  })
})

describe('8.5.4, the Provider Selection Regimes', () => {
  describe('test C5: below £500,000 or below 25% of V0; fails only when it reaches both', () => {
    it('passes a pound under £500,000 when 25% is lower', () =>
      expect(withinPsrLimits(figures(1_000_000, 0, 499_999))).toBe(true))
    it('fails at £500,000 when 25% is lower', () =>
      expect(withinPsrLimits(figures(1_000_000, 0, 500_000))).toBe(false))
    it('passes a pound under 25% when £500,000 is lower', () =>
      expect(withinPsrLimits(figures(4_000_000, 0, 999_999))).toBe(true))
    it('fails at exactly 25% when £500,000 is lower', () =>
      expect(withinPsrLimits(figures(4_000_000, 0, 1_000_000))).toBe(false))
    it('fails when both are reached exactly together', () =>
      expect(withinPsrLimits(figures(2_000_000, 0, 500_000))).toBe(false))
    it('counts earlier changes', () =>
      expect(withinPsrLimits(figures(1_000_000, 400_000, 100_000))).toBe(false))
  })
  describe('the notice of a modification: £500,000 or more', () => {
    it('is due at exactly £500,000', () =>
      expect(psrNoticeDue(figures(1_000_000, 200_000, 300_000))).toBe(true))
    it('is not due a pound under', () =>
      expect(psrNoticeDue(figures(1_000_000, 200_000, 299_999))).toBe(false))
  })
})

describe('exactness at the largest figures the answers allow', () => {
  it('compares products of the largest figures the answers allow without rounding', () => {
    // A ratio of such figures in floating point can round onto the limit; the products, taken
    // in BigInt, cannot.
    expect(atMostPercent(1_000_000_000_000, 2_000_000_000_000, 50)).toBe(true)
    expect(atMostPercent(1_000_000_000_001, 2_000_000_000_000, 50)).toBe(false)
    expect(belowPercent(999_999_999_999, 2_000_000_000_000, 50)).toBe(true)
    expect(belowPercent(1_000_000_000_000, 2_000_000_000_000, 50)).toBe(false)
  })
  it('holds the fixed figures of the legislation', () => {
    expect(modificationLimits).toMatchObject({
      publicationPounds: 5_000_000,
      psrPounds: 500_000,
      psrPercent: 25,
      halfPercent: 50,
    })
  })
})
