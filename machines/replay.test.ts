import { describe, expect, it } from 'vitest'
import { replay } from './replay'

// Replaying answers in one step (the runner, share links, saved files): which questions the
// path asked, in order, and which comes next. Expected paths written by hand from
// shared/domain/decision-model.md (ruleset 2027-01), sections 1 and 2: other public bodies are
// asked `contracting-authority` on entering the contract branch, before `existing-procurement`,
// or before `provider-relationship` for a devolved Scottish body (never asked the timing).

const dates = { today: '2026-11-25' }

describe('replay', () => {
  it('asks jurisdiction first, with nothing asked before it', () => {
    expect(replay({}, dates)).toEqual({
      route: null,
      variant: null,
      next: 'jurisdiction',
      asked: [],
      answers: {},
    })
  })

  it('lists the questions asked in order, and the next one', () => {
    const answers = {
      jurisdiction: 'scotland',
      'authority-type': 'other-public-body',
      'scotland-body': 'reserved',
      approach: 'buy-services',
    }
    expect(replay(answers, dates)).toEqual({
      route: null,
      variant: null,
      next: 'contracting-authority',
      asked: ['jurisdiction', 'authority-type', 'scotland-body', 'approach'],
      answers,
    })
  })

  it('asks an other public body whether it is bound, then the timing unless it is devolved', () => {
    const reserved = {
      jurisdiction: 'scotland',
      'authority-type': 'other-public-body',
      'scotland-body': 'reserved',
      approach: 'buy-services',
      // Not sure continues as yes, with an assumption.
      'contracting-authority': 'not-sure',
    }
    expect(replay(reserved, dates)).toMatchObject({
      route: null,
      next: 'existing-procurement',
      asked: [
        'jurisdiction',
        'authority-type',
        'scotland-body',
        'approach',
        'contracting-authority',
      ],
    })
    const devolved = { ...reserved, 'scotland-body': 'devolved', 'contracting-authority': 'yes' }
    expect(replay(devolved, dates)).toMatchObject({
      route: null,
      next: 'provider-relationship',
      asked: [
        'jurisdiction',
        'authority-type',
        'scotland-body',
        'approach',
        'contracting-authority',
      ],
    })
    // A council is always a contracting authority: it is not asked.
    const council = {
      jurisdiction: 'wales',
      'authority-type': 'local-authority',
      approach: 'buy-services',
      'contracting-authority': 'no',
    }
    expect(replay(council, dates)).toMatchObject({
      route: null,
      next: 'existing-procurement',
      asked: ['jurisdiction', 'authority-type', 'approach'],
    })
  })

  it('ends at outside-procurement-rules when the body is not a contracting authority', () => {
    const answers = {
      jurisdiction: 'england',
      'authority-type': 'other-public-body',
      approach: 'fund-organisation',
      'enforceable-deliverables': 'yes',
      'direct-benefit': 'not-sure',
      'contracting-authority': 'no',
      // Stale: never asked once the route is reached.
      'existing-procurement': 'no',
    }
    expect(replay(answers, dates)).toEqual({
      route: 'outside-procurement-rules',
      variant: 'not-a-contracting-authority',
      next: null,
      asked: [
        'jurisdiction',
        'authority-type',
        'approach',
        'enforceable-deliverables',
        'direct-benefit',
        'contracting-authority',
      ],
      answers,
    })
  })

  it('skips a question whose condition does not hold, though an answer to it was given', () => {
    // An English council is not asked whether it is a devolved Scottish body.
    const answers = {
      jurisdiction: 'england',
      'authority-type': 'local-authority',
      'scotland-body': 'reserved',
      approach: 'transfer-asset',
      'asset-service-obligations': 'no',
      'asset-value': 'not-sure',
    }
    expect(replay(answers, dates)).toEqual({
      route: 'community-asset-transfer',
      variant: 'undervalue',
      next: null,
      asked: [
        'jurisdiction',
        'authority-type',
        'approach',
        'asset-service-obligations',
        'asset-value',
      ],
      answers,
    })
  })
})
