import { formatDate } from '@machines/content/date'
import { formatPounds } from '@machines/content/money'
import type { Result } from '@machines/result'
import { useToday } from '@/lib/clock/use-today'
import { takesRecipient } from '@/lib/record-draft/recipient-routes'
import { parseRecordAmount } from '@/lib/record-draft/record-amount'
import { useRecordDraft } from '@/lib/record-draft/record-draft'

/**
 * The record's details as text, shown only when printing (the form is hidden then), with
 * the day it was printed and the ruleset, as the downloaded records carry them.
 */
export function PrintDetails({ result }: { result: Pick<Result, 'route' | 'ruleset'> }) {
  const draft = useRecordDraft((s) => s.draft)
  const today = useToday()
  const forRecipient = result.route !== null && takesRecipient(result.route)
  const amount = forRecipient && draft.amount?.trim() ? parseRecordAmount(draft.amount) : undefined
  const rows = [
    ['Commission', draft.title],
    ['Organisation', draft.organisation],
    ['Prepared by', draft.preparedBy],
    ['Approved by', draft.approvedBy],
    ['Decision date', draft.decisionDate && formatDate(draft.decisionDate)],
    ['Recipient', forRecipient ? draft.recipient : undefined],
    ['Amount', amount?.ok ? formatPounds(amount.value) : undefined],
    ['Printed', formatDate(today)],
    [
      'Ruleset',
      `${result.ruleset.version}, legal facts last checked ${formatDate(result.ruleset.checked)}`,
    ],
  ].filter((r): r is [string, string] => Boolean(r[1]?.trim()))
  return (
    <div className="app-print-only" data-print-details>
      <p className="govuk-body-l govuk-!-font-weight-bold">Decision record</p>
      <dl className="govuk-summary-list govuk-summary-list--no-border">
        {rows.map(([label, value]) => (
          <div className="govuk-summary-list__row" key={label}>
            <dt className="govuk-summary-list__key">{label}</dt>
            <dd className="govuk-summary-list__value">{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  )
}
