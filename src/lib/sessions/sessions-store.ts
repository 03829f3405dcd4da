import { create } from 'zustand'
import {
  keepAside,
  readText,
  unreadableKey,
  type WriteOutcome,
  writeText,
} from '@/lib/storage/storage-area'
import {
  MAX_SESSIONS_LENGTH,
  readStoredSessions,
  type SavedSession,
  STORAGE_KEY,
  storedText,
} from './stored-sessions'

export { MAX_SESSIONS_LENGTH, type SavedSession, STORAGE_KEY, unreadableKey }

/**
 * ok: storage works; unavailable: the browser refuses storage or is full (sessions live in
 * this tab only); kept-aside: what was stored could not be read and was copied, untouched,
 * to its `.unreadable` key; unreadable: it could not be read nor copied, so it is left
 * alone and nothing is saved; newer: a newer version wrote it, so it is read-only here.
 */
export type SessionsStatus = 'ok' | 'unavailable' | 'kept-aside' | 'unreadable' | 'newer'

export type SaveOutcome =
  | { ok: true; session: SavedSession; stored: boolean }
  | { ok: false; reason: 'too-big' | 'read-only' }

type SessionsState = {
  sessions: SavedSession[]
  status: SessionsStatus
  /** Reads storage again (on start, and when another tab changes it). */
  load: () => void
  save: (session: Omit<SavedSession, 'id' | 'savedAt'>) => SaveOutcome
  rename: (id: string, name: string) => void
  remove: (id: string) => void
}

type Read = {
  sessions: SavedSession[] | undefined
  status: SessionsStatus
  writable: boolean
  length: number
}

/**
 * Saved sessions in web storage. Every change is made to what is stored now, not to this
 * tab's copy (so two tabs merge by id instead of overwriting each other), and nothing
 * that could not be read is ever written over.
 */
export function createSessionsStore(area: () => Storage, key = STORAGE_KEY) {
  function read(): Read {
    const raw = readText(area, key)
    if (raw.kind === 'unavailable') {
      return { sessions: undefined, status: 'unavailable', writable: false, length: 0 }
    }
    if (raw.kind === 'empty') return { sessions: [], status: 'ok', writable: true, length: 0 }
    const { sessions, fault } = readStoredSessions(raw.text)
    const length = raw.text.length
    if (fault === 'newer') return { sessions, status: 'newer', writable: false, length }
    if (fault === undefined) return { sessions, status: 'ok', writable: true, length }
    return keepAside(area, key, raw.text)
      ? { sessions, status: 'kept-aside', writable: true, length }
      : { sessions, status: 'unreadable', writable: false, length }
  }

  return create<SessionsState>()((set, get) => {
    /** Applies a change to the stored list and writes it; false when it may not be written. */
    function change(
      apply: (sessions: SavedSession[]) => SavedSession[],
      guard?: (text: string, before: number) => boolean,
    ): { written: WriteOutcome } | { refused: 'too-big' | 'read-only' } {
      const now = read()
      if (now.status === 'unavailable') {
        // Storage refuses us: this tab's copy is all there is.
        set({ sessions: apply(get().sessions), status: 'unavailable' })
        return { written: 'unavailable' }
      }
      if (!now.writable) {
        set({ sessions: now.sessions ?? [], status: now.status })
        return { refused: 'read-only' }
      }
      const next = apply(now.sessions ?? [])
      const text = storedText(next)
      if (guard && !guard(text, now.length)) return { refused: 'too-big' }
      const written = writeText(area, key, text)
      const status = written === 'ok' ? keepNotice(get().status, now.status) : 'unavailable'
      set({ sessions: next, status })
      return { written }
    }

    return {
      sessions: [],
      status: 'ok',
      load() {
        const now = read()
        set({
          sessions: now.sessions ?? get().sessions,
          status: keepNotice(get().status, now.status),
        })
      },
      save(session) {
        const saved: SavedSession = {
          ...session,
          id: typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : String(Date.now()),
          savedAt: new Date().toISOString(),
        }
        const outcome = change(
          (sessions) => [saved, ...sessions.filter((s) => s.id !== saved.id)],
          (text, before) => text.length <= MAX_SESSIONS_LENGTH || text.length <= before,
        )
        if ('refused' in outcome) return { ok: false, reason: outcome.refused }
        return { ok: true, session: saved, stored: outcome.written === 'ok' }
      },
      rename(id, name) {
        change(
          (sessions) => sessions.map((s) => (s.id === id ? { ...s, name } : s)),
          (text, before) => text.length <= MAX_SESSIONS_LENGTH || text.length <= before,
        )
      },
      remove(id) {
        change((sessions) => sessions.filter((s) => s.id !== id))
      },
    }
  })
}

/** A notice about what was set aside stays up for the rest of the visit. */
function keepNotice(shown: SessionsStatus, now: SessionsStatus): SessionsStatus {
  return now === 'ok' && shown === 'kept-aside' ? shown : now
}

export const useSessions = createSessionsStore(() => window.localStorage)

let following = false

/** Reads saved sessions from storage, and again whenever another tab changes them. */
export function loadSessions() {
  useSessions.getState().load()
  if (following) return
  following = true
  window.addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEY || event.key === null) useSessions.getState().load()
  })
}
