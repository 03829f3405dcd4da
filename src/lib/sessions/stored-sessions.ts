import { isRecordDraft, type RecordDraft } from '@/lib/record-draft/record-draft'
import { parseJson } from '@/lib/storage/storage-area'

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

export const STORAGE_KEY = 'route-finder-sessions'
export const SESSIONS_VERSION = 1
/** The most saved sessions may take in storage, in characters; a save past it is refused. */
export const MAX_SESSIONS_LENGTH = 4_000_000

/** Only the app's own pages: a path such as `/\evil.example` would make the router throw. */
const SESSION_PATH = /^\/(questions\/[a-z0-9-]+|check-answers|result)$/

export function isSavedSession(value: unknown): value is SavedSession {
  if (typeof value !== 'object' || value === null) return false
  const s = value as Record<string, unknown>
  return (
    typeof s.id === 'string' &&
    typeof s.name === 'string' &&
    typeof s.query === 'string' &&
    (s.query === '' || s.query.startsWith('?')) &&
    typeof s.path === 'string' &&
    SESSION_PATH.test(s.path) &&
    typeof s.savedAt === 'string' &&
    (s.draft === undefined || isRecordDraft(s.draft))
  )
}

/**
 * What a stored value holds. `unreadable`: not our shape at all; `dropped`: some
 * sessions in it could not be read; `newer`: written by a newer version of the app, whose
 * shape this one cannot vouch for. In each case the stored value must not be overwritten.
 */
export type StoredSessions = {
  sessions: SavedSession[]
  fault?: 'unreadable' | 'dropped' | 'newer'
}

export function readStoredSessions(text: string): StoredSessions {
  const parsed = parseJson(text) as { version?: unknown; state?: { sessions?: unknown } } | null
  const version = parsed?.version
  const list = parsed?.state?.sessions
  if (typeof version !== 'number' || !Array.isArray(list))
    return { sessions: [], fault: 'unreadable' }
  const upgraded = version === 0 ? list.map(fromVersion0) : list
  const sessions = upgraded.filter(isSavedSession)
  if (version > SESSIONS_VERSION) return { sessions, fault: 'newer' }
  return sessions.length === list.length ? { sessions } : { sessions, fault: 'dropped' }
}

/** Version 0 kept each session's address as one `url`; version 1 splits it into path and query. */
function fromVersion0(session: unknown): unknown {
  if (typeof session !== 'object' || session === null) return session
  const { url, ...rest } = session as { url?: unknown }
  if (typeof url !== 'string') return session
  const at = url.indexOf('?')
  return { ...rest, path: at < 0 ? url : url.slice(0, at), query: at < 0 ? '' : url.slice(at) }
}

export function storedText(sessions: SavedSession[]): string {
  return JSON.stringify({ state: { sessions }, version: SESSIONS_VERSION })
}
