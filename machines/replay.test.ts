import { describe, expect, it } from 'vitest'
import { replay } from './replay'

// Replaying answers in one step (the runner, share links, saved files): which questions the
// path asked, in order, and which comes next. Expected paths written by hand from
// shared/domain/decision-model.md, sections 1 and 2 (ruleset 2026-11 routing; 2027-01 asks
// `contracting-authority` of other public bodies before `existing-procurement`).

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
      next: 'existing-procurement',
      asked: ['jurisdiction', 'authority-type', 'scotland-body', 'approach'],
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
