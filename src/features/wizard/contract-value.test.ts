import { describe, expect, it } from 'vitest'
import { parseContractValue, wholeLifeValue } from './contract-value'

describe('parseContractValue', () => {
  it.each([
    ['250000', 250000],
    ['£250,000', 250000],
    ['250,000.00', 250000],
    [' £1,234,567 ', 1234567],
    ['0', 0],
    ['£1,000,000,000,000', 1e12],
  ])('accepts %s', (input, value) => {
    expect(parseContractValue(input)).toEqual({ ok: true, value })
  })

  it.each([
    ['', 'Enter the estimated value of the contract'],
    ['   ', 'Enter the estimated value of the contract'],
    ['two hundred thousand', 'Enter the value as a number, like 250000 or £250,000'],
    ['25,00', 'Enter the value as a number, like 250000 or £250,000'],
    ['1e6', 'Enter the value as a number, like 250000 or £250,000'],
    ['-5000', 'The value cannot be negative'],
    ['£-5', 'The value cannot be negative'],
    ['250000.50', 'Enter the value in whole pounds, without pence'],
    ['1000000000001', 'Enter a value of £1,000,000,000,000 or less'],
    ['99999999999999999', 'Enter a value of £1,000,000,000,000 or less'],
  ])('refuses %j with a specific message', (input, error) => {
    expect(parseContractValue(input)).toEqual({ ok: false, error })
  })
})

describe('wholeLifeValue', () => {
  it('multiplies the annual amount by the term and extensions, and adds VAT at 20%', () => {
    expect(wholeLifeValue({ annual: 100000, years: 3, extensionYears: 2, addVat: false })).toBe(
      500000,
    )
    expect(wholeLifeValue({ annual: 100000, years: 3, extensionYears: 2, addVat: true })).toBe(
      600000,
    )
  })
})
