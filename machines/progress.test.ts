import { describe, expect, it } from 'vitest'
import { progress } from './progress'
import { replay } from './replay'

const dates = { today: '2026-11-25' }
const answers = {
  jurisdiction: 'england',
  'authority-type': 'local-authority',
  approach: 'buy-services',
} as const

describe('progress', () => {
  it('agrees with a fresh replay of the same answers', () => {
    const run = progress(answers, dates)
    const fresh = replay({ ...answers }, dates)
    expect(run.next).toBe(fresh.next)
    expect(run.asked).toEqual(fresh.asked)
    expect(run.route).toBe(fresh.route)
  })

  it('remembers the answers it has just seen, and shares them frozen', () => {
    const first = progress(answers, dates)
    expect(progress({ ...answers }, dates)).toBe(first)
    expect(Object.isFrozen(first)).toBe(true)
    expect(Object.isFrozen(first.asked)).toBe(true)
    expect(() => (first.asked as string[]).push('innovation')).toThrow(TypeError)
  })

  it('tells different answers and different days apart', () => {
    const first = progress(answers, dates)
    const other = progress({ ...answers, approach: 'fund-organisation' }, dates)
    expect(other).not.toBe(first)
    expect(other.next).not.toBe(first.next)
    expect(progress(answers, { today: '2025-01-01' })).not.toBe(first)
    expect(progress(answers, { ...dates, startDate: '2026-12-01' })).not.toBe(first)
  })

  it('forgets the oldest once it has seen more than a few', () => {
    const first = progress({ jurisdiction: 'wales' }, dates)
    for (const day of ['01', '02', '03', '04', '05', '06', '07', '08', '09']) {
      progress({ jurisdiction: 'wales' }, { today: `2026-10-${day}` })
    }
    const again = progress({ jurisdiction: 'wales' }, dates)
    expect(again).not.toBe(first)
    expect(again).toEqual(first)
  })
})
