import { contractValueWording } from '@machines/content/wording'
import { contractValueLimits } from '@machines/questions'

export type ValueParse = { ok: true; value: number } | { ok: false; error: string }

const { errors, units } = contractValueWording
const unitPattern = Object.keys(units).join('|')
const valuePattern = new RegExp(`^£?(\\d[\\d,]*)(?:\\.(\\d+))?(${unitPattern})?$`)

/**
 * Reads a contract value as people type it: 250000, £250,000, 250,000.00, 2.4m or £2.4
 * million. Whole pounds only; commas must group thousands; ".00" is allowed, other pence are
 * not. A full stop before three digits ("2.400") could mean thousands, so it is refused
 * rather than guessed. Worked out in digits, not floating point, so 2.3m is exactly 2,300,000.
 */
export function parseContractValue(input: string): ValueParse {
  const text = input.trim().toLowerCase().replace(/\s+/g, '')
  if (text === '') return { ok: false, error: errors.empty }
  if (/^£?-|^-£/.test(text)) return { ok: false, error: errors.negative }
  const match = valuePattern.exec(text)
  if (!match) {
    const twoPoints = /^£?[\d,]*\.[\d,]*\./.test(text)
    return { ok: false, error: twoPoints ? errors.twoPoints : errors.notANumber }
  }
  const [, whole = '', fraction = '', unit] = match
  if (whole.includes(',') && !/^\d{1,3}(?:,\d{3})+$/.test(whole))
    return { ok: false, error: errors.commas }
  const scale = unit ? units[unit as keyof typeof units] : 0
  if (!unit && fraction.length === 3) return { ok: false, error: errors.pointForThousands }
  const kept = fraction.slice(0, scale).padEnd(scale, '0')
  if (/[1-9]/.test(fraction.slice(scale))) return { ok: false, error: errors.pence }
  const digits = `${whole.replace(/,/g, '')}${kept}`.replace(/^0+(?=\d)/, '')
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
