import { TextCutMessage } from '@/components/notes-field/draft-messages'
import { useRecordDraft } from '@/lib/record-draft/record-draft'

/** Notes on the decision as a whole, kept with the session and in every format. */
export function ResultNotes() {
  const note = useRecordDraft((s) => s.draft.notes.result ?? '')
  const setNote = useRecordDraft((s) => s.setNote)
  return (
    <div className="govuk-form-group">
      <label className="govuk-label" htmlFor="notes-result">
        Notes for the record (optional)
      </label>
      <div id="notes-result-hint" className="govuk-hint">
        For example why the group chose this route, or what to check before you go ahead.
      </div>
      <textarea
        className="govuk-textarea"
        id="notes-result"
        name="notes"
        rows={5}
        aria-describedby="notes-result-hint notes-result-cut"
        value={note}
        onChange={(e) => setNote('result', e.target.value)}
      />
      <TextCutMessage field="result" id="notes-result-cut" />
    </div>
  )
}
