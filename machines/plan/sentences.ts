/**
 * The engine's warnings as people read them. The engine's strings are the runner's public
 * output (plan-model.md section 2.1) and stay as they are; whatever shows them to a person (the
 * plan section, the calendar file) makes each a sentence, with dates written out, once.
 */
import { formatDate } from '../content/date'

const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/g

/** One warning as a sentence: a capital first letter, dates as "1 March 2027", a full stop. */
export function asSentence(text: string): string {
  const dated = text.trim().replace(ISO_DATE, (iso) => formatDate(iso))
  const capital = dated.replace(
    /^([^A-Za-z0-9]*)([a-z])/,
    (_, lead: string, first: string) => `${lead}${first.toUpperCase()}`,
  )
  return /[.!?]$/.test(capital) ? capital : `${capital}.`
}

/** Each warning as a sentence, each said once. */
export function asSentences(texts: readonly string[]): string[] {
  return [...new Set(texts.map(asSentence))]
}
