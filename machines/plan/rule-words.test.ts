import { describe, expect, it } from 'vitest'
import { allStepIds, libraryStep } from './library'
import { plan } from './plan'
import { ruleWords } from './rule-words'
import { settingsOf } from './settings'
import { resolveTiming } from './step'
import type { RuleId, Timing } from './types'

describe('a plan step rule in plain words', () => {
  it('says the Act standstill as 8 working days from the award notice, its day counted', () => {
    const timing: Timing = {
      rule: 'WD_BEGINNING_WITH',
      anchor: 'pa.uk6',
      n: 8,
      unit: 'working-days',
      bound: 'exact',
      calendar: 'uk-union',
    }
    expect(ruleWords(timing)).toBe(
      '8 working days from “Contract award notice”, counting its day as the first if it is a working day (a bank holiday anywhere in the UK is not a working day).',
    )
    expect(ruleWords({ ...timing, bound: 'min' })).toMatch(/^At least 8 working days from/)
  })

  it('says a minimum tendering period, counted from the next day', () => {
    expect(
      ruleWords({
        rule: 'CD_FROM_NEXT_DAY',
        anchor: 'pa.uk4',
        n: 25,
        unit: 'calendar-days',
        bound: 'min',
      }),
    ).toBe('At least 25 days after “Tender notice”, counted from the next day.')
    expect(
      ruleWords({
        rule: 'CD_FROM_NEXT_DAY',
        anchor: 'pa.uk4',
        unit: 'calendar-days',
        bound: 'min',
      }),
    ).toBe('At least the required number of days after “Tender notice”, counted from the next day.')
  })

  it('says the nth working day after, a deadline within, and an order', () => {
    expect(
      ruleWords({ rule: 'WD_AFTER', anchor: 'pa.uk6', n: 8, unit: 'working-days', bound: 'exact' }),
    ).toBe('The 8th working day after “Contract award notice”.')
    expect(
      ruleWords({ rule: 'WD_AFTER', anchor: 'pa.uk6', n: 1, unit: 'working-days', bound: 'exact' }),
    ).toBe('The 1st working day after “Contract award notice”.')
    expect(ruleWords({ rule: 'WITHIN_OF', n: 3, unit: 'months', bound: 'max' })).toBe(
      'Within 3 months of the event it follows.',
    )
    expect(ruleWords({ rule: 'ORDER_ONLY', anchor: 'pa.uk6', bound: 'order-only' })).toBe(
      'No later than “Contract award notice” (the same day is allowed).',
    )
    // The additional information cut-offs: the date shown is six days before, so the same
    // day is not allowed (PCR reg 53(6), CCR reg 34(5): F-PCR-53, F-CCR-39).
    expect(
      ruleWords({
        rule: 'ORDER_ONLY',
        anchor: 'pcr.tender-deadline',
        n: 6,
        unit: 'calendar-days',
        bound: 'max',
      }),
    ).toBe('At least 6 days before “Tenders due”.')
    expect(ruleWords({ rule: 'ORDER_ONLY', anchor: 'pa.uk10', bound: 'min' })).toBe(
      'Not before “Contract change notice” (the same day is allowed).',
    )
    expect(
      ruleWords({
        rule: 'FY_WINDOW',
        anchor: 'financial-year-start',
        n: 56,
        unit: 'calendar-days',
        bound: 'max',
      }),
    ).toBe('Within 56 days beginning with the first day of the financial year (1 April).')
  })

  it('gives every step of every library a sentence with its number, for a default input', () => {
    const regimes = ['pa-2023', 'pcr-2015', 'pcr-scotland-2015', 'psr-2023', 'psr-wales-2025']
    const seen = new Set<RuleId>()
    for (const id of allStepIds()) {
      const def = libraryStep(id)!
      for (const regime of regimes) {
        const timing = resolveTiming(
          def.timing(
            settingsOf(
              {
                route: 'competitive-procedure',
                variant: 'conventional',
                regime: regime as never,
                jurisdiction: 'england',
                authorityType: 'local-authority',
                pinned: {},
              },
              '2026-11-25',
            ),
          ),
          () => false,
        )
        seen.add(timing.rule)
        const words = ruleWords(timing)
        expect(words, id).toMatch(/^[A-Z0-9].*\.$/)
        if (timing.n !== undefined && timing.rule !== 'USER')
          expect(words, id).toContain(String(timing.n))
        expect(words, id).not.toMatch(/least (days|working)|^(Within|At least) (days|working)/)
        expect(words, id).not.toMatch(/undefined|\b[a-z]+\.[a-z0-9-]+\.?[a-z0-9-]*”/)
      }
    }
    expect(seen.size).toBeGreaterThan(8)
  })
})

describe('the rule in words names the step the plan counted from', () => {
  const today = '2026-11-25'
  const rowOf = (input: Parameters<typeof plan>[0], id: string) =>
    plan(input, today).steps.find((s) => s.id === id)

  it('a Provider Selection Regime standstill follows the plan’s own notice, from the next day', () => {
    const step = rowOf(
      {
        route: 'provider-selection-regime',
        variant: 'direct-award-c',
        regime: 'psr-2023',
        jurisdiction: 'england',
        authorityType: 'nhs',
        pinned: { 'psr.intent.c': '2027-03-03' },
      },
      'psr.standstill',
    )
    expect(step?.timing.anchor).toBe('psr.intent.c')
    expect(ruleWords(step!.timing)).toMatch(/^The 8th working day after the day following “/)
  })

  it('a user choice contract confirms core supplier information before it is entered into', () => {
    const step = rowOf(
      {
        route: 'direct-award-user-choice',
        variant: null,
        regime: 'pa-2023',
        jurisdiction: 'england',
        authorityType: 'local-authority',
        options: { coreSupplierInfoGiven: true },
        pinned: {},
      },
      'pa.da.csi',
    )
    expect(step?.timing.anchor).toBe('pa.uc.entry.actual')
    expect(ruleWords(step!.timing)).not.toContain('Contract award notice')
  })

  it('a direct award’s conflicts assessment comes before its transparency notice', () => {
    const step = rowOf(
      {
        route: 'direct-award-urgency',
        variant: 'standard',
        regime: 'pa-2023',
        jurisdiction: 'england',
        authorityType: 'local-authority',
        pinned: {},
      },
      'pa.conflicts',
    )
    expect(step?.timing.anchor).toBe('pa.uk5')
  })
})
