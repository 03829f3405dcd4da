/** What the record's "Amount (£)" detail reads as: whole pounds, or why not. */
export type AmountParse = { ok: true; value: number } | { ok: false; error: string }

/** The id of the record details field "Amount (£)" (record-details-form), for links to it. */
export const RECORD_AMOUNT_ID = 'record-amount'

/** The largest amount a record keeps: well past any grant or transfer, and exact as a number. */
export const MAX_RECORD_AMOUNT = 999_999_999_999

/** The error messages, in the GOV.UK pattern: say what to enter, not what went wrong. */
export const amountErrors = {
  notANumber: 'Enter the amount as a number of pounds, like 12,000',
  pence: 'Enter the amount in whole pounds, without pence',
  negative: 'Enter an amount of £0 or more',
  tooLarge: 'Enter an amount of £999,999,999,999 or less',
} as const

/**
 * Reads the amount of a grant or a transfer as people type it: 12000, 12,000 or £12,000.
 * Whole pounds only; commas must group thousands; ".00" is allowed, other pence are not.
 */
export function parseRecordAmount(input: string): AmountParse {
  const text = input.trim().replace(/\s+/g, '')
  if (/^£?-/.test(text)) return { ok: false, error: amountErrors.negative }
  const match = /^£?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/.exec(text)
  if (!match) return { ok: false, error: amountErrors.notANumber }
  const [, pounds = '', pence] = match
  if (pence !== undefined && Number(pence) !== 0) return { ok: false, error: amountErrors.pence }
  const value = Number(pounds.replace(/,/g, ''))
  if (value > MAX_RECORD_AMOUNT) return { ok: false, error: amountErrors.tooLarge }
  return { ok: true, value }
}
