import { describe, expect, it } from 'vitest'
import { migrateSessions } from '@/lib/sessions/sessions-store'

const v1 = {
  id: 'a',
  name: 'Day care',
  path: '/result',
  query: '?jurisdiction=wales',
  savedAt: '2026-11-01T10:00:00Z',
}

describe('migrateSessions', () => {
  it('keeps current sessions and drops anything unreadable', () => {
    expect(migrateSessions({ sessions: [v1, { id: 3 }, null, 'x'] }, 1)).toEqual({ sessions: [v1] })
  })
  it('upgrades version 0, which kept one url', () => {
    const { path, query, ...rest } = v1
    expect(migrateSessions({ sessions: [{ ...rest, url: `${path}${query}` }] }, 0)).toEqual({
      sessions: [v1],
    })
  })
  it('drops sessions from a newer version it cannot read, and refuses foreign shapes', () => {
    expect(migrateSessions({ sessions: [v1] }, 7)).toEqual({ sessions: [] })
    expect(migrateSessions({ something: 'else' }, 1)).toEqual({ sessions: [] })
    expect(migrateSessions(null, 1)).toEqual({ sessions: [] })
  })
  it('refuses a session that would open another site', () => {
    expect(migrateSessions({ sessions: [{ ...v1, path: '//evil.example' }] }, 1)).toEqual({
      sessions: [],
    })
  })
})
