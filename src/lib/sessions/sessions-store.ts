import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { isRecordDraft, type RecordDraft } from '@/lib/record-draft/record-draft'
import { type StorageStatus, safeStorage } from '@/lib/storage/safe-storage'

export type { StorageStatus }

/** A named copy of a session's answers (its URL) and record draft, kept in this browser. */
export type SavedSession = {
  id: string
  name: string
  /** The answers as a query string, so the session reopens as its URL. */
  query: string
  /** Where it reopens: a question, check answers or the result. */
  path: string
  savedAt: string
  /** The record's title, organisation, people, date and notes, when any were written. */
  draft?: RecordDraft
}

type SessionsState = {
  sessions: SavedSession[]
  status: StorageStatus
  save: (session: Omit<SavedSession, 'id' | 'savedAt'>) => SavedSession
  rename: (id: string, name: string) => void
  remove: (id: string) => void
}

export const STORAGE_KEY = 'route-finder-sessions'
const VERSION = 1

// Setting the status is itself a write that can fail, so it only ever changes once.
const setStatus = (status: StorageStatus) => {
  if (useSessions.getState().status !== status) useSessions.setState({ status })
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
    !s.path.startsWith('//') &&
    typeof s.savedAt === 'string' &&
    (s.draft === undefined || isRecordDraft(s.draft))
  )
}

/**
 * Brings older stored shapes up to date; anything unreadable is dropped. Version 0 kept
 * each session's address as one `url`; version 1 splits it into path and query.
 */
export function migrateSessions(persisted: unknown, version: number): { sessions: SavedSession[] } {
  const sessions = (persisted as { sessions?: unknown })?.sessions
  if (!Array.isArray(sessions) || version > VERSION) return { sessions: [] }
  const upgraded = version === 0 ? sessions.map(fromVersion0) : sessions
  return { sessions: upgraded.filter(isSavedSession) }
}

function fromVersion0(session: unknown): unknown {
  if (typeof session !== 'object' || session === null) return session
  const { url, ...rest } = session as { url?: unknown }
  if (typeof url !== 'string') return session
  const at = url.indexOf('?')
  return { ...rest, path: at < 0 ? url : url.slice(0, at), query: at < 0 ? '' : url.slice(at) }
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
      storage: safeStorage<Pick<SessionsState, 'sessions'>>(() => window.localStorage, setStatus),
      partialize: (state) => ({ sessions: state.sessions }),
      migrate: migrateSessions,
      merge: (persisted, current) => {
        const stored = (persisted as { sessions?: unknown[] } | undefined)?.sessions
        const { sessions } = migrateSessions(persisted, VERSION)
        const lost = Array.isArray(stored)
          ? stored.length !== sessions.length
          : persisted !== undefined
        return { ...current, sessions, status: lost ? 'reset' : current.status }
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
