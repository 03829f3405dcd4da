import { questionIds } from '@machines/questions'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseAnswerQuery } from './answer-query'

// Share links travel through mail programs that truncate, re-encode and mangle them.
// Whatever arrives, the parser answers with what it kept and a message per problem.
const realKeys = [...questionIds, 'startDate', 'return']
const key = fc.oneof(fc.constantFrom(...realKeys), fc.string({ maxLength: 30 }))
const value = fc.oneof(
  fc.constantFrom(
    'england',
    'yes',
    'no',
    'not-sure',
    'buy-services',
    '250000',
    '2025-06-01',
    'check',
  ),
  fc.string({ maxLength: 40 }),
  fc.integer().map(String),
)
const query = fc
  .array(fc.tuple(key, value), { maxLength: 20 })
  .map((pairs) =>
    pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&'),
  )
const mangled = fc.oneof(
  query,
  query.map((q) => encodeURIComponent(q)),
  query.chain((q) => fc.nat({ max: q.length }).map((n) => q.slice(0, n))),
  fc.string({ maxLength: 200 }),
  fc.string({ maxLength: 5000, unit: 'binary' }),
)

describe('the link parser, fuzzed', () => {
  it('never throws, and explains every rejection, over 10,000 generated links', () => {
    let rejected = 0
    fc.assert(
      fc.property(mangled, (input) => {
        const parsed = parseAnswerQuery(`?${input}`)
        for (const problem of parsed.problems) {
          expect(problem.message.length).toBeGreaterThan(10)
        }
        if (parsed.problems.length > 0) {
          rejected++
          expect(parsed.faults.length).toBeGreaterThan(0)
        }
        // Whatever was kept is valid for its question.
        for (const id of Object.keys(parsed.answers)) expect(questionIds).toContain(id)
      }),
      { numRuns: 10_000 },
    )
    expect(rejected).toBeGreaterThan(1000)
  })
})
