import { describe, expect, it } from 'vitest'
import { MAX_TEXT_LENGTH } from '@/lib/record-draft/record-draft'
import { createSessionsStore, unreadableKey } from '@/lib/sessions/sessions-store'
import {
  MAX_SESSIONS_LENGTH,
  readStoredSessions,
  type SavedSession,
  STORAGE_KEY,
  storedText,
} from '@/lib/sessions/stored-sessions'
import { MemoryStorage } from '@/lib/storage/memory-storage'

const v1: SavedSession = {
  id: 'a',
  name: 'Day care',
  path: '/result',
  query: '?jurisdiction=wales',
  savedAt: '2026-11-01T10:00:00Z',
}
const stored = (sessions: unknown[], version = 1) =>
  JSON.stringify({ state: { sessions }, version })

/** Chromium's quota for one origin's localStorage, in characters. */
const QUOTA = 5_242_880
const full = 'x'.repeat(MAX_TEXT_LENGTH)
/** A session with every detail and the result note at the app's own maximum length. */
const fullSession = {
  name: 'A full record',
  path: '/result',
  query: '?jurisdiction=wales',
  draft: {
    title: full,
    organisation: full,
    preparedBy: full,
    approvedBy: full,
    notes: {
      result: full,
      jurisdiction: full,
      'authority-type': full,
      approach: full,
      'contract-value': full,
      'existing-procurement': full,
    },
  },
}

function tab(
  data = new Map<string, string>(),
  options: { quota?: number; disabled?: boolean } = {},
) {
  const area = new MemoryStorage(data, { quota: QUOTA, ...options })
  const store = createSessionsStore(() => area)
  store.getState().load()
  return { store, data }
}

describe('readStoredSessions', () => {
  it('reads current sessions and upgrades version 0, which kept one url', () => {
    expect(readStoredSessions(stored([v1]))).toEqual({ sessions: [v1] })
    const { path, query, ...rest } = v1
    expect(readStoredSessions(stored([{ ...rest, url: `${path}${query}` }], 0))).toEqual({
      sessions: [v1],
    })
  })
  it('says when some sessions, or all of it, could not be read', () => {
    expect(readStoredSessions(stored([v1, { id: 3 }, null]))).toEqual({
      sessions: [v1],
      fault: 'dropped',
    })
    expect(readStoredSessions('{"state":').fault).toBe('unreadable')
    expect(readStoredSessions('{"something":"else"}').fault).toBe('unreadable')
  })
  it('keeps the plan a session was saved with, and drops a session whose plan has an impossible date', () => {
    const plan = {
      pinned: { 'pa.uk6': '2027-03-18' },
      target: { step: 'pa.entry', date: '2027-04-01' },
    }
    const withPlan = {
      ...v1,
      draft: { notes: {}, plan, planRoute: 'light-touch-flexible|conventional|pa-2023' },
    }
    expect(readStoredSessions(stored([withPlan])).sessions[0]?.draft?.plan).toEqual(plan)
    const bad = { ...withPlan, draft: { notes: {}, plan: { pinned: { 'pa.uk6': '2027-02-29' } } } }
    expect(readStoredSessions(stored([bad]))).toEqual({ sessions: [], fault: 'dropped' })
  })
  it('marks a newer version as such, keeping what it can show', () => {
    expect(readStoredSessions(stored([v1], 7))).toEqual({ sessions: [v1], fault: 'newer' })
  })
  it('refuses a session that would open another site or crash the router', () => {
    for (const path of [
      '//evil.example',
      '/\\evil.example/x',
      'https://evil.example',
      '/nowhere',
    ]) {
      expect(readStoredSessions(stored([{ ...v1, path }])).sessions).toEqual([])
    }
  })
})

describe('the sessions store', () => {
  it('saves past the old 1,000,000-character read limit and reads every session back', () => {
    const a = tab()
    for (let i = 0; i < 21; i++) {
      expect(a.store.getState().save(fullSession)).toMatchObject({ ok: true, stored: true })
    }
    expect(a.data.get(STORAGE_KEY)?.length).toBeGreaterThan(1_000_000)
    const b = tab(a.data)
    expect(b.store.getState().sessions).toHaveLength(21)
    expect(b.store.getState().status).toBe('ok')
  })

  it('refuses a save that would pass the bound, and erases nothing to make room', () => {
    // Filled to just under the bound, as saving one by one would leave it.
    const one = { ...fullSession, id: 'x', savedAt: '2026-12-01T10:00:00Z' }
    const each = JSON.stringify(one).length + 1
    const count = Math.floor((MAX_SESSIONS_LENGTH - 100) / each)
    const text = storedText(Array.from({ length: count }, (_, i) => ({ ...one, id: `s${i}` })))
    const data = new Map([[STORAGE_KEY, text]])
    const a = tab(data)
    expect(a.store.getState().save(fullSession)).toEqual({ ok: false, reason: 'too-big' })
    expect(data.get(STORAGE_KEY)).toBe(text)
    expect(a.store.getState().sessions).toHaveLength(count)
    // Deleting still works at the bound, and makes room again.
    a.store.getState().remove('s0')
    expect(a.store.getState().save(fullSession)).toMatchObject({ ok: true, stored: true })
    expect(data.get(STORAGE_KEY)?.length).toBeLessThanOrEqual(MAX_SESSIONS_LENGTH)
  })

  it('sets an unreadable value aside under its own key before writing, and says so', () => {
    const data = new Map([[STORAGE_KEY, '{"state":']])
    const a = tab(data)
    expect(a.store.getState().status).toBe('kept-aside')
    expect(a.store.getState().save(fullSession).ok).toBe(true)
    expect(data.get(unreadableKey(STORAGE_KEY))).toBe('{"state":')
    expect(readStoredSessions(data.get(STORAGE_KEY) ?? '').sessions).toHaveLength(1)
  })

  it('keeps sessions it cannot read one by one, set aside whole, not dropped', () => {
    const text = stored([v1, { id: 'broken' }])
    const data = new Map([[STORAGE_KEY, text]])
    const a = tab(data)
    expect(a.store.getState().sessions).toEqual([v1])
    a.store.getState().save(fullSession)
    expect(data.get(unreadableKey(STORAGE_KEY))).toBe(text)
  })

  it('leaves an unreadable value alone when there is no room to set it aside', () => {
    const corrupt = `{"state":${'x'.repeat(3_000_000)}`
    const data = new Map([[STORAGE_KEY, corrupt]])
    const a = tab(data)
    expect(a.store.getState().status).toBe('unreadable')
    expect(a.store.getState().save(fullSession)).toEqual({ ok: false, reason: 'read-only' })
    a.store.getState().remove('a')
    expect(data.get(STORAGE_KEY)).toBe(corrupt)
    expect(data.has(unreadableKey(STORAGE_KEY))).toBe(false)
  })

  it('leaves sessions from a newer version untouched and read-only, and shows them', () => {
    const newer = stored([v1, { ...v1, id: 'b', colour: 'blue' }], 2)
    const data = new Map([[STORAGE_KEY, newer]])
    const a = tab(data)
    expect(a.store.getState().status).toBe('newer')
    expect(a.store.getState().sessions.map((s) => s.id)).toEqual(['a', 'b'])
    expect(a.store.getState().save(fullSession)).toEqual({ ok: false, reason: 'read-only' })
    a.store.getState().rename('a', 'Renamed')
    a.store.getState().remove('b')
    expect(data.get(STORAGE_KEY)).toBe(newer)
  })

  it('merges two tabs by id: neither loses the other’s save, and a deletion stays deleted', () => {
    const a = tab()
    const b = tab(a.data)
    const one = a.store.getState().save({ ...fullSession, name: 'Session one' })
    const two = b.store.getState().save({ ...fullSession, name: 'Session two' })
    expect(
      tab(a.data)
        .store.getState()
        .sessions.map((s) => s.name),
    ).toEqual(['Session two', 'Session one'])
    if (!one.ok || !two.ok) throw new Error('not saved')
    a.store.getState().remove(one.session.id)
    b.store.getState().rename(two.session.id, 'Session two, renamed')
    expect(
      tab(a.data)
        .store.getState()
        .sessions.map((s) => s.name),
    ).toEqual(['Session two, renamed'])
  })

  it('keeps a save in this tab when the browser refuses storage, and says it was not stored', () => {
    const a = tab(new Map(), { disabled: true })
    expect(a.store.getState().status).toBe('unavailable')
    expect(a.store.getState().save(fullSession)).toMatchObject({ ok: true, stored: false })
    expect(a.store.getState().sessions).toHaveLength(1)
  })
})
