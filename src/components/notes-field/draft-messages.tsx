import { groupDigits } from '@machines/content/money'
import {
  MAX_TEXT_LENGTH,
  type NoteKey,
  type RecordDetailField,
  useDraftStorage,
  useRecordDraft,
} from '@/lib/record-draft/record-draft'

/** Says so when typed or pasted text was cut at the limit, instead of cutting it silently. */
export function TextCutMessage({ field, id }: { field: RecordDetailField | NoteKey; id: string }) {
  const cut = useRecordDraft((s) => Boolean(s.cut[field]))
  if (!cut) return null
  return (
    <p id={id} className="govuk-hint govuk-!-margin-top-1" role="status" data-text-cut>
      Only the first {groupDigits(MAX_TEXT_LENGTH)} characters are kept. Put longer text in a
      separate document and refer to it here.
    </p>
  )
}

/** Says so when this tab cannot store the notes and details, so a reload would lose them. */
export function DraftNotKeptMessage() {
  const status = useDraftStorage((s) => s.status)
  if (status !== 'unavailable' && status !== 'full' && status !== 'unreadable') return null
  return (
    <div className="govuk-warning-text" data-draft-not-kept>
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">Warning</span>
        This browser is not keeping your notes and details for this tab, so reloading or closing the
        page loses them. Download the record to keep them.
      </strong>
    </div>
  )
}
