import { describe, expect, it } from 'vitest'
import { MemoryStorage } from './memory-storage'
import { type StorageStatus, safeStorage } from './safe-storage'
import { unreadableKey } from './storage-area'

function setup(data: Map<string, string>, quota?: number) {
  const statuses: StorageStatus[] = []
  const area = new MemoryStorage(data, quota === undefined ? {} : { quota })
  return {
    storage: safeStorage<{ a: number }>(
      () => area,
      (s) => statuses.push(s),
    ),
    statuses,
  }
}

describe('safeStorage', () => {
  it('sets an unreadable value aside before the key is written again', () => {
    const data = new Map([['k', 'not json']])
    const { storage, statuses } = setup(data)
    expect(storage.getItem('k')).toBeNull()
    storage.setItem('k', { state: { a: 1 }, version: 1 })
    expect(statuses).toEqual(['kept-aside'])
    expect(data.get(unreadableKey('k'))).toBe('not json')
    expect(data.get('k')).toBe('{"state":{"a":1},"version":1}')
  })

  it('never writes over an unreadable value it could not set aside', () => {
    const data = new Map([['k', `not json ${'x'.repeat(100)}`]])
    const { storage, statuses } = setup(data, 150)
    storage.getItem('k')
    storage.setItem('k', { state: { a: 1 }, version: 1 })
    storage.removeItem('k')
    expect(statuses).toEqual(['unreadable'])
    expect(data.get('k')).toMatch(/^not json/)
  })

  it('reads a large value it wrote, and reports a full quota on writing', () => {
    const data = new Map<string, string>()
    const { storage, statuses } = setup(data, 3_000_000)
    const big = { state: { a: 1, text: 'x'.repeat(1_500_000) }, version: 1 }
    storage.setItem('k', big as never)
    expect(storage.getItem('k')).toEqual(big)
    storage.setItem('k', { state: { a: 2, text: 'x'.repeat(3_000_000) } as never, version: 1 })
    expect(statuses).toEqual(['full'])
  })
})
