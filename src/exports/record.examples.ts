import { evaluate } from '@machines/evaluate'
import type { RecordDraft } from '@/lib/record-draft/record-draft'
import { buildRecord, type DecisionRecord } from './decision-record'

/** A long record with every section and awkward characters, shared by the format tests. */
export const longAnswers = {
  jurisdiction: 'england',
  'authority-type': 'nhs',
  approach: 'buy-services',
  'existing-procurement': 'no',
  'health-care': 'not-sure',
  'provider-relationship': 'other',
  'service-category': 'light-touch',
  'user-choice': 'no',
  'use-framework': 'no',
  'contract-value': 1_250_000,
  concession: 'no',
  innovation: 'no',
  'single-provider': 'not-sure',
  'extreme-urgency': 'no',
  'supported-employment-reservation': 'no',
  'mutual-reservation': 'yes',
  'mutual-conditions': 'not-sure',
  'relationship-model': 'open-book-partnership',
} as const

export const longDraft: RecordDraft = {
  title: 'Day services *review* [2026] | phase #2',
  organisation: 'North & East ICB <test>',
  preparedBy: 'A. Commissioner',
  approvedBy: 'Board_of_Directors',
  decisionDate: '2026-11-20',
  notes: {
    'health-care': 'Mostly social care; check the mixed-procurement rule.',
    'contract-value': '5 years × £250,000',
    result: '1. Agreed by the room\n# not a heading',
  },
}

export function longRecord(): DecisionRecord {
  const result = evaluate(longAnswers, { today: '2026-11-25' })
  return buildRecord({
    result,
    answers: longAnswers,
    startDate: undefined,
    draft: longDraft,
    createdAt: '2026-11-25T10:00:00.000Z',
  })
}

/** A grant to an organisation with some economic activity, within the MFA limit. */
export const grantAnswers = {
  jurisdiction: 'england',
  'authority-type': 'local-authority',
  approach: 'fund-organisation',
  'enforceable-deliverables': 'no',
  'economic-activity': 'yes',
  'mfa-headroom': 'yes',
} as const

/**
 * A record with a plan: the long record (a light touch contract under the Act) with its
 * contract award notice pinned, and a grant assessed as a subsidy, whose database deadline has
 * an UNVERIFIED other reading.
 */
export function recordWithPlan(): DecisionRecord {
  return { ...longRecord(), plan: { pinned: { 'pa.uk6': '2027-03-18' } } }
}
export function subsidyRecordWithPlan(): DecisionRecord {
  const result = evaluate(grantAnswers, { today: '2026-11-25' })
  return {
    ...buildRecord({
      result: { ...result, variant: 'subsidy-assessment' },
      answers: grantAnswers,
      startDate: undefined,
      draft: { notes: {} },
      createdAt: '2026-11-25T10:00:00.000Z',
    }),
    plan: { pinned: { 'sca.decision': '2027-01-15' } },
  }
}
