import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { runPlans } from './runner'
import type { PlanInput, PlanOutput } from './types'

const today = '2026-12-02'

const openProcedure: PlanInput = {
  route: 'competitive-procedure',
  variant: 'conventional',
  regime: 'pa-2023',
  jurisdiction: 'england',
  authorityType: 'central-government',
  value: 6_000_000,
  today: '2027-01-04',
  pinned: { 'pa.uk4': '2027-01-04', 'pa.uk6': '2027-03-12' },
}

const run = (input: unknown) => runPlans(JSON.stringify(input), today)
const single = (input: unknown) => run(input).output as PlanOutput

describe('the plan runner', () => {
  it('prints one plan for one input and an array for an array, in input order', () => {
    const one = run(openProcedure)
    expect(one.exitCode).toBe(0)
    expect(Array.isArray(one.output)).toBe(false)
    const many = run([openProcedure, { ...openProcedure, pinned: {} }])
    expect(many.exitCode).toBe(0)
    const [first, second] = many.output as PlanOutput[]
    expect(first?.steps.find((s) => s.id === 'pa.uk6')?.date).toBe('2027-03-12')
    expect(second?.steps.find((s) => s.id === 'pa.uk6')?.date).toBeNull()
  })

  it('publishes only the fields of section 2.1, bounds right after their step', () => {
    const out = single({
      ...openProcedure,
      pinned: { ...openProcedure.pinned, 'pa.uk3': '2026-10-01' },
    })
    const ids = out.steps.map((s) => s.id)
    expect(ids.indexOf('pa.uk4#qppn-earliest')).toBe(ids.indexOf('pa.uk4') + 1)
    for (const step of out.steps) {
      expect(['pinned', 'earliest', 'latest', 'exact', 'none']).toContain(step.dateKind)
      expect(step.dateKind === 'none').toBe(step.date === null)
      expect([
        'mandatory',
        'conditional',
        'optional',
        'recommended',
        'milestone',
        'information',
      ]).toContain(step.requirement)
      if (step.id.includes('#')) {
        expect(['begins', 'qppn-earliest', 'qppn-latest', 'with-pin']).toContain(
          step.id.split('#')[1],
        )
        expect(step.requirement).toBe('information')
      }
    }
  })

  it.each([
    ['malformed JSON', '{"route":', /not JSON/],
    [
      'a missing required field',
      JSON.stringify({ ...openProcedure, pinned: undefined }),
      /pinned is required/,
    ],
    ['a mistyped field', JSON.stringify({ ...openProcedure, value: '6m' }), /value must be/],
    [
      'a combination with no recipe',
      JSON.stringify({ ...openProcedure, variant: 'standard' }),
      /no plan recipe/,
    ],
    [
      'a step id outside the library',
      JSON.stringify({ ...openProcedure, pinned: { 'pcr.f02': '2024-01-05' } }),
      /not a step of the pa-2023 library/,
    ],
    [
      'a date that is not a real date',
      JSON.stringify({ ...openProcedure, pinned: { 'pa.uk4': '2027-02-30' } }),
      /not a real date/,
    ],
    [
      'a target step outside the library',
      JSON.stringify({ ...openProcedure, target: { step: 'psr.entry', date: '2027-04-01' } }),
      /target.step/,
    ],
  ])('exits 2 with no plan for %s, saying why', (_name, text, why) => {
    const out = runPlans(text, today)
    expect(out.exitCode).toBe(2)
    expect(out.stderr.join('\n')).toMatch(why)
    expect(out.output).toMatchObject({ steps: [], warnings: [] })
    expect((out.output as PlanOutput).errors[0]?.message).toMatch(why)
  })

  it('names the bad element of an array by its index', () => {
    const out = run([openProcedure, { ...openProcedure, regime: 'pcr-2016' }])
    expect(out.exitCode).toBe(2)
    expect(out.stderr[0]).toMatch(/^\[1\] regime/)
    expect((out.output as PlanOutput[]).every((o) => o.steps.length === 0)).toBe(true)
  })

  it('reports a tender deadline before the statutory minimum in-band, with the full plan (exit 0)', () => {
    const out = run({
      ...openProcedure,
      pinned: { ...openProcedure.pinned, 'pa.tender-deadline': '2027-01-20' },
    })
    expect(out.exitCode).toBe(0)
    const plan = out.output as PlanOutput
    expect(plan.errors).toContainEqual({
      code: 'before-minimum',
      step: 'pa.tender-deadline',
      message: expect.stringMatching(/earliest is 2027-01-29/),
    })
    expect(plan.steps.find((s) => s.id === 'pa.entry')?.date).toBe('2027-03-25')
  })

  it('reports a date after a statutory deadline, and entry before the standstill ends, in-band', () => {
    const plan = single({
      ...openProcedure,
      pinned: { ...openProcedure.pinned, 'pa.entry.actual': '2027-03-20', 'pa.uk7': '2027-05-30' },
    })
    expect(plan.errors.map((e) => [e.code, e.step])).toEqual([
      ['before-minimum', 'pa.entry.actual'],
      ['after-maximum', 'pa.uk7'],
    ])
  })

  it('refuses a PCR 2015 contract notice on or after 24 February 2025, in-band', () => {
    const plan = single({
      route: 'competitive-procedure',
      variant: 'conventional',
      regime: 'pcr-2015',
      jurisdiction: 'england',
      authorityType: 'local-authority',
      pinned: { 'pcr.f02': '2025-02-24' },
    })
    expect(plan.errors).toContainEqual(
      expect.objectContaining({ code: 'regime-date', step: 'pcr.f02' }),
    )
  })

  it('says a backward-planned latest date already passed is an error, in-band', () => {
    const plan = single({
      route: 'light-touch-flexible',
      variant: 'conventional',
      regime: 'pa-2023',
      jurisdiction: 'england',
      authorityType: 'local-authority',
      today: '2027-03-25',
      target: { step: 'pa.entry', date: '2027-04-01' },
      pinned: {},
    })
    expect(plan.steps.find((s) => s.id === 'pa.uk6')).toMatchObject({
      date: '2027-03-18',
      dateKind: 'latest',
    })
    expect(plan.errors).toContainEqual(
      expect.objectContaining({ code: 'target-unreachable', step: 'pa.uk6' }),
    )
  })

  it('leaves a target unused when the person set the date of the target step itself', () => {
    const plan = single({
      route: 'light-touch-flexible',
      variant: 'conventional',
      regime: 'pa-2023',
      jurisdiction: 'england',
      authorityType: 'local-authority',
      today,
      target: { step: 'pa.entry.actual', date: '2027-04-01' },
      pinned: { 'pa.entry.actual': '2027-03-20' },
    })
    expect(plan.steps.find((s) => s.id === 'pa.uk6')?.dateKind).not.toBe('latest')
    expect(plan.warnings).toContainEqual(
      expect.objectContaining({ code: 'target-pinned', step: 'pa.entry.actual' }),
    )
  })

  it('says so when a route has no statutory notices', () => {
    const plan = single({
      route: 'grant',
      variant: 'not-a-subsidy',
      regime: 'pa-2023',
      jurisdiction: 'england',
      authorityType: 'local-authority',
      pinned: {},
    })
    expect(plan.steps).toEqual([])
    expect(plan.warnings[0]?.code).toBe('no-statutory-notices')
  })

  it('warns past the bank holiday horizon, and for 2028, never counting silently', () => {
    const plan = single({
      ...openProcedure,
      pinned: { 'pa.uk4': '2028-11-01', 'pa.uk6': '2028-12-20' },
    })
    const standstill = plan.steps.find((s) => s.id === 'pa.standstill.mandatory')
    expect(standstill?.date).toBe('2029-01-02')
    expect(standstill?.warnings).toContain(
      'bank holidays after 2028-12-26 are not listed: this date may move',
    )
    expect(standstill?.warnings).toContain(
      '2028 bank holidays are computed by rule, not yet announced (UNVERIFIED)',
    )
  })
})

describe('the plan script', () => {
  const script = (args: string[], input: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/plan.ts', ...args], {
      input,
      encoding: 'utf8',
      env: { ...process.env, ROUTE_FINDER_TODAY: today },
    })

  it('reads standard input and exits 0 with the plan, or 2 with the reason on stderr', () => {
    const ok = script(['-'], JSON.stringify(openProcedure))
    expect(ok.status).toBe(0)
    expect(
      JSON.parse(ok.stdout).steps.find((s: { id: string }) => s.id === 'pa.standstill.mandatory')
        .date,
    ).toBe('2027-03-24')
    const bad = script(['-'], JSON.stringify({ ...openProcedure, jurisdiction: 'france' }))
    expect(bad.status).toBe(2)
    expect(bad.stderr).toMatch(/jurisdiction is required/)
    expect(JSON.parse(bad.stdout)).toMatchObject({ steps: [], warnings: [] })
  }, 60_000)
})
