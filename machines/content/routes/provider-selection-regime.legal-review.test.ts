import { describe, expect, it } from 'vitest'
import type { Answers } from '../../answers'
import { evaluate2026Answers as evaluate } from '../../testing/answers-2026-11'

/*
 * Legal review 2026-12 B, Provider Selection Regime findings #4, #7, #8, #18, #20, #21, #22.
 * Each test runs a path through evaluate, as a user would, and checks what the result says.
 * The provisions were read in SI 2023/1348 (revised to 24 February 2025) and WSI 2025/99
 * (as made; legislation.gov.uk has no revised text).
 */

const today = '2026-12-02'

function psr(jurisdiction: 'england' | 'wales', path: Answers) {
  return evaluate(
    {
      jurisdiction,
      'authority-type': 'nhs',
      approach: 'buy-services',
      'existing-procurement': 'no',
      'health-care': 'yes',
      ...path,
    },
    { today },
  )
}

const wales = {
  da1: () => psr('wales', { 'psr-existing-only': 'yes' }),
  da2: () => psr('wales', { 'psr-existing-only': 'no', 'psr-continue-existing': 'yes' }),
  msp: (continueExisting = 'no') =>
    psr('wales', {
      'psr-existing-only': 'no',
      'psr-continue-existing': continueExisting,
      'psr-most-suitable': 'yes',
    }),
  cp: (continueExisting = 'no') =>
    psr('wales', {
      'psr-existing-only': 'no',
      'psr-continue-existing': continueExisting,
      'psr-most-suitable': 'no',
    }),
}

const england = (variant: 'msp' | 'cp', continueExisting: string) =>
  psr('england', {
    'psr-existing-only': 'no',
    'psr-patient-choice': 'no',
    'psr-continue-existing': continueExisting,
    'psr-most-suitable': variant === 'msp' ? 'yes' : 'no',
  })

const indexOf = (steps: string[], pattern: RegExp) => steps.findIndex((s) => pattern.test(s))

describe('Welsh Direct Award Process 1 (B-#4): notice of intention and standstill come before the award', () => {
  it('reaches Direct Award Process 1', () => {
    expect(wales.da1().variant).toBe('direct-award-1')
  })

  it('tells the user to submit a notice of intention (reg 8(4)), observe the reg 12 standstill, then award', () => {
    const steps = wales.da1().nextSteps
    const notice = indexOf(steps, /notice of intention to award .*\(reg 8\(4\)\)/)
    const standstill = indexOf(
      steps,
      /standstill begins on the day you submit that notice \(reg 12\(4\)\)/,
    )
    // Issue 17: next steps name the plan's steps
    const award = indexOf(
      steps,
      /^Enter into the contract only once \[the standstill ends\]\(plan:psrw\.standstill\)/,
    )
    expect(notice).toBeGreaterThanOrEqual(0)
    expect(standstill).toBeGreaterThan(notice)
    expect(award).toBeGreaterThan(standstill)
    // Issue 17: next steps name the plan's steps (the plan counts the 30 days)
    expect(steps[award]).toMatch(
      /\(plan:psrw\.award-notice\) through Sell2Wales by its deadline \(reg 8\(10\)\)/,
    )
  })

  it('no longer leaves the standstill as something to look up', () => {
    const r = wales.da1()
    const all = [r.summary, ...r.nextSteps].join(' ')
    expect(all).not.toMatch(/whether a standstill/)
    expect(r.summary).toMatch(/Process 1 has a standstill period \(reg 12\(1\)\)/)
    expect(r.references.map((x) => x.citation)).toContain('WSI 2025/99, reg 12')
  })
})

describe('Welsh standstill (B-#22): cited from the made reg 12, not the 2024 draft guidance', () => {
  for (const [name, run] of [
    ['Process 1', wales.da1],
    ['Process 2', wales.da2],
    ['Most Suitable Provider', () => wales.msp()],
    ['Competitive Process', () => wales.cp()],
  ] as const) {
    it(name, () => {
      const r = run()
      const all = [r.summary, ...r.nextSteps, ...r.risks].join(' ')
      expect(all).not.toMatch(/draft guidance/)
      // Issue 17: next steps name the plan's steps (the plan counts the 8th working day and the 5)
      expect(all).toMatch(
        /until \[the standstill ends\]\(plan:psrw\.standstill\), at midnight, to make written representations \(reg 12\(6\)\)/,
      )
      expect(all).toMatch(/\(plan:psrw\.standstill\.reps\) \(reg 12\(15\)\)/)
      expect(r.references.map((x) => x.source)).not.toContain('wg-psr-guidance')
    })
  }
})

describe('Welsh notices (B-#20): the duty in the process regulation, published through Sell2Wales', () => {
  it('cites the process regulation for each notice and names Sell2Wales', () => {
    const cases: [ReturnType<typeof psr>, string[]][] = [
      [wales.da1(), ['8(4)', '8(10)']],
      [wales.da2(), ['9(5)', '9(11)']],
      [wales.msp(), ['10(3)', '10(10)', '10(16)']],
      [wales.cp(), ['11(5)', '11(11)', '11(17)']],
    ]
    for (const [r, regs] of cases) {
      const steps = r.nextSteps.join(' ')
      for (const reg of regs) expect(steps, `${r.variant}: reg ${reg}`).toContain(`reg ${reg}`)
      expect(steps, String(r.variant)).toMatch(/Sell2Wales/)
      expect(steps, String(r.variant)).not.toMatch(/reg 24 requires/)
    }
  })
})

describe('Welsh Direct Award Process 2 (B-#21): key criteria and basic selection criteria', () => {
  it('assesses the provider against both (reg 9(4))', () => {
    const steps = wales.da2().nextSteps
    const assess = steps.find((s) => s.startsWith('Assess the existing provider'))
    expect(assess).toMatch(/key criteria \(reg 6\)/)
    expect(assess).toMatch(/basic selection criteria \(reg 22 and Schedule 18\) \(reg 9\(4\)\)/)
  })
})

describe('Recording why process C or Process 2 is not used (B-#18): only where there is an existing contract', () => {
  it('England: a "no" answer, which covers a new service, gets the step only as a condition', () => {
    for (const v of ['msp', 'cp'] as const) {
      const steps = england(v, 'no').nextSteps
      expect(steps.some((s) => s.startsWith('Record why you are not using process C'))).toBe(false)
      expect(steps.some((s) => s.startsWith('If this contract replaces an existing one'))).toBe(
        true,
      )
    }
  })

  it('England: "not sure" about continuing means there is a contract, so the step is direct', () => {
    for (const v of ['msp', 'cp'] as const) {
      const steps = england(v, 'not-sure').nextSteps
      expect(steps.some((s) => s.startsWith('Record why you are not using process C'))).toBe(true)
    }
  })

  it('Wales: the same rule for Direct Award Process 2', () => {
    for (const run of [wales.msp, wales.cp]) {
      expect(
        run('no').nextSteps.some((s) => s.startsWith('Record why you are not using Direct Award')),
      ).toBe(false)
      expect(
        run('not-sure').nextSteps.some((s) =>
          s.startsWith('Record why you are not using Direct Award Process 2'),
        ),
      ).toBe(true)
    }
  })
})

describe('England most suitable provider (B-#7, B-#8): the 14-day wait, as reg 10(5) words it', () => {
  it('states the wait with its pinpoint', () => {
    const steps = england('msp', 'no').nextSteps.join(' ')
    expect(steps).toMatch(
      /Do not finish identifying potential providers before the 14th day after the day you submit it \(reg 10\(5\)\)/,
    )
    expect(steps).toMatch(/\(reg 10\(2\)\)/)
    expect(steps).toMatch(/\(reg 10\(15\)\)/)
  })
})
