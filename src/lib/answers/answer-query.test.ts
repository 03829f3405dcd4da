import { describe, expect, it } from 'vitest'
import { answerQuery, MAX_QUERY_LENGTH, parseAnswerQuery } from './answer-query'

describe('answer links', () => {
  it('round-trips answers in question order, with the start date', () => {
    const answers = { approach: 'buy-services', jurisdiction: 'england', 'contract-value': 250000 }
    const query = answerQuery(answers, { startDate: '2025-06-01' })
    expect(query).toBe(
      '?jurisdiction=england&approach=buy-services&contract-value=250000&startDate=2025-06-01&ruleset=2027-01',
    )
    const parsed = parseAnswerQuery(query)
    expect(parsed.answers).toEqual(answers)
    expect(parsed.startDate).toBe('2025-06-01')
    expect(parsed.ruleset).toBe('2027-01')
    expect(parsed.problems).toEqual([])
  })

  it('round-trips the figures of the changes journey as numbers, and refuses bad ones', () => {
    const answers = {
      jurisdiction: 'england',
      approach: 'change-existing-contract',
      'mod-original-value': 2_000_000,
      'mod-earlier-changes-value': 0,
      'mod-change-value': 150_000,
      'mod-max-term-months': 36,
      'mod-extension-months': 3,
    }
    const parsed = parseAnswerQuery(answerQuery(answers))
    expect(parsed.answers).toEqual(answers)
    expect(parsed.problems).toEqual([])
    const bad = parseAnswerQuery(
      '?jurisdiction=england&mod-max-term-months=0&mod-extension-months=2.5&mod-original-value=0',
    )
    expect(bad.problems.map((p) => p.field).sort()).toEqual([
      'mod-extension-months',
      'mod-max-term-months',
      'mod-original-value',
    ])
    expect(bad.answers).toEqual({ jurisdiction: 'england' })
  })

  // Decision model, section 9.
  it('reads a link without a ruleset as made under 2026-11, and refuses an unknown one', () => {
    expect(parseAnswerQuery('?jurisdiction=england').ruleset).toBe('2026-11')
    expect(answerQuery({ jurisdiction: 'england' }, { ruleset: '2026-11' })).toBe(
      '?jurisdiction=england&ruleset=2026-11',
    )
    expect(answerQuery({})).toBe('')
    const unknown = parseAnswerQuery('?jurisdiction=england&ruleset=2099-01')
    expect(unknown.problems.map((p) => p.field)).toEqual(['ruleset'])
  })

  it('takes out a call-off under an Act framework said to have begun before the Act', () => {
    const parsed = parseAnswerQuery(
      '?jurisdiction=england&existing-procurement=yes&use-framework=yes&framework-regime=pa-2023',
    )
    expect(parsed.problems).toEqual([])
    expect(parsed.answers['framework-regime']).toBeUndefined()
    expect(parsed.answers['use-framework']).toBe('yes')
    expect(parsed.conflict?.field).toBe('framework-regime')
    expect(parsed.conflict?.message).toMatch(/before 24 February 2025/)
    const later = parseAnswerQuery(
      '?jurisdiction=england&existing-procurement=no&use-framework=yes&framework-regime=pa-2023',
    )
    expect(later.conflict).toBeUndefined()
    expect(later.answers['framework-regime']).toBe('pa-2023')
  })

  it('keeps the valid part of a bad link and says what was wrong', () => {
    const parsed = parseAnswerQuery(
      '?jurisdiction=england&approach=buy-stuff&colour=red&contract-value=12.5',
    )
    expect(parsed.answers).toEqual({ jurisdiction: 'england' })
    expect(parsed.problems.map((p) => p.field)).toEqual(['approach', 'colour', 'contract-value'])
  })

  it('refuses a repeated parameter, an over-long link and a contradicting start date', () => {
    expect(
      parseAnswerQuery('?jurisdiction=england&jurisdiction=wales').problems[0]?.message,
    ).toMatch(/more than once/)
    expect(
      parseAnswerQuery(`?jurisdiction=${'a'.repeat(MAX_QUERY_LENGTH)}`).problems[0]?.message,
    ).toMatch(/too long/)
    const late = parseAnswerQuery('?existing-procurement=yes&startDate=2025-03-01')
    expect(late.startDate).toBeUndefined()
    expect(late.problems[0]?.field).toBe('startDate')
  })

  it('reads the return marker of a Change link but never treats it as an answer', () => {
    const parsed = parseAnswerQuery('?jurisdiction=wales&return=check')
    expect(parsed.returnTo).toBe('check')
    expect(parsed.answers).toEqual({ jurisdiction: 'wales' })
  })

  it('survives mangled encodings without throwing', () => {
    for (const input of [
      '?%',
      '?jurisdiction=%E0%A4%A',
      '?=&&=',
      '?jurisdiction%3Dengland',
      '??a',
    ]) {
      expect(() => parseAnswerQuery(input)).not.toThrow()
    }
  })
})

describe('links mangled on the way', () => {
  it('reads a link that was encoded twice, and says so', () => {
    const parsed = parseAnswerQuery('?jurisdiction%3Dengland%26authority-type%3Dnhs')
    expect(parsed.answers).toEqual({ jurisdiction: 'england', 'authority-type': 'nhs' })
    expect(parsed.faults).toEqual(['double-encoded'])
  })
  it('names the kind of fault', () => {
    expect(parseAnswerQuery('?colour=red').faults).toEqual(['unknown-question'])
    expect(parseAnswerQuery('?jurisdiction=engl').faults).toEqual(['bad-answer'])
    expect(parseAnswerQuery('?startDate=2023-01-01').faults).toEqual(['start-date'])
  })
})
