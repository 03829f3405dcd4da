import { describe, expect, it } from 'vitest'
import { recordFileName } from './file-name'

describe('recordFileName', () => {
  it('makes a safe file name from the title and the date', () => {
    expect(recordFileName('Day centre review: phase 2!', '2026-11-25', 'docx')).toBe(
      'day-centre-review-phase-2-2026-11-25.docx',
    )
    expect(recordFileName('Café für Ümlaut', '2026-11-25', 'md')).toBe(
      'cafe-fur-umlaut-2026-11-25.md',
    )
    expect(recordFileName(undefined, '2026-11-25', 'json')).toBe(
      'route-finder-record-2026-11-25.json',
    )
    expect(recordFileName('***', '2026-11-25', 'json')).toBe('route-finder-record-2026-11-25.json')
  })
})
