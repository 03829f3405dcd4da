import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { evaluate } from './evaluate'
import { runScenarios } from './runner'

const today = '2026-11-25'

const lightTouch = {
  jurisdiction: 'england',
  'authority-type': 'local-authority',
  approach: 'buy-services',
  'existing-procurement': 'no',
  'health-care': 'no',
  'provider-relationship': 'other',
  'service-category': 'light-touch',
  'user-choice': 'no',
  'use-framework': 'no',
  'contract-value': 100000,
}

/** The same answers as ruleset 2026-11 asked them, without its two new questions on this path. */
const lightTouch2026 = Object.fromEntries(
  Object.entries(lightTouch).filter(([id]) => id !== 'user-choice' && id !== 'use-framework'),
)

/**
 * The runner in this process, wired as scripts/route.ts wires it: most cases check what
 * it prints or refuses without paying for a new Node process each.
 */
function run(input: string) {
  return runScenarios(input, (s) => evaluate(s.answers, { startDate: s.startDate, today }))
}

/** The script itself, for what only it does: read standard input, print, set the exit code. */
function runScript(input: string) {
  const child = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/route.ts', '-'], {
    input,
    encoding: 'utf8',
    env: { ...process.env, ROUTE_FINDER_TODAY: today },
  })
  return { code: child.status, stdout: child.stdout, stderr: child.stderr }
}

describe('the scenario runner (npm run route)', () => {
  it('prints one Result for one scenario, exit 0', () => {
    const { code, stdout, stderr } = runScript(JSON.stringify({ answers: lightTouch }))
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const result = JSON.parse(stdout)
    expect(result.route).toBe('below-threshold')
    expect(result.regime).toBe('pa-2023')
    expect(result.threshold.amount).toBe(663540)
  })

  it('prints next steps as plain words: the app links them to plan rows, the runner does not', () => {
    // Issue 17: next steps name the plan's steps with [words](plan:step-id) in the content.
    const competitive = {
      jurisdiction: 'england',
      'authority-type': 'other-public-body',
      approach: 'transfer-asset',
      'asset-service-obligations': 'yes',
      'contracting-authority': 'yes',
      'existing-procurement': 'no',
      'provider-relationship': 'other',
      'service-category': 'standard',
      'threshold-class': 'sub-central',
      'contract-value': 300000,
      concession: 'no',
      innovation: 'no',
      'single-provider': 'no',
      'use-framework': 'no',
      'extreme-urgency': 'no',
      'supported-employment-reservation': 'no',
      'relationship-model': 'conventional',
    }
    const outcome = run(JSON.stringify({ answers: competitive }))
    if (!outcome.ok) throw new Error(outcome.errors.join('\n'))
    const steps = (outcome.output as { nextSteps: string[] }).nextSteps
    const linked = evaluate(competitive, { today }).nextSteps
    expect(linked.some((s) => s.includes('](plan:'))).toBe(true)
    expect(steps.length).toBe(linked.length)
    for (const step of steps) expect(step).not.toMatch(/\]\(plan:/)
  })

  it('prints an array of Results in input order', () => {
    const outcome = run(
      JSON.stringify([
        { answers: lightTouch },
        { answers: { jurisdiction: 'scotland' } },
        { answers: { ...lightTouch, 'existing-procurement': 'yes' }, startDate: '2024-05-01' },
      ]),
    )
    if (!outcome.ok) throw new Error(outcome.errors.join('\n'))
    const results = JSON.parse(JSON.stringify(outcome.output))
    expect(results.map((r: { route: string | null }) => r.route)).toEqual([
      'below-threshold',
      null,
      'below-threshold',
    ])
    expect(results[1].next).toBe('authority-type')
    expect(results[2].regime).toBe('pcr-2015')
  })

  const invalid: [string, string, RegExp][] = [
    ['not JSON', '{answers:', /not JSON/],
    ['answers not an object', JSON.stringify({ answers: [1] }), /answers must be an object/],
    [
      'an unknown question id',
      JSON.stringify({ answers: { colour: 'red' } }),
      /"colour" is not a question id/,
    ],
    ['a retired question id', JSON.stringify({ answers: { 'sib-unique': 'yes' } }), /retired/],
    [
      'an option not allowed',
      JSON.stringify({ answers: { jurisdiction: 'mars' } }),
      /jurisdiction must be one of: england/,
    ],
    [
      'a fractional contract value',
      JSON.stringify({ answers: { 'contract-value': 10.5 } }),
      /contract-value must be a whole number/,
    ],
    [
      'a negative contract value',
      JSON.stringify({ answers: { 'contract-value': -1 } }),
      /contract-value must be from 0/,
    ],
    [
      'a contract value over 10^12',
      JSON.stringify({ answers: { 'contract-value': 1e12 + 1 } }),
      /contract-value must be from 0/,
    ],
    [
      'a contract value as text',
      JSON.stringify({ answers: { 'contract-value': '250000' } }),
      /contract-value must be a whole number/,
    ],
    [
      'a malformed date',
      JSON.stringify({ answers: {}, startDate: '1/2/2025' }),
      /startDate must be a real date/,
    ],
    [
      'an impossible date',
      JSON.stringify({ answers: {}, startDate: '2025-02-30' }),
      /startDate must be a real date/,
    ],
    [
      'a date before the ruleset',
      JSON.stringify({ answers: {}, startDate: '2023-12-31' }),
      /before 2024-01-01/,
    ],
    [
      'a late date with existing-procurement yes',
      JSON.stringify({ answers: { 'existing-procurement': 'yes' }, startDate: '2025-02-24' }),
      /existing-procurement is "yes"/,
    ],
    [
      'an early date with existing-procurement no',
      JSON.stringify({ answers: { 'existing-procurement': 'no' }, startDate: '2025-02-23' }),
      /existing-procurement is "no"/,
    ],
    [
      'a call-off begun before 24 February 2025 under a Procurement Act framework',
      JSON.stringify({
        answers: { 'existing-procurement': 'yes', 'framework-regime': 'pa-2023' },
      }),
      /framework-regime is "pa-2023", but existing-procurement is "yes"/,
    ],
  ]
  // Ruleset 2027-01: every new question refuses an option it does not have.
  for (const question of [
    'contracting-authority',
    'user-choice',
    'concession',
    'extreme-urgency',
    'supported-employment-reservation',
    'psr-framework',
    'psr-urgent',
  ]) {
    invalid.push([
      `an option ${question} does not have`,
      JSON.stringify({ answers: { [question]: 'maybe' } }),
      new RegExp(`${question} must be one of: `),
    ])
  }
  invalid.push([
    'outcomes-based on a question that lacks it',
    JSON.stringify({ answers: { 'service-category': 'outcomes-based' } }),
    /service-category must be one of: /,
  ])
  // The changes journey (section 8): figures out of range, not whole, or contradictory.
  const changing = { jurisdiction: 'england', approach: 'change-existing-contract' }
  invalid.push(
    [
      'a negative change value',
      JSON.stringify({ answers: { ...changing, 'mod-change-value': -1 } }),
      /mod-change-value must be from 0 to 1000000000000 pounds/,
    ],
    [
      'an original value of 0',
      JSON.stringify({ answers: { ...changing, 'mod-original-value': 0 } }),
      /mod-original-value must be from 1 to 1000000000000 pounds/,
    ],
    [
      'an earlier changes value over 10^12',
      JSON.stringify({ answers: { ...changing, 'mod-earlier-changes-value': 1e12 + 1 } }),
      /mod-earlier-changes-value must be from 0/,
    ],
    [
      'a fractional extension in months',
      JSON.stringify({ answers: { ...changing, 'mod-extension-months': 2.5 } }),
      /mod-extension-months must be a whole number of months from 0 to 1200/,
    ],
    [
      'an extension beyond 1,200 months',
      JSON.stringify({ answers: { ...changing, 'mod-extension-months': 1201 } }),
      /mod-extension-months must be from 0 to 1200 months/,
    ],
    [
      'an extension on a contract whose longest term is 0 months',
      JSON.stringify({
        answers: { ...changing, 'mod-max-term-months': 0, 'mod-extension-months': 3 },
      }),
      /mod-max-term-months is 0: an extension needs a term to extend/,
    ],
    [
      'an English direct award process for a Welsh contract',
      JSON.stringify({
        answers: {
          ...changing,
          jurisdiction: 'wales',
          'psr-mod-original-process': 'direct-award-a-or-b',
        },
      }),
      /"direct-award-a-or-b" is an English process, but jurisdiction is "wales"/,
    ],
    [
      'a Welsh direct award process for an English contract',
      JSON.stringify({ answers: { ...changing, 'psr-mod-original-process': 'direct-award-1' } }),
      /"direct-award-1" is a Welsh process, but jurisdiction is "england"/,
    ],
  )
  for (const [name, input, message] of invalid) {
    it(`refuses ${name}`, () => {
      const outcome = run(input)
      expect(outcome.ok).toBe(false)
      expect(outcome.ok ? '' : outcome.errors.join('\n')).toMatch(message)
    })
  }

  it('returns a 2026-11 answer set as incomplete, with the new question as next', () => {
    const outcome = run(JSON.stringify({ answers: lightTouch2026 }))
    expect(outcome.ok).toBe(true)
    const result = outcome.ok ? (outcome.output as { status: string; next: string }) : undefined
    expect(result?.status).toBe('incomplete')
    expect(result?.next).toBe('user-choice')
  })

  it('refuses invalid input with exit 2, the problems on stderr and nothing on stdout', () => {
    const { code, stdout, stderr } = runScript(
      JSON.stringify([{ answers: lightTouch }, { answers: { jurisdiction: 'mars' } }]),
    )
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr.split('\n')).toEqual([
      expect.stringMatching(/^\[1\] jurisdiction must be one of: england/),
      '',
    ])
  })

  it('names each bad element of an array by index and evaluates none', () => {
    let evaluated = 0
    const outcome = runScenarios(
      JSON.stringify([
        { answers: lightTouch },
        { answers: { jurisdiction: 'mars' } },
        { answers: 3 },
      ]),
      (s) => {
        evaluated++
        return evaluate(s.answers, { today })
      },
    )
    expect(evaluated).toBe(0)
    expect(outcome.ok).toBe(false)
    const stderr = outcome.ok ? '' : outcome.errors.join('\n')
    expect(stderr).toContain('[1] jurisdiction must be one of')
    expect(stderr).toContain('[2] answers must be an object')
    expect(stderr).not.toContain('[0]')
  })
})
