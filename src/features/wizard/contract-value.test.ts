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
    ['2.4m', 2_400_000],
    ['£2.4 million', 2_400_000],
    ['2,400,000', 2_400_000],
    ['2.4M', 2_400_000],
    ['£2.3m', 2_300_000],
    ['0.5m', 500_000],
    ['750k', 750_000],
    ['£1.25 thousand', 1250],
    ['1bn', 1e9],
    ['£1,500 million', 1_500_000_000],
    ['2.456789m', 2_456_789],
  ])('accepts %s', (input, value) => {
    expect(parseContractValue(input)).toEqual({ ok: true, value })
  })

  it.each([
    ['', 'Enter the estimated value of the contract'],
    ['   ', 'Enter the estimated value of the contract'],
    ['two hundred thousand', 'Enter the value as a number, like 250000, £250,000 or £2.4 million'],
    ['abc', 'Enter the value as a number, like 250000, £250,000 or £2.4 million'],
    ['1e6', 'Enter the value as a number, like 250000, £250,000 or £2.4 million'],
    ['m', 'Enter the value as a number, like 250000, £250,000 or £2.4 million'],
    ['2.4x', 'Enter the value as a number, like 250000, £250,000 or £2.4 million'],
    ['2.4.1', 'Enter the value with one decimal point at most, like 2.4m'],
    ['2.4.1m', 'Enter the value with one decimal point at most, like 2.4m'],
    ['25,00', 'Use commas only to separate thousands, like 2,400,000'],
    ['2,4m', 'Use commas only to separate thousands, like 2,400,000'],
    ['2.400', 'Use commas, not full stops, to separate thousands, like 2,400,000'],
    ['-5', 'The value cannot be negative'],
    ['-5000', 'The value cannot be negative'],
    ['-£2.4m', 'The value cannot be negative'],
    ['2.4567891m', 'Enter the value in whole pounds, without pence'],
    ['1.5', 'Enter the value in whole pounds, without pence'],
    ['1001bn', 'Enter a value of £1,000,000,000,000 or less'],
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
