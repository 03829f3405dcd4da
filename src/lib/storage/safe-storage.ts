import type { PersistStorage, StorageValue } from 'zustand/middleware'
import { keepAside, parseJson, readText, writeText } from './storage-area'

/**
 * ok: storage works; unavailable: the browser refuses storage; full: a write did not
 * fit; kept-aside: what was stored could not be read and was copied to its `.unreadable`
 * key first; unreadable: it could not be read nor copied, so it is never written over.
 */
export type StorageStatus = 'ok' | 'unavailable' | 'full' | 'kept-aside' | 'unreadable'

/**
 * Web storage for zustand's persist that never throws and never loses what it holds: a
 * browser that refuses storage, a full quota or a corrupt value becomes a status the
 * pages can show, and the state in memory carries on.
 */
export function safeStorage<T>(
  area: () => Storage,
  onStatus: (status: StorageStatus) => void,
): PersistStorage<T> {
  // Keys whose value could not be read nor set aside: left exactly as they are.
  const locked = new Set<string>()
  return {
    getItem(name) {
      const raw = readText(area, name)
      if (raw.kind === 'unavailable') {
        onStatus('unavailable')
        return null
      }
      if (raw.kind === 'empty') return null
      const parsed = parseJson(raw.text) as StorageValue<T> | null | undefined
      if (typeof parsed === 'object' && parsed !== null && typeof parsed.version === 'number') {
        return parsed
      }
      if (keepAside(area, name, raw.text)) onStatus('kept-aside')
      else {
        locked.add(name)
        onStatus('unreadable')
      }
      return null
    },
    setItem(name, value) {
      if (locked.has(name)) return
      const written = writeText(area, name, JSON.stringify(value))
      if (written !== 'ok') onStatus(written)
    },
    removeItem(name) {
      if (locked.has(name)) return
      try {
        area().removeItem(name)
      } catch {
        onStatus('unavailable')
      }
    },
  }
}
