import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { targetDateFrom } from './backward'
import { addDays, daysBetween } from './civil-date'
import { libraryStep } from './library'
import { plan, shownSteps } from './plan'
import { recipeFor } from './recipes'
import { settingsOf } from './settings'
import { resolveTiming } from './step'
import type { PlanInput, Target } from './types'

const today = '2026-12-02'

type Sample = { input: Omit<PlanInput, 'pinned'>; events: [string, string]; target?: string }

const england = { jurisdiction: 'england', authorityType: 'local-authority' } as const
/** Plans with two events in order, across every regime and counting rule. */
const samples: Sample[] = [
  {
    input: {
      route: 'competitive-procedure',
      variant: 'conventional',
      regime: 'pa-2023',
      ...england,
      value: 6_000_000,
    },
    events: ['pa.uk4', 'pa.uk6'],
    target: 'pa.entry',
  },
  {
    input: { route: 'innovation-partnership', variant: 'standard', regime: 'pa-2023', ...england },
    events: ['pa.uk4', 'pa.itt'],
    target: 'pa.entry.actual',
  },
  {
    input: {
      route: 'light-touch-flexible',
      variant: 'conventional',
      regime: 'pa-2023',
      ...england,
    },
    events: ['pa.uk4', 'pa.uk6'],
    target: 'pa.entry',
  },
  {
    input: { route: 'direct-award-urgency', variant: 'standard', regime: 'pa-2023', ...england },
    events: ['pa.uk5', 'pa.uk6'],
    target: 'pa.entry',
  },
  {
    input: {
      route: 'competitive-procedure',
      variant: 'conventional',
      regime: 'pcr-2015',
      ...england,
    },
    events: ['pcr.f02', 'pcr.reg86'],
    target: 'pcr.entry',
  },
  {
    input: {
      route: 'competitive-procedure',
      variant: 'conventional',
      regime: 'pcr-2015',
      ...england,
      options: { procedure: 'restricted' },
    },
    events: ['pcr.f02', 'pcr.itt'],
    target: 'pcr.entry',
  },
  {
    input: {
      route: 'concession-contract',
      variant: 'standard',
      regime: 'pcr-2015',
      jurisdiction: 'northern-ireland',
      authorityType: 'local-authority',
    },
    events: ['pcr.conc.notice', 'pcr.conc.reg47'],
    target: 'pcr.conc.entry',
  },
  {
    input: {
      route: 'competitive-procedure',
      variant: 'conventional',
      regime: 'pcr-scotland-2015',
      jurisdiction: 'scotland',
      authorityType: 'local-authority',
    },
    events: ['pcs.contract-notice', 'pcs.reg85'],
    target: 'pcs.entry',
  },
  {
    input: {
      route: 'provider-selection-regime',
      variant: 'most-suitable-provider',
      regime: 'psr-2023',
      jurisdiction: 'england',
      authorityType: 'nhs',
    },
    events: ['psr.msp.intent-follow', 'psr.intent.msp'],
    target: 'psr.entry',
  },
  {
    input: {
      route: 'provider-selection-regime',
      variant: 'competitive-process',
      regime: 'psr-wales-2025',
      jurisdiction: 'wales',
      authorityType: 'nhs',
    },
    events: ['psrw.cp.invite', 'psrw.intent.cp'],
    target: 'psrw.entry',
  },
  {
    input: {
      route: 'provider-selection-regime',
      variant: 'framework-call-off',
      regime: 'psr-wales-2025',
      jurisdiction: 'wales',
      authorityType: 'nhs',
    },
    events: ['psrw.fw.intent.comp', 'psrw.fw.intent.published'],
    target: 'psrw.entry',
  },
]

const sample = fc.constantFrom(...samples)
/** A day from March 2025 to the end of 2028 (past the bank holiday horizon for the later steps). */
const day = fc.integer({ min: 0, max: 1400 }).map((n) => addDays('2025-03-01', n))
const gap = fc.integer({ min: 0, max: 120 })

const datesOf = (input: PlanInput) => new Map(plan(input, today).steps.map((s) => [s.id, s]))

describe('plan properties', () => {
  it('pinning a later event never moves an earlier step', () => {
    fc.assert(
      fc.property(sample, day, gap, ({ input, events: [first, second] }, d, g) => {
        const before = plan({ ...input, pinned: { [first]: d } }, today).steps
        const after = datesOf({ ...input, pinned: { [first]: d, [second]: addDays(d, g) } })
        for (const step of before) {
          if (step.id === second) break
          const rule = libraryStep(step.id.split('#')[0] as string)?.timing(
            settingsOf({ ...input, pinned: {} }, today),
          ).rule
          if (rule === 'ORDER_ONLY') continue // "no later than" a later step: it takes that step's date
          expect(after.get(step.id)?.result.date, step.id).toBe(step.result.date)
        }
      }),
      { numRuns: 60 },
    )
  })

  it('no computed date is earlier than its statutory minimum', () => {
    fc.assert(
      fc.property(sample, day, gap, ({ input, events: [first, second] }, d, g) => {
        const full = { ...input, pinned: { [first]: d, [second]: addDays(d, 30 + g) } }
        const settings = settingsOf(full, today)
        const steps = datesOf(full)
        for (const [id, step] of steps) {
          const def = libraryStep(id)
          const timing = def && resolveTiming(def.timing(settings), (x) => steps.has(x))
          const anchor = timing?.anchor ? steps.get(timing.anchor)?.result.date : undefined
          const date = step.result.date
          if (
            !timing ||
            !anchor ||
            !date ||
            step.result.dateKind === 'pinned' ||
            timing.bound === 'max'
          )
            continue
          const n = timing.n ?? 0
          if (timing.rule === 'CD_FROM_NEXT_DAY' || timing.rule === 'CD_AFTER_ROLL')
            expect(daysBetween(anchor, date), id).toBeGreaterThanOrEqual(n)
          if (timing.rule === 'WD_BEGINNING_WITH' || timing.rule === 'WD_AFTER')
            expect(daysBetween(anchor, date), id).toBeGreaterThanOrEqual(n - 1)
          if (timing.rule === 'NEXT_DAY') expect(date > anchor, id).toBe(true)
          if (timing.rule === 'USER' && timing.bound === 'min')
            expect(date >= anchor, id).toBe(true)
        }
      }),
      { numRuns: 60 },
    )
  })

  it('going back from a target then forward never lands after the target, and a day later would', () => {
    let checked = 0
    fc.assert(
      fc.property(sample, fc.integer({ min: 60, max: 1300 }), ({ input, target }, n) => {
        if (!target) return
        const goal: Target = { step: target, date: addDays('2025-03-01', n) }
        const full: PlanInput = { ...input, today: '2025-01-01', target: goal, pinned: {} }
        const settings = settingsOf(full, today)
        const recipe = recipeFor(settings)
        if (!recipe) throw new Error('no recipe')
        const shown = shownSteps(settings, recipe)
        for (const step of plan(full, today).steps) {
          const def = libraryStep(step.id)
          if (
            !def ||
            step.result.dateKind !== 'latest' ||
            def.timing(settings).rule !== 'USER' ||
            !step.result.date
          )
            continue
          checked += 1
          const reached = targetDateFrom(settings, shown, goal, step.id, step.result.date)
          expect(reached !== null && reached <= goal.date, `${step.id} on its latest date`).toBe(
            true,
          )
          const late = targetDateFrom(settings, shown, goal, step.id, addDays(step.result.date, 1))
          expect(late === null || late > goal.date, `${step.id} a day later`).toBe(true)
        }
      }),
      { numRuns: 25 },
    )
    expect(checked).toBeGreaterThan(10)
  })
})
