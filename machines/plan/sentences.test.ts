import { describe, expect, it } from 'vitest'
import { asSentence, asSentences } from './sentences'

describe('warnings as sentences', () => {
  it('capitalises, writes dates out and ends with a full stop', () => {
    expect(asSentence('as soon as reasonably practicable after 2027-03-01')).toBe(
      'As soon as reasonably practicable after 1 March 2027.',
    )
    expect(asSentence('not a working day: next working day 2024-12-30')).toBe(
      'Not a working day: next working day 30 December 2024.',
    )
  })

  it('leaves a finished sentence, a figure or a quotation as it starts', () => {
    expect(asSentence('No statutory minimum: set a reasonable period.')).toBe(
      'No statutory minimum: set a reasonable period.',
    )
    expect(asSentence('25 days: electronic tenders')).toBe('25 days: electronic tenders.')
    expect(asSentence('“Tender notice” first')).toBe('“Tender notice” first.')
    expect(asSentence('“tender notice” first')).toBe('“Tender notice” first.')
  })

  it('says each warning once, also when two differ only in form', () => {
    expect(asSentences(['within 30 days', 'Within 30 days.', 'other'])).toEqual([
      'Within 30 days.',
      'Other.',
    ])
  })
})
