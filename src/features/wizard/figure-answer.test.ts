import { numberWording } from '@machines/content/wording'
import { describe, expect, it } from 'vitest'
import { parseFigure } from './figure-answer'

const pounds = (text: string) =>
  parseFigure(text, 'mod-change-value', numberWording['mod-change-value'])
const original = (text: string) =>
  parseFigure(text, 'mod-original-value', numberWording['mod-original-value'])
const term = (text: string) =>
  parseFigure(text, 'mod-max-term-months', numberWording['mod-max-term-months'])
const extension = (text: string) =>
  parseFigure(text, 'mod-extension-months', numberWording['mod-extension-months'])

describe('a figure of the changes journey', () => {
  it('reads pounds as people type them', () => {
    expect(pounds('£150,000')).toEqual({ ok: true, value: 150_000 })
    expect(pounds('150000.00')).toEqual({ ok: true, value: 150_000 })
    expect(pounds(' 0 ')).toEqual({ ok: true, value: 0 })
  })
  it('refuses an empty box, a negative figure, pence and words, each in its own words', () => {
    expect(pounds('')).toEqual({ ok: false, error: 'Enter how much this change adds, or 0' })
    expect(pounds('-5')).toEqual({ ok: false, error: 'The amount cannot be negative' })
    expect(pounds('£10.50')).toEqual({
      ok: false,
      error: 'Enter the amount in whole pounds, without pence',
    })
    expect(pounds('lots')).toMatchObject({ ok: false, error: expect.stringMatching(/as a number/) })
  })
  it('keeps to the range of section 8.2: up to £1,000,000,000,000, and at least £1 at award', () => {
    expect(pounds('1000000000000')).toEqual({ ok: true, value: 1_000_000_000_000 })
    expect(pounds('1000000000001')).toMatchObject({ ok: false })
    expect(original('0')).toEqual({ ok: false, error: 'Enter a value of at least £1' })
    expect(original('1')).toEqual({ ok: true, value: 1 })
  })
  it('reads months as whole numbers from 1 (the term) or 0 (the extension) to 1,200', () => {
    expect(term('36')).toEqual({ ok: true, value: 36 })
    expect(term('0')).toMatchObject({ ok: false, error: expect.stringMatching(/cannot be 0/) })
    expect(term('1201')).toEqual({ ok: false, error: 'Enter a term of 1,200 months or less' })
    expect(extension('0')).toEqual({ ok: true, value: 0 })
    expect(extension('2.5')).toEqual({ ok: false, error: 'Enter the extension in whole months' })
    expect(extension('-1')).toEqual({ ok: false, error: 'The extension cannot be negative' })
    expect(extension('£3')).toMatchObject({ ok: false })
  })
})
