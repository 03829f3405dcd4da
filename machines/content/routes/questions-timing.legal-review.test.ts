import { describe, expect, it } from 'vitest'
import type { Answers } from '../../answers'
import type { Result } from '../../result'
import { runScenarios } from '../../runner'
import { evaluate2026Answers as evaluate } from '../../testing/answers-2026-11'
import { questionHint, questionHintText } from '../wording'

/**
 * Legal reviews of December 2026 (A: M5, I14, I15, U2; B: #19, #28, #29, #30) and issue 14
 * ("questions real facts could not answer"): the runner's refusal, the reasons and notes of a
 * result, and the hints, each driven through the public entry points.
 */

const today = '2026-12-02'

/** An English council calling off a light touch framework (above the light touch threshold). */
const callOff: Answers = {
  jurisdiction: 'england',
  'authority-type': 'local-authority',
  approach: 'buy-services',
  'existing-procurement': 'no',
  'health-care': 'no',
  'provider-relationship': 'other',
  'service-category': 'light-touch',
  'contract-value': 1_000_000,
  innovation: 'no',
  'single-provider': 'no',
  'use-framework': 'yes',
  'framework-regime': 'pa-2023',
}

/** An English NHS body awarding health care by direct award process A. */
const psrEngland: Answers = {
  jurisdiction: 'england',
  'authority-type': 'nhs',
  approach: 'buy-services',
  'existing-procurement': 'yes',
  'health-care': 'yes',
  'psr-existing-only': 'yes',
}

/** An English council buying standard services below the threshold. */
const belowThreshold: Answers = {
  jurisdiction: 'england',
  'authority-type': 'local-authority',
  approach: 'buy-services',
  'existing-procurement': 'yes',
  'health-care': 'no',
  'provider-relationship': 'other',
  'service-category': 'standard',
  'contract-value': 50_000,
}

const reason = (r: Result, q: string) => r.rationale.find((e) => e.question === q)?.reason ?? ''
const evaluateRun = (text: string) =>
  runScenarios(text, (s) => evaluate(s.answers, { startDate: s.startDate, today }))

describe('A-M5: a call-off under a Procurement Act framework cannot have begun before the Act', () => {
  it('the runner refuses existing-procurement "yes" with framework-regime "pa-2023"', () => {
    const outcome = evaluateRun(
      JSON.stringify({ answers: { ...callOff, 'existing-procurement': 'yes' } }),
    )
    expect(outcome.ok).toBe(false)
    if (outcome.ok) return
    expect(outcome.errors).toEqual([
      expect.stringMatching(
        /^framework-regime is "pa-2023", but existing-procurement is "yes".*before 24 February 2025/,
      ),
    ])
  })

  it('the runner refuses a start date before 2025-02-24 with framework-regime "pa-2023"', () => {
    const scotland: Answers = { ...callOff, jurisdiction: 'scotland' }
    delete scotland['existing-procurement']
    const outcome = evaluateRun(JSON.stringify({ answers: scotland, startDate: '2025-02-23' }))
    expect(outcome.ok).toBe(false)
    if (!outcome.ok) expect(outcome.errors[0]).toMatch(/startDate is before 2025-02-24/)
  })

  it('names the element of an array by its index, and refuses the whole run', () => {
    const outcome = evaluateRun(
      JSON.stringify([
        { answers: callOff },
        { answers: { ...callOff, 'existing-procurement': 'yes' } },
      ]),
    )
    expect(outcome.ok).toBe(false)
    if (outcome.ok) return
    expect(outcome.errors).toHaveLength(1)
    expect(outcome.errors[0]).toMatch(/^\[1\] framework-regime is "pa-2023"/)
  })

  it('still runs a call-off under the Act begun on or after 24 February 2025', () => {
    const outcome = evaluateRun(JSON.stringify({ answers: callOff, startDate: '2025-02-24' }))
    expect(outcome.ok).toBe(true)
    if (outcome.ok) expect((outcome.output as Result).route).toBe('framework-call-off')
  })

  it('a result reached with both answers (wizard, saved record) does not claim both', () => {
    const r = evaluate({ ...callOff, 'existing-procurement': 'yes' }, { today })
    expect(r.route).toBe('framework-call-off')
    expect(r.regime).toBe('pa-2023')
    const reasons = r.rationale.map((e) => e.reason).join(' ')
    // The old text said the 2015 Regulations still govern it, then that the Act governs it.
    expect(reasons).not.toContain('the Public Contracts Regulations 2015 still govern it')
    expect(reason(r, 'existing-procurement')).toMatch(/check this answer/)
    expect(reason(r, 'framework-regime')).toMatch(/No such framework existed before 24 February/)
    expect(r.notes.join(' ')).toMatch(/Your answers conflict/)
  })

  it('the reasons of a consistent call-off are unchanged', () => {
    const r = evaluate(callOff, { today })
    expect(reason(r, 'existing-procurement')).toBe(
      'Your procurement starts on or after 24 February 2025, so the Procurement Act 2023 applies.',
    )
    expect(reason(r, 'framework-regime')).toMatch(/^The framework was set up under the Procurement/)
    expect(r.notes.join(' ')).not.toMatch(/conflict/)
  })
})

describe('B-#19: on a Provider Selection Regime path the start date does not choose the rules', () => {
  it('England, started before 24 February 2025: no claim that the 2015 Regulations govern it', () => {
    const r = evaluate(psrEngland, { today })
    expect(r.regime).toBe('psr-2023')
    const text = reason(r, 'existing-procurement')
    expect(text).not.toMatch(/Public Contracts Regulations 2015 still govern/)
    expect(text).toMatch(/Provider Selection Regime has governed since 1 January 2024/)
  })

  it('England, started on or after 24 February 2025: no claim that the Act applies', () => {
    const r = evaluate({ ...psrEngland, 'existing-procurement': 'no' }, { today })
    expect(reason(r, 'existing-procurement')).not.toMatch(/so the Procurement Act 2023 applies/)
  })

  it('Wales: the Welsh regime, not the Act', () => {
    const r = evaluate(
      { ...psrEngland, jurisdiction: 'wales', 'existing-procurement': 'no' },
      {
        today,
      },
    )
    expect(r.regime).toBe('psr-wales-2025')
    expect(reason(r, 'existing-procurement')).toMatch(/Welsh Provider Selection Regime/)
  })

  it('off the health care branch the reason stays as it was', () => {
    const r = evaluate(belowThreshold, { today })
    expect(reason(r, 'existing-procurement')).toBe(
      'Your procurement started before 24 February 2025, so the Public Contracts Regulations 2015 still govern it.',
    )
  })
})

describe('B-#29: the note on health care before 2024 shows on English health care paths only', () => {
  const healthNote = 'Before then, the 2015 Regulations also applied to health care in England.'

  it('not on a general procurement result', () => {
    const notes = evaluate(belowThreshold, { today }).notes
    expect(notes).toContain(
      'This result assumes the procurement began on or after 1 January 2024, the start of this ruleset.',
    )
    expect(notes.join(' ')).not.toContain(healthNote)
  })

  it('not for a reserved body in Scotland', () => {
    const r = evaluate(
      {
        ...belowThreshold,
        jurisdiction: 'scotland',
        'authority-type': 'central-government',
        'scotland-body': 'reserved',
      },
      { today },
    )
    expect(r.notes.join(' ')).not.toContain(healthNote)
  })

  it('on an English Provider Selection Regime result', () => {
    expect(evaluate(psrEngland, { today }).notes.join(' ')).toContain(healthNote)
  })
})

describe('a health body outside England and Wales is not told the health care rules may apply', () => {
  it('Northern Ireland', () => {
    const r = evaluate(
      {
        ...belowThreshold,
        jurisdiction: 'northern-ireland',
        'authority-type': 'nhs',
        'threshold-class': 'central',
      },
      {
        today,
      },
    )
    expect(reason(r, 'authority-type')).toMatch(/only in England and Wales/)
  })
})

describe('hints (review A I14, I15, U2; review B #28, #30; issue 14)', () => {
  const hint = (id: Parameters<typeof questionHint>[0], regime = 'pa-2023' as const) =>
    questionHint(id, { regime, sib: false, userChoice: false })

  it('I14: a reserved contract under reg 77 is only for the listed services', () => {
    const text = questionHintText('mutual-conditions', {
      regime: 'pcr-2015',
      sib: false,
      userChoice: false,
    })
    expect(text).toMatch(/only for services with the codes listed in regulation 77\(2\)/)
    expect(text).not.toMatch(/have one of the codes/)
  })

  it('I15: dynamic markets replaced dynamic purchasing systems, not renamed them', () => {
    expect(hint('use-framework')).not.toMatch(/were called/)
    expect(hint('use-framework')).toMatch(/replaced dynamic purchasing systems/)
  })

  it('U2: "started" means a saving event of SI 2024/716 reg 5', () => {
    const text = hint('existing-procurement')
    expect(text).not.toMatch(/invited suppliers to take part/)
    for (const event of [
      'contract notice',
      'Contracts Finder',
      'voluntary transparency (VEAT) notice',
      'negotiated procedure without prior publication',
      'awarded the contract',
    ]) {
      expect(text).toContain(event)
    }
    expect(text).toMatch(/prior information notice .* does not count/)
    expect(text).toMatch(/check with your procurement or legal team/)
  })

  it('#28: a devolved Scottish body is sent to the Scottish regulations for its class', () => {
    const text = questionHint('threshold-class', {
      regime: 'pcr-scotland-2015',
      sib: false,
      userChoice: false,
    })
    expect(text).toMatch(/Public Contracts \(Scotland\) Regulations 2015/)
    expect(text).not.toMatch(/Procurement Regulations 2024|NHS trusts/)
  })

  it('#30: subsidy control looks at the activity funded (s.7(2))', () => {
    expect(hint('economic-activity')).toMatch(/activity the grant pays for/)
    expect(hint('economic-activity')).toMatch(/section 7\(2\)/)
  })

  it('issue 14: health care, value, Northern Ireland trusts and Social Impact Bonds', () => {
    expect(hint('health-care')).toMatch(/main subject matter/)
    expect(hint('health-care')).not.toMatch(/most of its value/)
    expect(hint('contract-value')).toMatch(/value of the call-off, not of the whole framework/)
    expect(hint('contract-value')).toMatch(/Add up separate placements/)
    expect(hint('contract-value')).toMatch(/cap on outcome payments/)
    expect(hint('sib-initiator')).toMatch(/central outcomes fund/)
    expect(hint('sib-authority-pays')).not.toMatch(/small share of costs/)
    expect(hint('sib-authority-pays')).toMatch(/in return for the provider delivering services/)
  })
})
