import type { PlanStep } from '@machines/plan/types'
import { describe, expect, it } from 'vitest'
import { hasPassed, noticeWords, planWarnings, shownWarnings } from './plan-words'

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
})
