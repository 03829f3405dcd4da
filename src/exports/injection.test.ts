// @vitest-environment jsdom
import { evaluate } from '@machines/evaluate'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { recordDetailFields } from '@/lib/record-draft/record-draft'
import { buildRecord, type DecisionRecord } from './decision-record'
import { recordToDocx } from './docx'
import { recordToMarkdown } from './markdown'
import { longAnswers } from './record.examples'
import { parseRecordFile } from './record-file'

/** Text a person could type, paste or put in a crafted file, aimed at each format. */
const payloads: Record<string, string> = {
  'xml non-characters': 'before \uFFFE middle \uFFFF after',
  'xml close tags': '</w:t></w:r></w:p><w:p><w:r><w:t>injected',
  'cdata end': ']]><!-- x -->',
  'c0 controls': 'a\u0000b\u0001c\u001Fd',
  'lone surrogate': 'a\uD800b',
  'lone carriage returns': 'intro\r# Injected heading CR\r## Another\r| a | b |',
  'line and paragraph separators': 'intro\u2028# Injected\u2029## Another',
  'crlf and lf headings': 'intro\r\n# One\n## Two\n---',
  'html and script': '<script>alert(1)</script><img src=x onerror=alert(1)>',
  'markdown link and table': '[click](javascript:alert(1)) | --- |',
}

function recordWith(text: string): DecisionRecord {
  const draft = Object.fromEntries(recordDetailFields.map((f) => [f, text]))
  const notes = Object.fromEntries(['result', ...Object.keys(longAnswers)].map((k) => [k, text]))
  return buildRecord({
    result: evaluate(longAnswers, { today: '2026-11-25' }),
    answers: longAnswers,
    startDate: undefined,
    draft: { ...draft, decisionDate: '2026-11-20', notes },
    createdAt: '2026-11-25T10:00:00.000Z',
  })
}

// Lines as CommonMark reads them (a lone CR ends a line), and as some renderers do (U+2028/9).
const headings = (md: string) =>
  md.split(/\r\n|\r|\n|\u2028|\u2029/).filter((line) => /^ {0,3}#{1,6}(\s|$)/.test(line)).length
const wellFormed = (xml: string) =>
  new DOMParser().parseFromString(xml, 'application/xml').getElementsByTagName('parsererror')
    .length === 0

describe('every export, after each injection payload in every field and note', () => {
  const cleanHeadings = headings(recordToMarkdown(recordWith('plain text')))

  for (const [name, payload] of Object.entries(payloads)) {
    it(`keeps its structure with ${name}`, async () => {
      const record = recordWith(payload)
      expect(headings(recordToMarkdown(record))).toBe(cleanHeadings)
      const files = unzipSync(new Uint8Array(await (await recordToDocx(record)).arrayBuffer()))
      for (const part of ['word/document.xml', 'docProps/core.xml']) {
        expect(wellFormed(strFromU8(files[part] as Uint8Array)), part).toBe(true)
      }
      // The JSON record opens again as it was written.
      const reopened = parseRecordFile(JSON.stringify(record))
      expect(reopened.ok && reopened.record.notes).toEqual(record.notes)
    })
  }
})
