import type { PersistStorage, StorageValue } from 'zustand/middleware'

/** ok: storage works; unavailable: the browser refuses storage; reset: what was stored could not be read. */
export type StorageStatus = 'ok' | 'unavailable' | 'reset'

/** Anything bigger than this was not written by us: it is dropped, not parsed. */
const MAX_STORED_LENGTH = 1_000_000

/**
 * Web storage that never throws: a browser that refuses storage, a full quota or a
 * corrupt value becomes a status the pages can show, and the state in memory carries on.
 */
export function safeStorage<T>(
  area: () => Storage,
  onStatus: (status: StorageStatus) => void,
): PersistStorage<T> {
  return {
    getItem(name) {
      let raw: string | null
      try {
        raw = area().getItem(name)
      } catch {
        onStatus('unavailable')
        return null
      }
      if (raw === null) return null
      try {
        if (raw.length > MAX_STORED_LENGTH) throw new Error('too large')
        const parsed = JSON.parse(raw) as StorageValue<T>
        if (typeof parsed !== 'object' || parsed === null || typeof parsed.version !== 'number') {
          throw new Error('foreign')
        }
        return parsed
      } catch {
        onStatus('reset')
        return null
      }
    },
    setItem(name, value) {
      try {
        area().setItem(name, JSON.stringify(value))
      } catch {
        onStatus('unavailable')
      }
    },
    removeItem(name) {
      try {
        area().removeItem(name)
      } catch {
        onStatus('unavailable')
      }
    },
  }
}
