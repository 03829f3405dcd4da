/**
 * Web storage that never throws and never loses what it holds: reads and writes report
 * what happened instead, and a value that cannot be read is set aside, not overwritten.
 */

/** The key a value that could not be read is copied to before its own key is reused. */
export const unreadableKey = (key: string) => `${key}.unreadable`

export type ReadOutcome =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  /** The browser refuses storage (disabled, or a sandbox). */
  | { kind: 'unavailable' }

export type WriteOutcome = 'ok' | 'full' | 'unavailable'

export function readText(area: () => Storage, key: string): ReadOutcome {
  try {
    const text = area().getItem(key)
    return text === null ? { kind: 'empty' } : { kind: 'text', text }
  } catch {
    return { kind: 'unavailable' }
  }
}

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  )
}

export function writeText(area: () => Storage, key: string, text: string): WriteOutcome {
  try {
    area().setItem(key, text)
    return 'ok'
  } catch (error) {
    return isQuotaError(error) ? 'full' : 'unavailable'
  }
}

/**
 * Copies a value that could not be read to its `.unreadable` key, so its own key can be
 * written again. False when it could not be copied (storage full, or that key already
 * holds something else): then the caller must leave the original alone.
 */
export function keepAside(area: () => Storage, key: string, text: string): boolean {
  const aside = unreadableKey(key)
  const existing = readText(area, aside)
  if (existing.kind === 'text') return existing.text === text
  if (existing.kind === 'unavailable') return false
  return writeText(area, aside, text) === 'ok'
}

/** JSON.parse that reports failure as undefined. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}
