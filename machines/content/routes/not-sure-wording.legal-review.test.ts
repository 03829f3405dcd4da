import { describe, expect, it } from 'vitest'
import type { Answers } from '../../answers'
import { evaluate2026Answers as evaluate } from '../../testing/answers-2026-11'

// Issue 14: a "not sure" answer is never reported back as "you said …"; and a devolved
// Scottish body calling off a UK (2015 Regulations) framework is not told those rules govern
// its call-off (legal review 2026-12 B, #2).
const today = '2026-12-02'

const psrCompetition: Answers = {
  jurisdiction: 'england',
  'authority-type': 'nhs',
  approach: 'buy-services',
  'existing-procurement': 'no',
  'health-care': 'yes',
  'psr-existing-only': 'no',
  'psr-patient-choice': 'no',
  'psr-continue-existing': 'no',
}

const subsidyGrant: Answers = {
  jurisdiction: 'england',
  'authority-type': 'central-government',
  approach: 'fund-organisation',
  'enforceable-deliverables': 'no',
  'mfa-headroom': 'yes',
}

describe('a "not sure" answer is an assumption, not something the person said', () => {
  it('the competitive process under the Provider Selection Regime', () => {
    const unsure = evaluate({ ...psrCompetition, 'psr-most-suitable': 'not-sure' }, { today })
    expect(unsure.route).toBe('provider-selection-regime')
    expect(unsure.summary).not.toMatch(/You said you cannot identify/)
    expect(unsure.summary).toMatch(/not sure you could identify the most suitable provider/)
    const said = evaluate({ ...psrCompetition, 'psr-most-suitable': 'no' }, { today })
    expect(said.summary).toMatch(/You said you cannot identify/)
  })

  it('a grant that may be a subsidy', () => {
    const unsure = evaluate({ ...subsidyGrant, 'economic-activity': 'not-sure' }, { today })
    expect(unsure.route).toBe('grant')
    expect(unsure.summary).not.toMatch(/You said the recipient trades/)
    expect(unsure.summary).toMatch(/not sure whether the activity is offered on a market/)
    const said = evaluate({ ...subsidyGrant, 'economic-activity': 'yes' }, { today })
    expect(said.summary).toMatch(/You said the recipient trades/)
  })
})

describe('a devolved Scottish body calling off a framework under the 2015 Regulations', () => {
  const answers: Answers = {
    jurisdiction: 'scotland',
    'authority-type': 'local-authority',
    approach: 'buy-services',
    'provider-relationship': 'other',
    'service-category': 'standard',
    'contract-value': 500_000,
    innovation: 'no',
    'single-provider': 'no',
    'use-framework': 'yes',
    'framework-regime': 'pcr-2015',
  }

  it('is not told its call-offs stay under those rules', () => {
    const r = evaluate(answers, { today })
    expect(r.route).toBe('framework-call-off')
    const reason = r.rationale.find((e) => e.question === 'framework-regime')?.reason ?? ''
    expect(reason).not.toMatch(/stay under those rules/)
    expect(reason).toMatch(/do not extend to Scotland/)
  })

  it('an English body keeps the plain reason', () => {
    const r = evaluate(
      {
        jurisdiction: 'england',
        'authority-type': 'local-authority',
        approach: 'buy-services',
        'provider-relationship': 'other',
        'existing-procurement': 'no',
        'service-category': 'standard',
        'health-care': 'no',
        'contract-value': 500_000,
        innovation: 'no',
        'single-provider': 'no',
        'use-framework': 'yes',
        'framework-regime': 'pcr-2015',
      },
      { today },
    )
    expect(r.route).toBe('framework-call-off')
    const reason = r.rationale.find((e) => e.question === 'framework-regime')?.reason ?? ''
    expect(reason).toMatch(/stay under those rules/)
  })
})
