import { describe, expect, it } from 'vitest'
import { plan } from './plan'
import { runPlans } from './runner'
import type { PlanInput, PlanOutput } from './types'

// Tenders due on Christmas Day 2026: the award notice's earliest date rolls past the weekend and
// the Boxing Day substitute day, and the standstill's count passes New Year's Day and Scotland's
// 2 January substitute day (PA 2023 counts every part of the UK's bank holidays, s.123).
const christmas: PlanInput = {
  route: 'competitive-procedure',
  variant: 'conventional',
  regime: 'pa-2023',
  jurisdiction: 'england',
  authorityType: 'local-authority',
  thresholdClass: 'sub-central',
  today: '2026-11-01',
  options: { procedure: 'open', electronicSubmission: true, documentsWithNotice: true },
  pinned: { 'pa.uk4': '2026-11-30' },
}

const stepOf = (id: string, input = christmas) =>
  plan(input, '2026-11-01').steps.find((s) => s.id === id)

describe('the non-working days that moved a date', () => {
  it('names each day a proposed date rolled past, weekends included', () => {
    const uk6 = stepOf('pa.uk6')
    expect(uk6?.result.date).toBe('2026-12-29')
    expect(uk6?.result.skipped).toEqual([
      { date: '2026-12-26', name: 'Saturday', how: 'rolled' },
      { date: '2026-12-27', name: 'Sunday', how: 'rolled' },
      { date: '2026-12-28', name: 'Boxing Day (substitute day)', how: 'rolled' },
    ])
  })

  it('names the bank holidays a working-day count passed over, not its weekends', () => {
    const standstill = stepOf('pa.standstill.mandatory')
    expect(standstill?.result.date).toBe('2027-01-11')
    expect(standstill?.result.skipped).toEqual([
      { date: '2027-01-01', name: "New Year's Day", how: 'counted' },
      { date: '2027-01-04', name: '2nd January (substitute day) (Scotland)', how: 'counted' },
    ])
  })

  it('says nothing for a date the user set, or one no non-working day moved', () => {
    expect(stepOf('pa.uk4')?.result.skipped).toBeUndefined()
    expect(stepOf('pa.tender-deadline')?.result.skipped).toBeUndefined()
    const pinned = { ...christmas, pinned: { ...christmas.pinned, 'pa.uk6': '2026-12-29' } }
    expect(stepOf('pa.uk6', pinned)?.result.skipped).toBeUndefined()
  })

  it('stays out of the runner output, whose shape section 2.1 closes', () => {
    const out = runPlans(JSON.stringify(christmas), '2026-11-01').output as PlanOutput
    expect(out.steps.find((s) => s.id === 'pa.uk6')?.date).toBe('2026-12-29')
    for (const step of out.steps) expect(step).not.toHaveProperty('skipped')
  })
})

// A rule in words names the step it counts from: the one the plan holds.
describe('the step a rule names', () => {
  it('is the intention notice a Welsh call-off without competition publishes', () => {
    const input: PlanInput = {
      route: 'provider-selection-regime',
      variant: 'framework-call-off',
      regime: 'psr-wales-2025',
      jurisdiction: 'wales',
      authorityType: 'nhs',
      today: '2026-11-01',
      options: { callOff: 'without-competition' },
      pinned: {},
    }
    expect(stepOf('psrw.fw.intent.published', input)?.timing.anchor).toBe('psrw.fw.intent.direct')
  })

  it('is none for the urgent award notice of a plan without an urgent award', () => {
    const input: PlanInput = {
      route: 'provider-selection-regime',
      variant: 'direct-award-a',
      regime: 'psr-2023',
      jurisdiction: 'england',
      authorityType: 'nhs',
      today: '2026-11-01',
      options: {},
      pinned: {},
    }
    const urgent = stepOf('psr.urgent', input)
    expect(urgent?.timing).toEqual({
      rule: 'WITHIN_OF',
      n: 30,
      unit: 'calendar-days',
      bound: 'max',
    })
  })
})

describe('the earliest date to make a Procurement Act modification', () => {
  const restructuring = (jurisdiction: PlanInput['jurisdiction'], voluntaryStandstill = true) =>
    ({
      route: 'modification-permitted',
      variant: 'corporate-restructuring',
      regime: 'pa-2023',
      jurisdiction,
      authorityType: 'local-authority',
      today: '2027-03-01',
      options: { voluntaryStandstill },
      pinned: { 'pa.uk10': '2027-03-10' },
    }) satisfies PlanInput

  it('is the day after the voluntary standstill', () => {
    const earliest = stepOf('pa.mod.earliest', restructuring('england'))
    expect(earliest?.timing.anchor).toBe('pa.mod.standstill.voluntary')
  })

  it('is the day of the change notice without a standstill (R8)', () => {
    const earliest = stepOf('pa.mod.earliest', restructuring('england', false))
    expect(earliest?.timing).toEqual({ rule: 'ORDER_ONLY', anchor: 'pa.uk10', bound: 'min' })
    expect(earliest?.result.date).toBe('2027-03-10')
  })

  it('names no step where no change notice is needed (s.75(6))', () => {
    const earliest = stepOf('pa.mod.earliest', restructuring('northern-ireland'))
    expect(earliest?.timing).toEqual({ rule: 'USER', bound: 'none' })
    expect(earliest?.result.date).toBeNull()
    expect(earliest?.result.warnings.join(' ')).toMatch(/no contract change notice is needed/)
  })
})

describe('a Scottish contract entered into with no standstill before it', () => {
  it('names no earliest entry the plan does not show', () => {
    const input: PlanInput = {
      route: 'framework-call-off',
      variant: 'standard',
      regime: 'pcr-scotland-2015',
      jurisdiction: 'scotland',
      authorityType: 'local-authority',
      today: '2026-11-01',
      options: {},
      pinned: {},
    }
    expect(stepOf('pcs.entry.actual', input)?.timing).toEqual({ rule: 'USER', bound: 'min' })
  })
})

describe('entry into the contract with no standstill in the plan', () => {
  it('is no earlier than the contract award notice under the Act, the same day allowed', () => {
    const input: PlanInput = {
      ...christmas,
      route: 'direct-award-urgency',
      variant: 'standard',
      options: { voluntaryStandstill: false },
      pinned: { 'pa.uk6': '2027-02-01' },
    }
    const entry = stepOf('pa.entry', input)
    expect(entry?.timing).toEqual({ rule: 'ORDER_ONLY', anchor: 'pa.uk6', bound: 'min' })
    expect(entry?.result.date).toBe('2027-02-01')
  })

  it('has no statutory earliest date in a 2015 Regulations call-off', () => {
    const input: PlanInput = {
      ...christmas,
      route: 'framework-call-off',
      variant: 'standard',
      regime: 'pcr-2015',
      options: { voluntaryStandstill: false },
      pinned: {},
    }
    const entry = stepOf('pcr.entry', input)
    expect(entry?.timing).toEqual({ rule: 'USER', bound: 'none' })
    expect(entry?.result.warnings.join(' ')).toMatch(/no statutory earliest date/)
  })
})
