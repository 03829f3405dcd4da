import type { RouteId } from '@machines/routes'
import { useState } from 'react'
import { DraftNotKeptMessage, TextCutMessage } from '@/components/notes-field/draft-messages'
import { takesRecipient } from '@/lib/record-draft/recipient-routes'
import { parseRecordAmount } from '@/lib/record-draft/record-amount'
import { type RecordDetailField, useRecordDraft } from '@/lib/record-draft/record-draft'

type Field = {
  field: RecordDetailField
  label: string
  hint?: string
  type?: string
  inputMode?: 'numeric'
  width: string
}

const fields: Field[] = [
  {
    field: 'title',
    label: 'Title of the commission',
    hint: 'For example "Community day services 2026"',
    width: 'govuk-!-width-full',
  },
  { field: 'organisation', label: 'Organisation', width: 'govuk-!-width-two-thirds' },
  { field: 'preparedBy', label: 'Prepared by', width: 'govuk-!-width-two-thirds' },
  { field: 'approvedBy', label: 'Decision approved by', width: 'govuk-!-width-two-thirds' },
  { field: 'decisionDate', label: 'Decision date', type: 'date', width: 'govuk-input--width-10' },
]

/** Asked only on a route that gives money or an asset to a named organisation. */
const recipientFields: Field[] = [
  {
    field: 'recipient',
    label: 'Recipient',
    hint: 'The organisation that receives the grant or the asset',
    width: 'govuk-!-width-two-thirds',
  },
  {
    field: 'amount',
    label: 'Amount (£)',
    hint: 'The grant, or the value of the asset, in whole pounds. For example 12,000',
    inputMode: 'numeric',
    width: 'govuk-input--width-10',
  },
]

/** The record's details, all optional, kept with the session as they are typed. */
export function RecordDetailsForm({ route }: { route: RouteId | null }) {
  const shown = route && takesRecipient(route) ? [...fields, ...recipientFields] : fields
  return (
    <div className="app-no-print">
      <h2 className="govuk-heading-m">About this decision record</h2>
      <p className="govuk-body">
        Add these if you want them in the printed or downloaded record. They stay in this browser.
      </p>
      <DraftNotKeptMessage />
      {shown.map((f) => (
        <DetailField key={f.field} {...f} />
      ))}
    </div>
  )
}

function DetailField({ field, label, hint, type, inputMode, width }: Field) {
  const value = useRecordDraft((s) => s.draft[field] ?? '')
  const setDetail = useRecordDraft((s) => s.setDetail)
  // The amount is checked once the person leaves the field, not at every key press.
  const [left, setLeft] = useState(false)
  const parsed = field === 'amount' && value.trim() ? parseRecordAmount(value) : undefined
  const error = left && parsed && !parsed.ok ? parsed.error : undefined
  const id = `record-${field}`
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`, `${id}-cut`]
    .filter(Boolean)
    .join(' ')
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label" htmlFor={id}>
        {label} (optional)
      </label>
      {hint && (
        <div className="govuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <p className="govuk-error-message" id={`${id}-error`}>
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
      <input
        className={`govuk-input ${width}${error ? ' govuk-input--error' : ''}`}
        id={id}
        name={field}
        type={type ?? 'text'}
        inputMode={inputMode}
        spellCheck={field === 'amount' ? false : undefined}
        aria-describedby={describedBy}
        value={value}
        onChange={(e) => setDetail(field, e.target.value)}
        onBlur={() => setLeft(true)}
      />
      <TextCutMessage field={field} id={`${id}-cut`} />
    </div>
  )
}
