import { DraftNotKeptMessage, TextCutMessage } from '@/components/notes-field/draft-messages'
import { type RecordDetailField, useRecordDraft } from '@/lib/record-draft/record-draft'

const fields: {
  field: RecordDetailField
  label: string
  hint?: string
  type?: string
  width: string
}[] = [
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

/** The record's details, all optional, kept with the session as they are typed. */
export function RecordDetailsForm() {
  const draft = useRecordDraft((s) => s.draft)
  const setDetail = useRecordDraft((s) => s.setDetail)
  return (
    <div className="app-no-print">
      <h2 className="govuk-heading-m">About this decision record</h2>
      <p className="govuk-body">
        Add these if you want them in the printed or downloaded record. They stay in this browser.
      </p>
      <DraftNotKeptMessage />
      {fields.map(({ field, label, hint, type, width }) => (
        <div className="govuk-form-group" key={field}>
          <label className="govuk-label" htmlFor={`record-${field}`}>
            {label} (optional)
          </label>
          {hint && (
            <div className="govuk-hint" id={`record-${field}-hint`}>
              {hint}
            </div>
          )}
          <input
            className={`govuk-input ${width}`}
            id={`record-${field}`}
            name={field}
            type={type ?? 'text'}
            aria-describedby={`${hint ? `record-${field}-hint ` : ''}record-${field}-cut`}
            value={draft[field] ?? ''}
            onChange={(e) => setDetail(field, e.target.value)}
          />
          <TextCutMessage field={field} id={`record-${field}-cut`} />
        </div>
      ))}
    </div>
  )
}
