import { describe, expect, it } from 'vitest'
import { dateFieldsOf, readDateFields } from './date-fields'

const read = (day: string, month: string, year: string) => readDateFields({ day, month, year })

describe('reading a date from its three fields', () => {
  it('reads a real date, padding the day and month', () => {
    expect(read(' 1 ', '4', '2027')).toEqual({ kind: 'date', date: '2027-04-01' })
    expect(read('29', '2', '2028')).toEqual({ kind: 'date', date: '2028-02-29' })
  })

  it('says which fields are missing, and when all are blank', () => {
    expect(read('', '', ' ')).toEqual({ kind: 'empty' })
    expect(read('1', '', '')).toEqual({ kind: 'missing', missing: 'a month and a year' })
    expect(read('', '4', '2027')).toEqual({ kind: 'missing', missing: 'a day' })
  })

  it('refuses a day the calendar does not have, and digits of the wrong length', () => {
    for (const [d, m, y] of [
      ['31', '4', '2027'],
      ['29', '2', '2027'],
      ['1', '13', '2027'],
      ['1', '4', '27'],
      ['001', '4', '2027'],
      ['1a', '4', '2027'],
      ['-1', '4', '2027'],
    ] as const)
      expect(read(d, m, y)).toEqual({ kind: 'not-a-date' })
  })

  it('splits a stored date back into its fields', () => {
    expect(dateFieldsOf('2027-04-01')).toEqual({ day: '1', month: '4', year: '2027' })
    expect(dateFieldsOf(undefined)).toEqual({ day: '', month: '', year: '' })
  })
})
