import '@/styles/forms.scss'
import { isKnownRuleset } from '@machines/earlier-ruleset'
import { type ChangeEvent, type DragEvent, useState } from 'react'
import { useNavigate } from 'react-router-dom'
import { ErrorSummary } from '@/components/error-summary/error-summary'
import { Page } from '@/components/page/page'
import { parseRecordFile } from '@/exports/record-file'
import { resultUrl } from '@/lib/answers/answer-urls'
import { useOpenedRecord } from '@/lib/opened-record/opened-snapshot'
import { planRouteKey } from '@/lib/record-draft/plan-draft'
import { useRecordDraft } from '@/lib/record-draft/record-draft'

/**
 * Opens a JSON decision record: checks it, brings back its details and notes, and shows
 * its result re-evaluated under the current rules. A bad file changes nothing.
 */
export function OpenFilePage() {
  const navigate = useNavigate()
  const [error, setError] = useState<string>()
  const [attempt, setAttempt] = useState(0)
  const [dragging, setDragging] = useState(false)

  async function open(file: File | undefined) {
    if (!file) return
    const result = parseRecordFile(file.size > 1_000_000 ? '' : await file.text(), file.size)
    if (!result.ok) {
      setError(result.message)
      setAttempt((n) => n + 1)
      return
    }
    const { record } = result
    const { title, organisation, preparedBy, approvedBy, decisionDate, notes } = record
    // Version 2's details and plan; a version 1 file has none of them.
    const { amount, recipient, plan } = record
    useRecordDraft.getState().replace({
      title,
      organisation,
      preparedBy,
      approvedBy,
      decisionDate,
      recipient,
      amount: amount === undefined ? undefined : amount.toLocaleString('en-GB'),
      notes: notes ?? {},
      // The plan belongs to the route it was made for: if the current rules give another, it is cleared.
      ...(plan ? { plan, planRoute: planRouteKey(record.result) } : {}),
    })
    useOpenedRecord.getState().open({
      route: record.result.route,
      variant: record.result.variant,
      regime: record.result.regime,
      title: record.result.title,
      ruleset: record.ruleset.version,
      answers: record.answers,
    })
    const madeUnder = isKnownRuleset(record.ruleset.version) ? record.ruleset.version : undefined
    navigate(resultUrl(record.answers, record.startDate, madeUnder))
  }

  const onChange = (e: ChangeEvent<HTMLInputElement>) => void open(e.target.files?.[0])
  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault()
    setDragging(false)
    void open(e.dataTransfer.files[0])
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary
          errors={error ? [{ href: '#record-file', text: error }] : []}
          focusKey={attempt}
        />
        <Page title="Open a saved file" error={Boolean(error)}>
          <p className="govuk-body">
            Open a decision record you downloaded as JSON. We check its answers against the current
            rules and tell you if the route has changed. The file stays on your computer.
          </p>
          {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping a file is a shortcut; the file input beside it is the accessible way */}
          <div
            className={`govuk-form-group app-drop-zone${error ? ' govuk-form-group--error' : ''}${dragging ? ' app-drop-zone--active' : ''}`}
            onDragOver={(e) => {
              e.preventDefault()
              setDragging(true)
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
          >
            <label className="govuk-label govuk-label--m" htmlFor="record-file">
              Choose a Route Finder record (.json)
            </label>
            <div id="record-file-hint" className="govuk-hint">
              Or drag the file here.
            </div>
            {error && (
              <p id="record-file-error" className="govuk-error-message">
                <span className="govuk-visually-hidden">Error:</span> {error}
              </p>
            )}
            <input
              className={`govuk-file-upload${error ? ' govuk-file-upload--error' : ''}`}
              id="record-file"
              name="record-file"
              type="file"
              accept=".json,application/json"
              aria-describedby={`record-file-hint${error ? ' record-file-error' : ''}`}
              onChange={onChange}
            />
          </div>
        </Page>
      </div>
    </div>
  )
}
