import { describe, expect, it } from 'vitest'
import { amountErrors, parseRecordAmount } from './record-amount'

describe('parseRecordAmount', () => {
  it.each([
    ['12000', 12000],
    ['12,000', 12000],
    ['£12,000', 12000],
    [' £ 12,000 ', 12000],
    ['12,000.00', 12000],
    ['0', 0],
    ['999,999,999,999', 999_999_999_999],
  ])('accepts %s as £%d', (input, value) => {
    expect(parseRecordAmount(input)).toEqual({ ok: true, value })
  })

  it.each([
    ['12.5', amountErrors.pence],
    ['12,000.50', amountErrors.pence],
    ['abc', amountErrors.notANumber],
    ['12k', amountErrors.notANumber],
    ['1,20,000', amountErrors.notANumber],
    ['', amountErrors.notANumber],
    ['-5', amountErrors.negative],
    ['£-5', amountErrors.negative],
    ['1,000,000,000,000', amountErrors.tooLarge],
  ])('refuses %j with a message that says what to enter', (input, error) => {
    expect(parseRecordAmount(input)).toEqual({ ok: false, error })
  })
})
