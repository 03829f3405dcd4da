import { describe, expect, it } from 'vitest'
import { askedBecauseRulesChanged, isKnownRuleset } from './earlier-ruleset'
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
