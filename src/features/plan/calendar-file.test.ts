import { plan } from '@machines/plan/plan'
import type { Result } from '@machines/result'
import { describe, expect, it } from 'vitest'
import { calendarFile, planId } from './calendar-file'

describe('the calendar file', () => {
  it('names the plan by the first 16 hex digits of SHA-256', async () => {
    expect(await planId('abc')).toBe('ba7816bf8f01cfea')
  })

  it('holds the dated steps with UIDs from the result, not the pinned dates', async () => {
    const result = {
      status: 'complete',
      route: 'framework-call-off',
      variant: 'standard',
      regime: 'pa-2023',
    } as Result
    const input = {
      route: 'framework-call-off',
      variant: 'standard',
      regime: 'pa-2023',
      jurisdiction: 'england',
      authorityType: 'local-authority',
    } as const
    const text = async (uk6: string) =>
      (
        await calendarFile(
          plan({ ...input, pinned: { 'pa.uk6': uk6 } }, '2027-07-01'),
          result,
          'jurisdiction=england',
          new Date('2027-07-01T09:30:00Z'),
        )
      ).text()
    const first = await text('2027-07-08')
    const id = await planId('framework-call-off|standard|pa-2023|jurisdiction=england')
    expect(first).toContain(`UID:${id}-pa.uk6@route-finder`)
    expect(first).toContain('DTSTAMP:20270701T093000Z')
    const uids = (ics: string) => ics.split('\r\n').filter((l) => l.startsWith('UID:'))
    expect(uids(await text('2027-08-02'))).toEqual(uids(first))
  })
})
