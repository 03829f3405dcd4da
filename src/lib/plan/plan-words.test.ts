import type { PlanStep } from '@machines/plan/types'
import { describe, expect, it } from 'vitest'
import {
  hasPassed,
  noticeWords,
  planRowText,
  planWarnings,
  shownWarnings,
  undatedLine,
} from './plan-words'

const step = (result: Partial<PlanStep['result']>) =>
  ({ result: { date: null, dateKind: 'none', warnings: [], ...result } }) as unknown as PlanStep

describe('the plan’s words', () => {
  it('says once that a notice is sent directly', () => {
    expect(
      noticeWords({
        code: null,
        officialName: 'sent to suppliers directly',
        platform: 'to-suppliers-directly',
      }),
    ).toBe('sent to suppliers directly, not published')
    expect(
      noticeWords({
        code: null,
        officialName: 'written statement',
        platform: 'to-suppliers-directly',
      }),
    ).toBe('written statement, sent directly, not published')
    expect(
      noticeWords({ code: 'UK4', officialName: 'tender notice', platform: 'find-a-tender' }),
    ).toBe('UK4: tender notice, Find a Tender (the central digital platform)')
  })

  it('shows a step’s warnings as sentences with dates written out, each once', () => {
    expect(
      shownWarnings(
        step({
          warnings: [
            'proposed: the earliest lawful date',
            'as soon as reasonably practicable after 2027-03-01',
            'as soon as reasonably practicable after 2027-03-01',
          ],
        }),
      ),
    ).toEqual(['As soon as reasonably practicable after 1 March 2027.'])
  })

  it('shows the plan’s warnings once, less the line said above the table', () => {
    expect(
      planWarnings(
        ['No procurement notices.', 'none before pa.uk6', 'none before pa.uk6'],
        'No procurement notices.',
      ),
    ).toEqual(['None before “Contract award notice”.'])
  })

  it('flags a latest date before today, not one on today or an earliest date', () => {
    expect(hasPassed(step({ date: '2027-03-01', dateKind: 'latest' }), '2027-03-02')).toBe(true)
    expect(hasPassed(step({ date: '2027-03-02', dateKind: 'latest' }), '2027-03-02')).toBe(false)
    expect(hasPassed(step({ date: '2027-03-01', dateKind: 'earliest' }), '2027-03-02')).toBe(false)
  })

  it('gives a record the same words: a notice sent directly, warnings as sentences after the source', () => {
    const row = planRowText({
      id: 'pa.assessment-summaries',
      title: 'Assessment summaries sent',
      notice: {
        code: null,
        officialName: 'sent to suppliers directly',
        platform: 'to-suppliers-directly',
      },
      requirement: 'mandatory',
      timing: { rule: 'USER', bound: 'none' },
      sources: [{ instrument: 'PA 2023', provision: 's.50', factId: 'F', status: 'confirmed' }],
      result: {
        date: null,
        dateKind: 'none',
        warnings: ['as soon as reasonably practicable after 2027-03-01'],
      },
    } as unknown as PlanStep)
    expect(row.step).toBe(
      'Assessment summaries sent. Where: sent to suppliers directly, not published. Required.',
    )
    // Issue 17: the rule in words leads the cell, as on screen.
    expect(row.rule).toBe(
      'The date you choose. PA 2023 s.50. As soon as reasonably practicable after 1 March 2027.',
    )
  })

  it('says an undated step in one line, with its condition and source', () => {
    expect(
      undatedLine({
        title: 'Plan a competitive procurement',
        requirement: 'conditional',
        condition: 'a works contract is subsidised',
        sources: [
          { instrument: 'SI 2015/102', provision: 'reg 13', factId: 'F-OPR', status: 'confirmed' },
        ],
      }),
    ).toBe(
      'Plan a competitive procurement (Required if a works contract is subsidised). SI 2015/102 reg 13.',
    )
  })
})
