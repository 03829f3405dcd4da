import { evaluate } from '@machines/evaluate'
import { describe, expect, it } from 'vitest'
import { buildRecord } from './decision-record'
import { grantAnswers, longDraft, longRecord } from './record.examples'
import { parseRecordFile } from './record-file'

const good = longRecord()
const json = (value: unknown) => JSON.stringify(value)
const withChange = (change: Record<string, unknown>) => json({ ...good, ...change })

function grantInput(details: { amount: string; recipient: string }) {
  const result = evaluate(grantAnswers, { today: '2026-11-25' })
  return {
    result,
    answers: grantAnswers,
    startDate: undefined,
    draft: { ...longDraft, ...details },
    createdAt: '2026-11-25T10:00:00.000Z',
  }
}
const grantRecord = (details: { amount: string; recipient: string }) =>
  buildRecord(grantInput(details))

describe('opening a saved record', () => {
  it('accepts a record it wrote', () => {
    const parsed = parseRecordFile(json(good))
    expect(parsed.ok).toBe(true)
    if (parsed.ok) expect(parsed.record.answers).toEqual(good.answers)
  })

  it('writes version 2 and reads back its amount and recipient', () => {
    const record = grantRecord({ amount: '£12,000', recipient: 'Riverside Food Bank' })
    expect(record.version).toBe(2)
    expect(record.amount).toBe(12000)
    expect(record.recipient).toBe('Riverside Food Bank')
    const parsed = parseRecordFile(json(record))
    expect(parsed.ok && parsed.record).toEqual(record)
  })

  it('still opens a version 1 file, which has no amount or recipient', () => {
    const { amount: _a, recipient: _r, ...v1 } = grantRecord({ amount: '12000', recipient: 'X' })
    const parsed = parseRecordFile(json({ ...v1, version: 1 }))
    expect(parsed.ok).toBe(true)
    if (parsed.ok) {
      expect(parsed.record.version).toBe(1)
      expect(parsed.record.amount).toBeUndefined()
      expect(parsed.record.title).toBe(good.title)
    }
  })

  it('keeps amount and recipient only for a grant or an asset transfer', () => {
    const record = buildRecord({
      ...grantInput({ amount: '12000', recipient: 'X' }),
      result: good.result,
      answers: good.answers,
    })
    expect(good.result.route).not.toBe('grant')
    expect(record.amount).toBeUndefined()
    expect(record.recipient).toBeUndefined()
  })

  it('leaves out an amount that is not whole pounds, as the form says', () => {
    expect(grantRecord({ amount: '12.5', recipient: 'X' }).amount).toBeUndefined()
  })

  const malformed: [string, string, RegExp][] = [
    ['empty file', '', /not valid JSON/],
    ['not JSON', 'hello', /not valid JSON/],
    ['truncated JSON', json(good).slice(0, 200), /not valid JSON/],
    ['JSON null', 'null', /record object/],
    ['a number', '42', /record object/],
    ['an array', '[]', /record object/],
    ['a string', '"route-finder-record"', /record object/],
    ['another format', withChange({ format: 'something-else' }), /another format/],
    ['no format', json({ ...good, format: undefined }), /another format/],
    [
      'a future version',
      withChange({ version: 3 }),
      /newer version of Route Finder \(record version 3\)/,
    ],
    ['an amount with pence', withChange({ amount: 12.5 }), /not allowed in "amount"/],
    ['an amount as text', withChange({ amount: '12,000' }), /not allowed in "amount"/],
    ['a negative amount', withChange({ amount: -1 }), /not allowed in "amount"/],
    ['a recipient that is a number', withChange({ recipient: 7 }), /not allowed in "recipient"/],
    ['version as text', withChange({ version: '1' }), /not allowed in "version"/],
    ['answers missing', json({ ...good, answers: undefined }), /not allowed in "answers"/],
    ['answers as an array', withChange({ answers: ['england'] }), /answers/],
    [
      'an unknown question id',
      withChange({ answers: { ...good.answers, colour: 'red' } }),
      /"colour" is not a question id/,
    ],
    [
      'a retired question id',
      withChange({ answers: { ...good.answers, 'sib-unique': 'yes' } }),
      /retired/,
    ],
    [
      'an unknown option',
      withChange({ answers: { ...good.answers, jurisdiction: 'mars' } }),
      /jurisdiction must be one of/,
    ],
    [
      'a fractional value',
      withChange({ answers: { ...good.answers, 'contract-value': 1.5 } }),
      /whole number/,
    ],
    [
      'a negative value',
      withChange({ answers: { ...good.answers, 'contract-value': -5 } }),
      /from 0/,
    ],
    [
      'an answer that is an object',
      withChange({ answers: { jurisdiction: { a: 1 } } }),
      /not allowed in "answers/,
    ],
    [
      'an impossible start date',
      withChange({ startDate: '2025-02-30' }),
      /startDate must be a real date/,
    ],
    [
      'a contradicting start date',
      withChange({ startDate: '2024-06-01' }),
      /existing-procurement is "no"/,
    ],
    ['a bad created date', withChange({ createdAt: 'yesterday' }), /not allowed in "createdAt"/],
    [
      'a bad decision date',
      withChange({ decisionDate: '20/11/2026' }),
      /not allowed in "decisionDate"/,
    ],
    [
      'an impossible decision date',
      withChange({ decisionDate: '2026-02-31' }),
      /not allowed in "decisionDate"/,
    ],
    ['a decision date out of range', withChange({ decisionDate: '9999-99-99' }), /decisionDate/],
    [
      'a __proto__ answer',
      json(good).replace('"answers":{', '"answers":{"__proto__":"england",'),
      /"__proto__" is not a question/,
    ],
    [
      'a constructor answer',
      json(good).replace('"answers":{', '"answers":{"constructor":"x",'),
      /"constructor" is not a question/,
    ],
    [
      'a prototype note',
      json(good).replace('"notes":{', '"notes":{"prototype":"x",'),
      /note for "prototype"/,
    ],
    ['a title that is a number', withChange({ title: 7 }), /not allowed in "title"/],
    ['a huge note', withChange({ notes: { result: 'x'.repeat(20_000) } }), /not allowed in "notes/],
    ['a note for an unknown key', withChange({ notes: { colour: 'red' } }), /not a question/],
    ['no result snapshot', json({ ...good, result: undefined }), /not allowed in "result"/],
    ['a file over 1 MB', json({ ...good, padding: 'x'.repeat(1_100_000) }), /larger than 1 MB/],
  ]
  it('names the first few problems of a huge file and counts the rest', () => {
    const answers = { ...good.answers }
    for (let i = 0; i < 20_000; i++) Object.assign(answers, { [`unknown-${i}`]: 'x' })
    const parsed = parseRecordFile(withChange({ answers }))
    expect(parsed.ok).toBe(false)
    if (parsed.ok) return
    expect(parsed.message).toMatch(/; and 19,997 more\.$/)
    expect(parsed.message.length).toBeLessThan(500)
  })

  for (const [name, content, message] of malformed) {
    it(`refuses ${name} with a message`, () => {
      const parsed = parseRecordFile(content)
      expect(parsed.ok).toBe(false)
      if (!parsed.ok) expect(parsed.message).toMatch(message)
    })
  }
})
