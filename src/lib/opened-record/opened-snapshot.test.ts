import type { Answers } from '@machines/answers'
import { describe, expect, it } from 'vitest'
import { continuesRecord, type OpenedSnapshot } from './opened-snapshot'

// A light touch alliance saved under ruleset 2026-11.
const saved: Answers = {
  jurisdiction: 'wales',
  'authority-type': 'local-authority',
  approach: 'buy-services',
  'existing-procurement': 'no',
  'health-care': 'no',
  'provider-relationship': 'other',
  'service-category': 'light-touch',
  'contract-value': 900000,
  innovation: 'no',
  'single-provider': 'no',
  'use-framework': 'no',
  'mutual-reservation': 'no',
  'relationship-model': 'alliance',
}
const snapshot: OpenedSnapshot = {
  route: 'alliance-partnership',
  variant: 'light-touch',
  regime: 'pa-2023',
  title: 'Alliance',
  ruleset: '2026-11',
  answers: saved,
}

describe('continuesRecord', () => {
  it('holds while every saved answer is kept and new questions are answered', () => {
    expect(continuesRecord(snapshot, saved)).toBe(true)
    expect(continuesRecord(snapshot, { ...saved, 'user-choice': 'no', concession: 'no' })).toBe(
      true,
    )
  })

  it('holds when a new answer ends the path sooner and the wizard drops the answers after it', () => {
    // The person chose the provider: the path ends at the value, with a new route.
    const chosen: Answers = {
      jurisdiction: 'wales',
      'authority-type': 'local-authority',
      approach: 'buy-services',
      'existing-procurement': 'no',
      'health-care': 'no',
      'provider-relationship': 'other',
      'service-category': 'light-touch',
      'user-choice': 'chosen-provider',
      'use-framework': 'no',
      'contract-value': 900000,
    }
    expect(continuesRecord(snapshot, chosen)).toBe(true)
  })

  it('ends once a saved answer is changed', () => {
    expect(continuesRecord(snapshot, { ...saved, 'relationship-model': 'conventional' })).toBe(
      false,
    )
    expect(continuesRecord(snapshot, { ...saved, 'contract-value': 100000 })).toBe(false)
  })

  it('does not hold for answers that keep none of the record', () => {
    expect(continuesRecord(snapshot, {})).toBe(false)
    expect(continuesRecord(snapshot, { 'user-choice': 'no' })).toBe(false)
  })
})
