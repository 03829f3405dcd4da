// Issue 17: next steps name the plan's steps. In a file the link is its words only.
import { evaluate } from '@machines/evaluate'
import { describe, expect, it } from 'vitest'
import { buildRecord, recordView } from './decision-record'
import { recordToMarkdown } from './markdown'

const answers = {
  jurisdiction: 'england',
  'authority-type': 'local-authority',
}

function linkedRecord() {
  const result = evaluate(answers, { today: '2026-11-25' })
  return buildRecord({
    result: {
      ...result,
      nextSteps: [
        ...result.nextSteps,
        'Wait for [the mandatory standstill to end](plan:pa.standstill.mandatory) (s.51).',
      ],
    },
    answers,
    startDate: undefined,
    draft: { notes: {} },
    createdAt: '2026-11-25T10:00:00.000Z',
  })
}

describe('plan links in the record files', () => {
  const record = linkedRecord()

  it('keeps the words only in the JSON record', () => {
    expect(record.result.nextSteps.at(-1)).toBe('Wait for the mandatory standstill to end (s.51).')
    expect(JSON.stringify(record)).not.toContain('(plan:')
  })

  it('keeps the words only in the view the Word and Markdown files are written from', () => {
    const opened = {
      ...record,
      result: { ...record.result, nextSteps: linkedRecord().result.nextSteps },
    }
    // A record opened from a file written before the links were stripped still reads plainly.
    opened.result.nextSteps = [
      ...opened.result.nextSteps,
      'Publish a [contract details notice](plan:pa.uk7) by its deadline (s.53).',
    ]
    expect(recordView(opened).nextSteps.at(-1)).toBe(
      'Publish a contract details notice by its deadline (s.53).',
    )
    const md = recordToMarkdown(opened)
    expect(md).toContain('Wait for the mandatory standstill to end (s.51).')
    expect(md).not.toContain('plan:')
  })
})
