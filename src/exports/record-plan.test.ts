import { describe, expect, it } from 'vitest'
import { buildRecord } from './decision-record'
import { longAnswers, longDraft, longRecord } from './record.examples'
import { parseRecordFile } from './record-file'
import type { RecordPlan } from './record-plan'

// The long record is a light touch contract under the Act (pa-2023).
const good = longRecord()
const plan: RecordPlan = {
  pinned: { 'pa.uk4': '2027-01-04', 'pa.uk6': '2027-03-18' },
  options: { procedure: 'open', voluntaryStandstill: true },
  target: { step: 'pa.entry', date: '2027-04-01' },
}
const withPlan = (value: unknown) => JSON.stringify({ ...good, plan: value })

describe('the plan in a record file', () => {
  it('is written from the draft and read back exactly', () => {
    const record = buildRecord({
      result: good.result,
      answers: longAnswers,
      startDate: undefined,
      draft: { ...longDraft, plan, planRoute: 'light-touch-flexible|open-book|pa-2023' },
      createdAt: good.createdAt,
    })
    expect(record.plan).toEqual(plan)
    const parsed = parseRecordFile(JSON.stringify(record))
    expect(parsed.ok && parsed.record.plan).toEqual(plan)
  })

  it('is left out when it was made for another route, or nothing was set', () => {
    const build = (draft: typeof longDraft) =>
      buildRecord({
        result: good.result,
        answers: longAnswers,
        startDate: undefined,
        draft,
        createdAt: good.createdAt,
      })
    expect(build({ ...longDraft, plan, planRoute: 'grant|subsidy-assessment|pa-2023' }).plan).toBe(
      undefined,
    )
    expect(build({ ...longDraft, plan: { pinned: {} } }).plan).toBeUndefined()
  })

  it('opens a version 1 file, which has no plan', () => {
    const parsed = parseRecordFile(JSON.stringify({ ...good, version: 1 }))
    expect(parsed.ok).toBe(true)
    if (parsed.ok) expect(parsed.record.plan).toBeUndefined()
  })

  const refused: [string, unknown, string][] = [
    [
      'a date that is not a real day',
      { pinned: { 'pa.uk6': '2027-02-30' } },
      'The record’s plan cannot be used: the date for step "pa.uk6" is not a real date (YYYY-MM-DD).',
    ],
    [
      'a date in another form',
      { pinned: { 'pa.uk6': '18/03/2027' } },
      'The record’s plan cannot be used: the date for step "pa.uk6" is not a real date (YYYY-MM-DD).',
    ],
    [
      'a date that is a number',
      { pinned: { 'pa.uk6': 20270318 } },
      'The record’s plan cannot be used: the date for step "pa.uk6" must be a date (YYYY-MM-DD).',
    ],
    [
      'pinned dates that are a list',
      { pinned: ['2027-03-18'] },
      'The record’s plan cannot be used: its pinned dates must be step ids with their dates.',
    ],
    [
      'no pinned dates',
      { options: {} },
      'The record’s plan cannot be used: its pinned dates is missing.',
    ],
    [
      'a step of no library',
      { pinned: { 'pa.uk99': '2027-03-18' } },
      'The record’s plan has a date for "pa.uk99", which is not a step of this plan.',
    ],
    [
      'a step of another regime',
      { pinned: { 'psr.standstill': '2027-03-18' } },
      'The record’s plan has a date for "psr.standstill", which is not a step of this plan.',
    ],
    [
      'a bound, which is never pinned',
      { pinned: { 'pa.uk4#qppn-latest': '2027-03-18' } },
      'The record’s plan has a date for "pa.uk4#qppn-latest", which is not a step of this plan.',
    ],
    [
      'a target on a step of no library',
      { pinned: {}, target: { step: 'entry', date: '2027-04-01' } },
      'The record’s plan works back from "entry", which is not a step of this plan.',
    ],
    [
      'a target with an impossible date',
      { pinned: {}, target: { step: 'pa.entry', date: '2027-04-31' } },
      'The record’s plan cannot be used: the date it works back from is not a real date (YYYY-MM-DD).',
    ],
    [
      'an option outside the closed list',
      { pinned: {}, options: { colour: 'red' } },
      'The record’s plan cannot be used: the option "colour" is not an option of the plan.',
    ],
    [
      'an option value outside its list',
      { pinned: {}, options: { procedure: 'auction' } },
      'The record’s plan cannot be used: the option "procedure" must be one of open, competitive-flexible, restricted, cpn, competitive-dialogue, innovation-partnership.',
    ],
    [
      'a yes-or-no option as text',
      { pinned: {}, options: { urgency: 'yes' } },
      'The record’s plan cannot be used: the option "urgency" must be true or false.',
    ],
    [
      'an amount with pence',
      { pinned: {}, options: { amountGbp: 10.5 } },
      'The record’s plan cannot be used: the option "amountGbp" must be a whole number of pounds.',
    ],
    [
      'a change without its values',
      { pinned: {}, options: { change: { works: false } } },
      'The record’s plan cannot be used: the option "change.V0" is missing.',
    ],
    [
      'an unknown part of a plan',
      { pinned: {}, colour: 'red' },
      'The record’s plan cannot be used: "colour" is not part of a plan.',
    ],
  ]
  for (const [name, value, message] of refused)
    it(`refuses ${name}, saying where and why`, () => {
      expect(parseRecordFile(withPlan(value))).toEqual({ ok: false, message })
    })

  it('refuses a __proto__ step rather than opening the plan without it', () => {
    const content = withPlan({ pinned: { 'pa.uk6': '2027-03-18' } }).replace(
      '"pinned":{',
      '"pinned":{"__proto__":"2027-03-18",',
    )
    expect(parseRecordFile(content)).toEqual({
      ok: false,
      message: 'The record’s plan has a date for "__proto__", which is not a step of this plan.',
    })
  })
})
