import { planFor } from '@machines/plan/plan-for'
import type { Plan } from '@machines/plan/types'
import type { Result } from '@machines/result'
import { describe, expect, it } from 'vitest'
import { kindOf, readDate, targetError, targetFieldError, targetSteps } from './plan-target'

const result = (route: string, variant: string | null, regime: Result['regime']) =>
  ({ status: 'complete', route, variant, regime }) as Result
const planOf = (
  r: Result,
  answers: Record<string, string>,
  target?: { step: string; date: string },
  today = '2026-12-02',
) => planFor(r, { answers, today, ...(target ? { target } : {}) }) as Plan
const england = { jurisdiction: 'england', 'authority-type': 'local-authority' }

describe('targetSteps', () => {
  it('reads each regime’s entry pair off the plan’s own steps', () => {
    const cases: [Result, Record<string, string>, string, string][] = [
      [
        result('light-touch-flexible', 'conventional', 'pa-2023'),
        england,
        'pa.entry.actual',
        'pa.entry',
      ],
      [
        result('competitive-procedure', 'conventional', 'pcr-2015'),
        england,
        'pcr.entry.actual',
        'pcr.entry',
      ],
      [
        result('concession-contract', 'standard', 'pcr-2015'),
        { jurisdiction: 'northern-ireland', 'authority-type': 'local-authority' },
        'pcr.conc.entry.actual',
        'pcr.conc.entry',
      ],
      [
        result('provider-selection-regime', 'most-suitable-provider', 'psr-2023'),
        { jurisdiction: 'england', 'authority-type': 'nhs' },
        'psr.entry.actual',
        'psr.entry',
      ],
    ]
    for (const [r, answers, startBy, endsOn] of cases)
      expect(targetSteps(planOf(r, answers).steps), r.route ?? undefined).toEqual({
        'start-by': startBy,
        'ends-on': endsOn,
      })
  })

  it('offers nothing where no law sets an earliest entry (user choice) or there are no steps', () => {
    expect(
      targetSteps(planOf(result('direct-award-user-choice', null, 'pa-2023'), england).steps),
    ).toBeUndefined()
    expect(
      targetSteps(planOf(result('grant', 'not-a-subsidy', 'pa-2023'), england).steps),
    ).toBeUndefined()
  })

  it('reads the kind of date back from the target’s step', () => {
    const steps = { 'start-by': 'pa.entry.actual', 'ends-on': 'pa.entry' } as const
    expect(kindOf({ step: 'pa.entry', date: '2027-04-01' }, steps)).toBe('ends-on')
    expect(kindOf({ step: 'pa.entry.actual', date: '2027-04-01' }, steps)).toBe('start-by')
    expect(kindOf(undefined, steps)).toBeUndefined()
  })
})

describe('readDate', () => {
  it.each([
    [
      { day: '1', month: '4', year: '2027' },
      { ok: true, date: '2027-04-01' },
    ],
    [
      { day: ' 01 ', month: '04', year: '2027' },
      { ok: true, date: '2027-04-01' },
    ],
    [
      { day: '', month: '', year: '' },
      { ok: false, error: 'Enter the date to work back from' },
    ],
    [
      { day: '1', month: '', year: '' },
      { ok: false, error: 'The date must include a month and a year' },
    ],
    [
      { day: '', month: '4', year: '2027' },
      { ok: false, error: 'The date must include a day' },
    ],
    [
      { day: '30', month: '2', year: '2027' },
      { ok: false, error: 'The date must be a real date, like 1 4 2027' },
    ],
    [
      { day: '1', month: '4', year: '27' },
      { ok: false, error: 'The date must be a real date, like 1 4 2027' },
    ],
    [
      { day: 'first', month: '4', year: '2027' },
      { ok: false, error: 'The date must be a real date, like 1 4 2027' },
    ],
  ])('%o', (parts, expected) => {
    expect(readDate(parts)).toEqual(expected)
  })
})

describe('the engine’s target errors in words', () => {
  const lightTouch = result('light-touch-flexible', 'conventional', 'pa-2023')

  it('names the step whose latest date has passed, with that date, linked to the date field', () => {
    const plan = planOf(lightTouch, england, { step: 'pa.entry', date: '2027-04-01' }, '2027-03-25')
    const errors = plan.errors.map((e) => targetError(e, plan.steps)).filter(Boolean)
    expect(errors).toContainEqual({
      href: '#plan-target-day',
      text: 'Contract award notice: its latest date, 18 March 2027, has already passed, so the statutory minimum periods cannot be met by your date',
    })
    expect(targetFieldError(plan)).toMatch(
      /latest date for .*“Contract award notice”.* has already passed/,
    )
  })

  it('says nothing when every latest date is still to come', () => {
    const plan = planOf(lightTouch, england, { step: 'pa.entry', date: '2027-04-01' })
    expect(plan.errors).toEqual([])
    expect(targetFieldError(plan)).toBeUndefined()
  })
})
