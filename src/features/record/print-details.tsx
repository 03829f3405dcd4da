import { formatDate } from '@machines/content/date'
import { useRecordDraft } from '@/lib/record-draft/record-draft'

/** The record's details as text, shown only when printing (the form is hidden then). */
export function PrintDetails() {
  const draft = useRecordDraft((s) => s.draft)
  const rows = [
    ['Commission', draft.title],
    ['Organisation', draft.organisation],
    ['Prepared by', draft.preparedBy],
    ['Approved by', draft.approvedBy],
    ['Decision date', draft.decisionDate && formatDate(draft.decisionDate)],
  ].filter((r): r is [string, string] => Boolean(r[1]?.trim()))
  return (
    <div className="app-print-only">
      <p className="govuk-body-l govuk-!-font-weight-bold">Decision record</p>
      {rows.length > 0 && (
        <dl className="govuk-summary-list govuk-summary-list--no-border">
          {rows.map(([label, value]) => (
            <div className="govuk-summary-list__row" key={label}>
              <dt className="govuk-summary-list__key">{label}</dt>
              <dd className="govuk-summary-list__value">{value}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  )
}
