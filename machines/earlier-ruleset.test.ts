import { describe, expect, it } from 'vitest'
import {
  askedBecauseRulesChanged,
  isKnownRuleset,
  RULESET_BEFORE_VERSIONING,
  whatChanged,
} from './earlier-ruleset'
import { replay } from './replay'

const today = '2026-12-02'

describe('answers made under ruleset 2026-11 (decision model, section 9)', () => {
  // A complete 2026-11 path: an English council buying light touch services under £663,540.
  const old = {
    jurisdiction: 'england',
    'authority-type': 'local-authority',
    approach: 'buy-services',
    'existing-procurement': 'no',
    'health-care': 'no',
    'provider-relationship': 'other',
    'service-category': 'light-touch',
    'contract-value': 100_000,
  } as const

  it('asks the new question instead of refusing the answers', () => {
    const run = replay(old, { today })
    expect(run.route).toBeNull()
    expect(run.next).toBe('user-choice')
    expect(askedBecauseRulesChanged('2026-11', run.next)).toBe(true)
  })

  it('then asks about frameworks before the value, and keeps the old route once answered', () => {
    const run = replay({ ...old, 'user-choice': 'no' }, { today })
    expect(run.next).toBe('use-framework')
    const done = replay({ ...old, 'user-choice': 'no', 'use-framework': 'no' }, { today })
    expect(done.route).toBe('below-threshold')
    expect(done.variant).toBeNull()
  })

  it('gives no notice for links made under this ruleset, or for questions 2026-11 asked too', () => {
    expect(askedBecauseRulesChanged('2027-01', 'user-choice')).toBe(false)
    expect(askedBecauseRulesChanged('2026-11', 'service-category')).toBe(false)
    expect(askedBecauseRulesChanged('2026-11', null)).toBe(false)
  })

  it('knows the rulesets a link may name', () => {
    expect(isKnownRuleset('2026-11')).toBe(true)
    expect(isKnownRuleset('2027-01')).toBe(true)
    expect(isKnownRuleset('2099-01')).toBe(false)
  })
})

// Section 9, written out: the questions new in 2027-01, and those now asked earlier.
describe('what 2027-01 asks that 2026-11 did not (decision model, section 9)', () => {
  it('gives the notice for each new question and each question asked earlier', () => {
    for (const q of [
      'contracting-authority',
      'user-choice',
      'concession',
      'extreme-urgency',
      'supported-employment-reservation',
      'psr-framework',
      'psr-urgent',
      'use-framework',
      'framework-regime',
    ] as const)
      expect(askedBecauseRulesChanged(RULESET_BEFORE_VERSIONING, q), q).toBe(true)
    for (const q of [
      'contract-value',
      'innovation',
      'single-provider',
      'psr-existing-only',
    ] as const)
      expect(askedBecauseRulesChanged(RULESET_BEFORE_VERSIONING, q), q).toBe(false)
  })

  it('takes a link or file that names no ruleset as made under 2026-11', () => {
    expect(RULESET_BEFORE_VERSIONING).toBe('2026-11')
  })

  it('names the questions a re-opened record never answered, or else the rules', () => {
    const asked = ['jurisdiction', 'service-category', 'user-choice', 'use-framework'] as const
    const saved = { jurisdiction: 'england', 'service-category': 'light-touch' }
    expect(whatChanged({ answers: saved, ruleset: '2026-11' }, { asked: [...asked] })).toEqual({
      newlyAnswered: ['user-choice', 'use-framework'],
      rulesChanged: true,
    })
    const all = { ...saved, 'user-choice': 'no', 'use-framework': 'no' }
    expect(whatChanged({ answers: all, ruleset: '2027-01' }, { asked: [...asked] })).toEqual({
      newlyAnswered: [],
      rulesChanged: false,
    })
  })
})
