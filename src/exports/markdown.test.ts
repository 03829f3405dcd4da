import { evaluate } from '@machines/evaluate'
import { describe, expect, it } from 'vitest'
import { buildRecord } from './decision-record'
import { escapeMarkdown, recordToMarkdown } from './markdown'
import { grantAnswers, longRecord } from './record.examples'

describe('the Markdown record', () => {
  const record = longRecord()
  const md = recordToMarkdown(record)

  it('has every section, in order', () => {
    const sections = [
      '## Recommended route',
      '## Your answers',
      '## Why this route',
      '## Assumptions for "not sure" answers',
      '## Alternatives considered',
      '## Legal references',
      '## Risks',
      '## Next steps',
      '## Threshold applied',
      '## Social value',
      '## Notes',
    ]
    const positions = sections.map((s) => md.indexOf(s))
    expect(positions.every((p) => p > 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
  })

  it('includes the details, every answer and the notes', () => {
    expect(md).toContain('- **Organisation:** North & East ICB \\<test\\>')
    expect(md).toContain('- **Approved by:** Board\\_of\\_Directors')
    expect(md).toContain('- **Decision date:** 20 November 2026')
    expect(md).toContain(
      '| Are you arranging health care services for the health service? | I am not sure | Mostly social care; check the mixed-procurement rule. |',
    )
    expect(md).toContain('£1,250,000')
    expect(md).toContain('5 years × £250,000')
    expect(md).toContain('Ruleset 2027-01')
    for (const r of record.result.references) expect(md).toContain(`](${r.url})`)
  })

  it('escapes what Markdown would otherwise interpret', () => {
    expect(md.split('\n')[0]).toBe('# Day services \\*review\\* \\[2026\\] \\| phase #2')
    expect(md).toContain('1\\. Agreed by the room # not a heading')
    expect(escapeMarkdown('# heading')).toBe('\\# heading')
    expect(escapeMarkdown('- item')).toBe('\\- item')
    expect(escapeMarkdown('a | b')).toBe('a \\| b')
    expect(escapeMarkdown('line\nbreak')).toBe('line break')
  })

  it('says a grant sits outside procurement law, as the page does, with its amount and recipient', () => {
    const result = evaluate(grantAnswers, { today: '2026-11-25' })
    const grant = recordToMarkdown(
      buildRecord({
        result,
        answers: grantAnswers,
        startDate: undefined,
        draft: { notes: {}, amount: '£12,000', recipient: 'Riverside Food Bank' },
        createdAt: '2026-11-25T10:00:00.000Z',
      }),
    )
    expect(grant).toContain(
      '- **Procurement rules:** Procurement Act 2023 (this route sits outside them)',
    )
    expect(grant).toContain('- **Recipient:** Riverside Food Bank')
    expect(grant).toContain('- **Amount:** £12,000')
    // A procurement route carries no such note.
    expect(md).toMatch(/- \*\*Procurement rules:\*\* [^\n(]+\n/)
  })
})
