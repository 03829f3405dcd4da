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
const answersMutation = fc.record({
  key: fc.oneof(fc.constantFrom(...Object.keys(good.answers)), fc.string({ maxLength: 20 })),
  value: fc.jsonValue(),
})
const files = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.jsonValue().map((v) => JSON.stringify(v) ?? ''),
  mutation.map(({ key, value }) => JSON.stringify({ ...good, [key]: value })),
  answersMutation.map(({ key, value }) =>
    JSON.stringify({ ...good, answers: { ...good.answers, [key]: value } }),
  ),
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
        }
      }),
      { numRuns: 10_000 },
    )
    expect(refused).toBeGreaterThan(5000)
  })
})
