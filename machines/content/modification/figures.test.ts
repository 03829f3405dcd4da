import { describe, expect, it } from 'vitest'
import {
  actBaseWarning,
  actChangeSentence,
  atMost,
  below,
  convertible,
  deMinimisSentence,
  type ModificationFigures,
  percentText,
  psrWithinLimits,
  termSentence,
} from './figures'

/** Decision model 8.5.1: the arithmetic shown to the user, compared exactly at each boundary. */

const figures = (over: Partial<ModificationFigures>): ModificationFigures => ({
  originalValue: 1_000_000,
  earlierChanges: 0,
  changeValue: 0,
  maxTermMonths: undefined,
  extensionMonths: undefined,
  threshold: undefined,
  works: false,
  ...over,
})

describe('percentages as shown', () => {
  it('rounds to one decimal place, half up, and drops ".0"', () => {
    expect(percentText(98, 1000)).toBe('9.8%')
    expect(percentText(1, 8)).toBe('12.5%')
    expect(percentText(1, 3)).toBe('33.3%')
    expect(percentText(100, 1000)).toBe('10%')
  })

  it('never shows a figure just over or under a limit as the limit itself', () => {
    expect(percentText(100_000, 1_000_000, 10)).toBe('10%')
    expect(percentText(100_001, 1_000_000, 10)).toBe('just over 10%')
    expect(percentText(99_999, 1_000_000, 10)).toBe('just under 10%')
    expect(percentText(99_000, 1_000_000, 10)).toBe('9.9%')
  })

  it('says a percentage of £0 cannot be measured rather than dividing by zero', () => {
    expect(percentText(5, 0)).toMatch(/not measurable/)
  })

  it('keeps exact figures at the top of the ranges (10^12 pounds) where floating point would not', () => {
    const whole = 1_000_000_000_000
    expect(atMost(whole / 10, whole, 10)).toBe(true)
    expect(atMost(whole / 10 + 1, whole, 10)).toBe(false)
    expect(below(whole / 10, whole, 10)).toBe(false)
    expect(percentText(whole / 10 + 1, whole, 10)).toBe('just over 10%')
  })
})

describe('sentences that show the arithmetic', () => {
  it('shows this change against the value before it under the Act, and whether it is within the limit', () => {
    const f = figures({ earlierChanges: 200_000, changeValue: 600_000 })
    expect(actChangeSentence(f, 50)).toBe(
      'This change adds £600,000, which is 50% of the contract’s estimated value before it (£1,200,000); the limit is 50%, so it is within the limit.',
    )
    expect(actChangeSentence({ ...f, changeValue: 600_001 }, 50)).toMatch(
      /just over 50%.*over the limit/,
    )
  })

  it('warns, with both percentages, when the Act limit passes on the value before the change but not at award (8.11 item 3)', () => {
    const f = figures({ earlierChanges: 200_000, changeValue: 550_000 })
    expect(actBaseWarning(f, 50)).toMatch(/55%, over the 50% limit: check which value/)
    expect(actBaseWarning(figures({ changeValue: 500_000 }), 50)).toBeUndefined()
  })

  it('shows the extension against the longest term, 10% exactly being within it', () => {
    expect(termSentence(figures({ maxTermMonths: 60, extensionMonths: 6 }))).toMatch(
      /10% .*so it is within it/,
    )
    expect(termSentence(figures({ maxTermMonths: 61, extensionMonths: 7 }))).toMatch(
      /11.5%.*so it is over it/,
    )
    expect(termSentence(figures({ maxTermMonths: 60, extensionMonths: 0 }))).toMatch(
      /will not run beyond/,
    )
  })

  it('shows the de minimis total against the initial value and the threshold, below both being needed', () => {
    const f = figures({ earlierChanges: 40_000, changeValue: 60_000, threshold: 214_904 })
    expect(deMinimisSentence(f)).toBe(
      'Changes since award add £100,000 in total: 10% of the initial value (£1,000,000), against a limit of below 10% and below the threshold of £214,904.',
    )
    expect(deMinimisSentence({ ...f, works: true })).toMatch(/limit of below 15%/)
  })

  it('passes the Provider Selection Regime limits unless the total reaches both £500,000 and 25%', () => {
    expect(psrWithinLimits(figures({ originalValue: 2_000_000, changeValue: 499_999 }))).toBe(true)
    expect(psrWithinLimits(figures({ originalValue: 2_000_000, changeValue: 500_000 }))).toBe(false)
    expect(psrWithinLimits(figures({ originalValue: 2_000_004, changeValue: 500_000 }))).toBe(true)
  })

  it('finds a convertible contract only when the change takes it from below the threshold to it or over', () => {
    expect(
      convertible(figures({ originalValue: 200_000, changeValue: 14_904, threshold: 214_904 })),
    ).toBe(true)
    expect(
      convertible(figures({ originalValue: 200_000, changeValue: 14_903, threshold: 214_904 })),
    ).toBe(false)
    expect(
      convertible(figures({ originalValue: 214_904, changeValue: 1, threshold: 214_904 })),
    ).toBe(false)
  })
})
