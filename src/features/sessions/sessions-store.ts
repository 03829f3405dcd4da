import { create } from 'zustand'
import { type PersistStorage, persist, type StorageValue } from 'zustand/middleware'

/** A named copy of a session's answers (its URL query) and notes, kept in this browser. */
export type SavedSession = {
  id: string
  name: string
  /** The answers as a query string, so the session reopens as its URL. */
  query: string
  /** Where it reopens: a question, check answers or the result. */
  path: string
  savedAt: string
}

/** ok: storage works; unavailable: the browser refuses storage; reset: what was stored could not be read. */
export type StorageStatus = 'ok' | 'unavailable' | 'reset'

type SessionsState = {
  sessions: SavedSession[]
  status: StorageStatus
  save: (session: Omit<SavedSession, 'id' | 'savedAt'>) => SavedSession
  rename: (id: string, name: string) => void
  remove: (id: string) => void
}

export const STORAGE_KEY = 'route-finder-sessions'
const VERSION = 1
/** Anything bigger than this was not written by us: it is dropped, not parsed. */
const MAX_STORED_LENGTH = 1_000_000

const setStatus = (status: StorageStatus) => useSessions.setState({ status })

/**
 * localStorage that never throws: a browser that refuses storage, a full quota or a
 * corrupt value turns into a status the pages can show, and the session in memory
 * carries on.
 */
const safeStorage: PersistStorage<Pick<SessionsState, 'sessions'>> = {
  getItem(name) {
    let raw: string | null
    try {
      raw = window.localStorage.getItem(name)
    } catch {
      setStatus('unavailable')
      return null
    }
    if (raw === null) return null
    try {
      if (raw.length > MAX_STORED_LENGTH) throw new Error('too large')
      const parsed = JSON.parse(raw) as StorageValue<{ sessions: unknown }>
      if (typeof parsed !== 'object' || parsed === null || typeof parsed.version !== 'number')
        throw new Error('foreign')
      return parsed as StorageValue<Pick<SessionsState, 'sessions'>>
    } catch {
      setStatus('reset')
      return null
    }
  },
  setItem(name, value) {
    try {
      window.localStorage.setItem(name, JSON.stringify(value))
    } catch {
      setStatus('unavailable')
    }
  },
  removeItem(name) {
    try {
      window.localStorage.removeItem(name)
    } catch {
      setStatus('unavailable')
    }
  },
}

function isSavedSession(value: unknown): value is SavedSession {
  if (typeof value !== 'object' || value === null) return false
  const s = value as Record<string, unknown>
  return (
    typeof s.id === 'string' &&
    typeof s.name === 'string' &&
    typeof s.query === 'string' &&
    typeof s.path === 'string' &&
    s.path.startsWith('/') &&
    typeof s.savedAt === 'string'
  )
}

/** Older stored shapes are brought up to date; anything unreadable is dropped. */
export function migrateSessions(persisted: unknown, version: number): { sessions: SavedSession[] } {
  const sessions = (persisted as { sessions?: unknown })?.sessions
  if (!Array.isArray(sessions)) return { sessions: [] }
  if (version > VERSION) return { sessions: [] }
  return { sessions: sessions.filter(isSavedSession) }
}

export const useSessions = create<SessionsState>()(
  persist(
    (set) => ({
      sessions: [],
      status: 'ok',
      save(session) {
        const saved: SavedSession = {
          ...session,
          id: typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : String(Date.now()),
          savedAt: new Date().toISOString(),
        }
        set((state) => ({ sessions: [saved, ...state.sessions] }))
        return saved
      },
      rename(id, name) {
        set((state) => ({
          sessions: state.sessions.map((s) => (s.id === id ? { ...s, name } : s)),
        }))
      },
      remove(id) {
        set((state) => ({ sessions: state.sessions.filter((s) => s.id !== id) }))
      },
    }),
    {
      name: STORAGE_KEY,
      version: VERSION,
      storage: safeStorage,
      partialize: (state) => ({ sessions: state.sessions }),
      migrate: migrateSessions,
      merge: (persisted, current) => {
        const { sessions } = migrateSessions(persisted, VERSION)
        if ((persisted as { sessions?: unknown[] })?.sessions?.length !== sessions.length) {
          return { ...current, sessions, status: 'reset' }
        }
        return { ...current, sessions }
      },
      // Storage is read after the first render, never during it.
      skipHydration: true,
    },
  ),
)

/** Reads saved sessions from storage; called once the app has mounted. */
export function loadSessions() {
  void useSessions.persist.rehydrate()
}
