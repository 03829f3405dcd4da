import type { PlanStep } from '@machines/plan/types'
import { describe, expect, it } from 'vitest'
import { longDate, movedSummary, movedText, spanName } from './timeline-words'

const step = (title: string, kind: PlanStep['kind'], skipped?: PlanStep['result']['skipped']) =>
  ({
    id: 'x',
    title,
    order: 1,
    phase: 'respond',
    kind,
    requirement: 'mandatory',
    timing: { rule: 'USER', bound: 'none' },
    result: {
      date: '2027-01-11',
      dateKind: 'earliest',
      warnings: [],
      ...(skipped ? { skipped } : {}),
    },
    sources: [],
  }) as PlanStep

describe('timeline words', () => {
  it.each([
    ['Standstill ends (midnight); representations due', 'period-end', 'Standstill'],
    ['Voluntary standstill ends (midnight)', 'period-end', 'Voluntary standstill'],
    [
      'Wait after the voluntary transparency notice ends',
      'period-end',
      'Wait after the voluntary transparency notice',
    ],
    ['Tenders due', 'deadline', 'Time for tenders'],
    ['Offers due (call-off competition)', 'deadline', 'Time for offers (call-off competition)'],
    ['Requests to participate due', 'deadline', 'Time for requests to participate'],
  ] as const)('names the period ended by “%s”', (title, kind, name) => {
    expect(spanName({ end: step(title, kind) })).toBe(name)
  })

  it('says a roll past a lone Sunday by its date, and a single bank holiday in the singular', () => {
    const s = step('Contract award notice', 'notice', [
      { date: '2027-03-28', name: 'Sunday', how: 'rolled' },
      {
        date: '2027-03-29',
        name: 'Easter Monday (England and Wales, Northern Ireland)',
        how: 'rolled',
      },
      { date: '2027-05-03', name: 'Early May bank holiday', how: 'counted' },
    ])
    expect(movedText(s)).toEqual([
      'Moved from Sunday 28 March 2027 to the next working day, past Sunday 28 March 2027 and Easter Monday (England and Wales, Northern Ireland) on Monday 29 March 2027.',
      'Bank holiday left out of the count of working days: Early May bank holiday on Monday 3 May 2027.',
    ])
    expect(movedSummary([s])).toBe('Moved by 3 non-working days')
  })

  it('says nothing for a date no non-working day moved', () => {
    expect(movedText(step('Tenders due', 'deadline'))).toEqual([])
    expect(movedSummary([step('Tenders due', 'deadline')])).toBeUndefined()
    expect(longDate('2026-12-26')).toBe('Saturday 26 December 2026')
  })
})
