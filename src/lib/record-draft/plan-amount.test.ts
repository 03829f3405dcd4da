import { describe, expect, it } from 'vitest'
import { amountIsSubsidy, planOptionsWithAmount, recordAmountOf } from './plan-amount'

describe('planOptionsWithAmount', () => {
  it('on a grant, takes the amount from the record', () => {
    expect(planOptionsWithAmount({ subsidy: 'mfa' }, 'grant', 150_000)).toEqual({
      subsidy: 'mfa',
      amountGbp: 150_000,
    })
  })

  it('on a grant, ignores an amount kept in the plan options by an older draft', () => {
    expect(planOptionsWithAmount({ amountGbp: 5, urgency: true }, 'grant', 200_000)).toEqual({
      amountGbp: 200_000,
      urgency: true,
    })
    expect(planOptionsWithAmount({ amountGbp: 5 }, 'grant', undefined)).toEqual({})
  })

  it('leaves an asset transfer’s own amount alone, as the same object', () => {
    const options = { amountGbp: 40_000 }
    expect(planOptionsWithAmount(options, 'community-asset-transfer', 900_000)).toBe(options)
    expect(planOptionsWithAmount(undefined, 'competitive-procedure', 10)).toBeUndefined()
  })

  it('only a grant’s amount is its subsidy', () => {
    expect(amountIsSubsidy('grant')).toBe(true)
    expect(amountIsSubsidy('community-asset-transfer')).toBe(false)
    expect(amountIsSubsidy(null)).toBe(false)
  })
})

describe('recordAmountOf', () => {
  it('reads the amount as typed in whole pounds, and nothing from a blank or a bad amount', () => {
    expect(recordAmountOf('£150,000')).toBe(150_000)
    expect(recordAmountOf('  ')).toBeUndefined()
    expect(recordAmountOf(undefined)).toBeUndefined()
    expect(recordAmountOf('12.50')).toBeUndefined()
  })
})
