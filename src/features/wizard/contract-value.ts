import { contractValueWording } from '@machines/content/wording'
import { contractValueLimits } from '@machines/questions'

export type ValueParse = { ok: true; value: number } | { ok: false; error: string }

const errors = contractValueWording.errors

/**
 * Reads a contract value as people type it: 250000, £250,000 or 250,000.00. Whole pounds
 * only; commas must group thousands; ".00" is allowed, other pence are not.
 */
export function parseContractValue(input: string): ValueParse {
  const text = input.trim().replace(/\s+/g, '')
  if (text === '') return { ok: false, error: errors.empty }
  if (/^-/.test(text) || /^£-/.test(text)) return { ok: false, error: errors.negative }
  const match = /^£?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/.exec(text)
  if (!match) return { ok: false, error: errors.notANumber }
  const [, pounds = '', pence] = match
  if (pence !== undefined && Number(pence) !== 0) return { ok: false, error: errors.pence }
  const digits = pounds.replace(/,/g, '')
  if (digits.length > 13 || Number(digits) > contractValueLimits.max)
    return { ok: false, error: errors.tooLarge }
  return { ok: true, value: Number(digits) }
}

/** The whole-life value from an annual amount, a term and extensions, optionally adding VAT. */
export function wholeLifeValue(input: {
  annual: number
  years: number
  extensionYears: number
  addVat: boolean
}): number {
  const net = input.annual * (input.years + input.extensionYears)
  return Math.round(input.addVat ? net * (1 + VAT_RATE) : net)
}

/** The standard rate of VAT. */
export const VAT_RATE = 0.2
