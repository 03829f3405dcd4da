import type { Answers } from '@machines/answers'
import type { Result } from '@machines/result'
import { useState } from 'react'
import { buildRecord } from '@/exports/decision-record'
import { download } from '@/exports/download'
import { recordFileName } from '@/exports/file-name'
import { compactDraft, useRecordDraft } from '@/lib/record-draft/record-draft'

type Format = 'docx' | 'md' | 'json'

/** The id of the buttons' heading, for links back to them from further down the page. */
export const KEEP_RECORD_ID = 'keep-this-record'

/** The download buttons, in the order a committee report needs them. */
const downloads: [Format, string][] = [
  ['docx', 'Download as Word (.docx)'],
  ['md', 'Download as Markdown (.md)'],
  ['json', 'Download as JSON (.json)'],
]

/** Print, Word, Markdown and JSON: the record in every form a commissioner needs. */
export function ExportButtons({
  result,
  answers,
  startDate,
}: {
  result: Result
  answers: Answers
  startDate: string | undefined
}) {
  const [status, setStatus] = useState('')

  async function save(format: Format) {
    const now = new Date()
    const draft = compactDraft(useRecordDraft.getState().draft)
    const record = buildRecord({ result, answers, startDate, draft, createdAt: now.toISOString() })
    const name = recordFileName(draft.title, now.toISOString().slice(0, 10), format)
    try {
      if (format === 'json') {
        download(
          new Blob([`${JSON.stringify(record, null, 2)}\n`], { type: 'application/json' }),
          name,
        )
      } else if (format === 'md') {
        // With the procurement plan, Markdown needs the plan engine: loaded when asked for.
        const { recordToMarkdown } = await import('@/exports/markdown')
        download(
          new Blob([recordToMarkdown(record)], { type: 'text/markdown;charset=utf-8' }),
          name,
        )
      } else {
        setStatus('Preparing the Word document…')
        const { recordToDocx } = await import('@/exports/docx')
        download(await recordToDocx(record), name)
      }
      setStatus(`Downloaded ${name}.`)
    } catch {
      setStatus('The file could not be made. Try again, or print the record instead.')
    }
  }

  return (
    <div className="app-no-print">
      <h2 className="govuk-heading-m" id={KEEP_RECORD_ID}>
        Keep this record
      </h2>
      <div className="govuk-button-group">
        <button type="button" className="govuk-button" onClick={() => window.print()}>
          Print this record
        </button>
        {downloads.map(([format, label]) => (
          <button
            key={format}
            type="button"
            className="govuk-button govuk-button--secondary"
            onClick={() => save(format)}
          >
            {label}
          </button>
        ))}
      </div>
      <p className="govuk-body" role="status">
        {status}
      </p>
      <p className="govuk-body-s">
        Keep the JSON file to open this record again later with “Open a saved file”.
      </p>
    </div>
  )
}
