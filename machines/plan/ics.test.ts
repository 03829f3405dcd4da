import { describe, expect, it } from 'vitest'
import { escapeText, foldLine, planToIcs } from './ics'
import { plan } from './plan'

const context = {
  planId: '0123456789abcdef',
  regime: 'pa-2023',
  ruleset: '2027-01',
  bankHolidaysChecked: '2026-12-02',
  stamp: '20261202T120000Z',
}
const callOff = (pinned: Record<string, string>) =>
  plan(
    {
      route: 'framework-call-off',
      variant: 'standard',
      regime: 'pa-2023',
      jurisdiction: 'england',
      authorityType: 'local-authority',
      pinned,
    },
    '2027-07-01',
  )

/** Unfolds and splits the file into its events' properties. */
function events(ics: string): Record<string, string>[] {
  const lines = ics.replace(/\r\n /g, '').split('\r\n')
  const out: Record<string, string>[] = []
  let current: Record<string, string> | null = null
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {}
    else if (line === 'END:VEVENT' && current) {
      out.push(current)
      current = null
    } else if (current) {
      const at = line.indexOf(':')
      current[line.slice(0, at)] = line.slice(at + 1)
    }
  }
  return out
}

describe('the plan as an .ics file', () => {
  it('writes one all-day event per dated step, with CRLF lines of at most 75 octets', () => {
    const ics = planToIcs(callOff({ 'pa.uk6': '2027-07-08' }), context)
    expect(
      ics.startsWith(
        'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Route Finder//Procurement plan//EN\r\n',
      ),
    ).toBe(true)
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true)
    for (const line of ics.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
    const byUid = new Map(events(ics).map((e) => [e.UID, e]))
    const standstill = byUid.get('0123456789abcdef-pa.standstill.voluntary@route-finder')
    expect(standstill?.['DTSTART;VALUE=DATE']).toBe('20270720')
    expect(standstill?.['DTEND;VALUE=DATE']).toBe('20270721')
    expect(byUid.get('0123456789abcdef-pa.uk6@route-finder')?.SUMMARY).toBe(
      '[UK6] Contract award notice – publish',
    )
    expect(byUid.get('0123456789abcdef-pa.uk7@route-finder')?.SUMMARY).toBe(
      'LATEST: [UK7] Contract details notice – publish',
    )
    expect(byUid.get('0123456789abcdef-pa.entry.actual@route-finder')?.SUMMARY).toMatch(
      /^EARLIEST: .*\(proposed\)$/,
    )
    expect(byUid.get('0123456789abcdef-pa.uk7@route-finder')?.DESCRIPTION).toContain(
      'PA 2023 s.53(1)',
    )
    expect(byUid.get('0123456789abcdef-pa.uk7@route-finder')?.CATEGORIES).toBe('MANDATORY,pa-2023')
  })

  it('keeps the same UIDs when a date is pinned again, so a re-import updates the events', () => {
    const uids = (pinned: Record<string, string>) =>
      events(planToIcs(callOff(pinned), context)).map((e) => e.UID)
    expect(uids({ 'pa.uk6': '2027-07-08' })).toEqual(uids({ 'pa.uk6': '2027-09-01' }))
  })

  it('leaves out the steps with no date', () => {
    const ics = planToIcs(callOff({}), context)
    expect(events(ics)).toEqual([])
  })

  it('escapes text and folds without splitting a character', () => {
    expect(escapeText('a, b; c\\d\ne')).toBe('a\\, b\\; c\\\\d\\ne')
    const folded = foldLine(`SUMMARY:${'é'.repeat(80)}`)
    for (const line of folded.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'é'.repeat(80)}`)
  })
})
