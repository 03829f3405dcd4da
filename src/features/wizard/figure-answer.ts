import type { NumberWording } from '@machines/content/questions/mod-values'
import { numberQuestions } from '@machines/questions'
import type { ValueParse } from './contract-value'

type FigureQuestion = Exclude<keyof typeof numberQuestions, 'contract-value'>

/**
 * Reads a figure of the changes journey as people type it: pounds as 250000, £250,000 or
 * 250,000.00 (whole pounds only), months as 36. Each refusal names what to type instead,
 * in the question's own words, within the range the decision model gives the question.
 */
export function parseFigure(
  input: string,
  question: FigureQuestion,
  wording: NumberWording,
): ValueParse {
  const { errors, unit } = wording
  const { min, max } = numberQuestions[question]
  const text = input.trim().replace(/\s+/g, '')
  if (text === '') return { ok: false, error: errors.empty }
  if (/^£?-/.test(text)) return { ok: false, error: errors.negative }
  const pattern =
    unit === 'pounds'
      ? /^£?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/
      : /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/
  const match = pattern.exec(text)
  if (!match) return { ok: false, error: errors.notANumber }
  const [, whole = '', fraction] = match
  if (fraction !== undefined && Number(fraction) !== 0) return { ok: false, error: errors.notWhole }
  const digits = whole.replace(/,/g, '')
  if (digits.length > 13 || Number(digits) > max) return { ok: false, error: errors.tooLarge }
  const value = Number(digits)
  if (value < min) return { ok: false, error: errors.tooSmall ?? errors.notANumber }
  return { ok: true, value }
}
