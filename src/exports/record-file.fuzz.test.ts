import { isIsoDate } from '@machines/dates'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { longRecord } from './record.examples'
import { parseRecordFile } from './record-file'

// Saved files get edited by hand. Whatever the file holds, opening it gives a record or
// a message, and never an exception.
const good = longRecord()
const mutation = fc.oneof(
  fc.record({ key: fc.constantFrom(...Object.keys(good)), value: fc.jsonValue() }),
  fc.record({ key: fc.string({ maxLength: 12 }), value: fc.jsonValue() }),
)
// Keys a schema's records drop silently, and dates that look right but are not days.
const objectKeys = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString')
const answersMutation = fc.record({
  key: fc.oneof(
    fc.constantFrom(...Object.keys(good.answers)),
    fc.string({ maxLength: 20 }),
    objectKeys,
  ),
  value: fc.jsonValue(),
})
const notesMutation = fc.record({
  key: fc.oneof(fc.constantFrom('result', 'jurisdiction'), objectKeys),
  value: fc.string({ maxLength: 20 }),
})
const date = fc
  .tuple(
    fc.integer({ min: 0, max: 9999 }),
    fc.integer({ min: 0, max: 99 }),
    fc.integer({ min: 0, max: 99 }),
  )
  .map(
    ([y, m, d]) =>
      `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  )
const files = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.jsonValue().map((v) => JSON.stringify(v) ?? ''),
  mutation.map(({ key, value }) => JSON.stringify({ ...good, [key]: value })),
  answersMutation.map(({ key, value }) =>
    JSON.stringify({ ...good, answers: { ...good.answers, [key]: value } }),
  ),
  notesMutation.map(({ key, value }) =>
    JSON.stringify({ ...good, notes: { ...good.notes, [key]: value } }),
  ),
  date.map((decisionDate) => JSON.stringify({ ...good, decisionDate })),
  fc.nat({ max: 3000 }).map((n) => JSON.stringify(good).slice(0, n)),
)

describe('the saved-file parser, fuzzed', () => {
  it('never throws, and explains every rejection, over 10,000 generated files', () => {
    let refused = 0
    fc.assert(
      fc.property(files, (content) => {
        const parsed = parseRecordFile(content)
        if (!parsed.ok) {
          refused++
          expect(parsed.message.length).toBeGreaterThan(20)
          expect(parsed.message.length).toBeLessThan(1000)
          return
        }
        // Accepted: nothing in the file was silently dropped, and its date is a real day.
        const raw = JSON.parse(content) as { answers: object; notes?: object }
        expect(Object.keys(parsed.record.answers)).toEqual(Object.keys(raw.answers))
        expect(Object.keys(parsed.record.notes ?? {})).toEqual(Object.keys(raw.notes ?? {}))
        if (parsed.record.decisionDate !== undefined) {
          expect(isIsoDate(parsed.record.decisionDate)).toBe(true)
        }
      }),
      { numRuns: 10_000 },
    )
    expect(refused).toBeGreaterThan(5000)
  })
})
