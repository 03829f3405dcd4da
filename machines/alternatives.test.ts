import { describe, expect, it } from 'vitest'
import { type Found, rankAlternatives } from './alternatives'
import type { Answers } from './answers'
import { evaluate } from './evaluate'
import type { QuestionId } from './questions'
import type { Alternative } from './result'
import type { RouteId } from './routes'

const today = '2026-12-02'

/** A found alternative with only what the ranking reads. */
function found(
  route: RouteId,
  question: QuestionId,
  direct: boolean,
  regime: Found['regime'] = 'pa-2023',
): Found {
  const alternative: Alternative = {
    route,
    variant: null,
    name: route,
    ruledOutBy: { question, answer: 'no' },
    whyNot: '',
    wouldApplyIf: '',
  }
  return { direct, regime, alternative }
}

describe('rankAlternatives', () => {
  const asked: QuestionId[] = ['approach', 'health-care', 'service-category', 'innovation']

  it('puts the routes one changed answer away first, latest question first', () => {
    const ranked = rankAlternatives(
      [
        found('grant', 'approach', false),
        found('public-public-exempt', 'health-care', true),
        found('innovation-partnership', 'innovation', true),
        found('light-touch-flexible', 'service-category', true),
      ],
      asked,
      'pa-2023',
    )
    expect(ranked.map((a) => a.route)).toEqual([
      'innovation-partnership',
      'light-touch-flexible',
      'public-public-exempt',
      'grant',
    ])
  })

  it('then the routes of the same regime, then the rest, each in the route order of the model', () => {
    const ranked = rankAlternatives(
      [
        found('competitive-procedure', 'health-care', false, 'pa-2023'),
        found('community-asset-transfer', 'approach', false, 'pa-2023'),
        found('grant', 'approach', false, 'pa-2023'),
        found('alliance-partnership', 'innovation', false, 'psr-2023'),
        found('direct-award-uniqueness', 'innovation', true, 'psr-2023'),
      ],
      asked,
      'psr-2023',
    )
    expect(ranked.map((a) => a.route)).toEqual([
      'direct-award-uniqueness',
      'alliance-partnership',
      'grant',
      'community-asset-transfer',
      'competitive-procedure',
    ])
  })
})

describe('alternativesFor, through evaluate', () => {
  // A light touch contract one pound under the threshold (a walked scenario).
  const underThreshold: Answers = {
    jurisdiction: 'england',
    'authority-type': 'local-authority',
    approach: 'buy-services',
    'existing-procurement': 'no',
    'health-care': 'no',
    'provider-relationship': 'other',
    'service-category': 'light-touch',
    'user-choice': 'no',
    'use-framework': 'no',
    'contract-value': 663539,
  }

  it('says a value as its side of the threshold, never as the figure tried', () => {
    const result = evaluate(underThreshold, { today })
    const byValue = result.alternatives.filter((a) => a.ruledOutBy.question === 'contract-value')
    expect(byValue.length).toBeGreaterThan(0)
    for (const a of byValue) {
      expect(a.wouldApplyIf).toMatch(
        /^It (would|could) apply if the value were at or above the threshold/,
      )
    }
    for (const a of result.alternatives) expect(a.wouldApplyIf).not.toMatch(/£/)
  })

  it('says "below the threshold" for a value at or above it', () => {
    // A concession over the concession threshold: one pound less is a concession below it.
    const result = evaluate(
      { ...underThreshold, 'contract-value': 6_000_000, concession: 'yes' },
      { today },
    )
    expect(result.route).toBe('concession-contract')
    const byValue = result.alternatives.find((a) => a.ruledOutBy.question === 'contract-value')
    expect(byValue?.route).toBe('below-threshold')
    expect(byValue?.wouldApplyIf).toMatch(/^It would apply if the value were below the threshold\./)
  })

  it('lists the routes the path reaches with one answer changed before the others, latest first', () => {
    const result = evaluate(underThreshold, { today })
    const directs = result.alternatives.filter((a) => a.wouldApplyIf.startsWith('It would apply'))
    const firstIndirect = result.alternatives.findIndex((a) =>
      a.wouldApplyIf.startsWith('It could apply'),
    )
    expect(directs.length).toBeGreaterThan(0)
    expect(result.alternatives.slice(0, directs.length)).toEqual(directs)
    expect(firstIndirect === -1 || firstIndirect === directs.length).toBe(true)
    const positions = directs.map((a) => result.asked.indexOf(a.ruledOutBy.question))
    expect(positions).toEqual([...positions].sort((a, b) => b - a))
  })

  it('ranks grants and asset transfers last for an ICB under the Provider Selection Regime', () => {
    const result = evaluate(
      {
        jurisdiction: 'england',
        'authority-type': 'nhs',
        approach: 'buy-services',
        'existing-procurement': 'no',
        'health-care': 'yes',
        'psr-existing-only': 'yes',
      },
      { today },
    )
    expect(result.regime).toBe('psr-2023')
    const routes = result.alternatives.map((a) => a.route)
    expect(routes).toContain('grant')
    // Nothing of the result's own regime is found by one change here, so the rest follow
    // in the model's route order.
    expect(routes.indexOf('grant')).toBeLessThan(routes.indexOf('competitive-procedure'))
  })
})
