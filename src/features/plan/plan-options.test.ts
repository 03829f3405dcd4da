import type { OptionQuestion } from '@machines/plan/relevant-options'
import { describe, expect, it } from 'vitest'
import { readOptions, withRadios } from './plan-options'

const questions: OptionQuestion[] = [
  {
    name: 'procedure',
    kind: 'enum',
    values: ['open', 'competitive-flexible'],
    value: 'open',
    byDefault: 'open',
  },
  { name: 'urgency', kind: 'boolean', value: false, byDefault: false },
  { name: 'amountGbp', kind: 'pounds', value: undefined },
]
const change = { V0: 1, Ve: 0, Vc: 0, maxTermMonths: 12, extensionMonths: 0, works: false }

describe('withRadios', () => {
  it('lays the radios as chosen over what is saved, leaving the amount as saved', () => {
    expect(
      withRadios({ amountGbp: 5 }, { urgency: 'true', procedure: 'restricted', amountGbp: '9' }),
    ).toEqual({ amountGbp: 5, urgency: true, procedure: 'restricted' })
  })
})

describe('readOptions', () => {
  it('keeps a value that is not the default and drops one that is', () => {
    expect(
      readOptions({ urgency: true }, questions, {
        procedure: 'competitive-flexible',
        urgency: 'false',
      }),
    ).toEqual({ ok: true, options: { procedure: 'competitive-flexible' } })
  })

  it('leaves untouched answers and options not asked, such as the changes journey’s, as saved', () => {
    expect(readOptions({ change, openSpace: true }, questions, {})).toEqual({
      ok: true,
      options: { change, openSpace: true },
    })
  })

  it('reads the amount in whole pounds; a blank field drops it', () => {
    expect(readOptions({}, questions, { amountGbp: '£12,000' })).toEqual({
      ok: true,
      options: { amountGbp: 12000 },
    })
    expect(readOptions({ amountGbp: 7 }, questions, { amountGbp: ' ' })).toEqual({
      ok: true,
      options: {},
    })
  })

  it('says what to enter when the amount is not whole pounds', () => {
    expect(readOptions({}, questions, { amountGbp: 'lots' })).toEqual({
      ok: false,
      error: 'Enter the amount as a number of pounds, like 12,000',
    })
  })
})
