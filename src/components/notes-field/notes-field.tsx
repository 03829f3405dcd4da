import { useFacilitator } from '@/lib/facilitator/facilitator-store'
import { type NoteKey, useRecordDraft } from '@/lib/record-draft/record-draft'
import { DraftNotKeptMessage, TextCutMessage } from './draft-messages'

/**
 * "Notes for the record": optional, kept with the session and printed and exported with
 * the answers. Its name is not the question's, so a form's first field stays the answer.
 */
export function NotesField({ noteKey }: { noteKey: NoteKey }) {
  // In facilitator mode the notes are open, so the room's reasons are recorded as they go.
  const open = useFacilitator((s) => s.enabled)
  const note = useRecordDraft((s) => s.draft.notes[noteKey] ?? '')
  const setNote = useRecordDraft((s) => s.setNote)
  const id = `notes-${noteKey}`
  return (
    <details className="govuk-details app-notes" open={open || note !== '' || undefined}>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Notes for the record</span>
      </summary>
      <div className="govuk-details__text">
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor={id}>
            Notes for the record (optional)
          </label>
          <div id={`${id}-hint`} className="govuk-hint">
            For example the reasons discussed or what to check. Notes appear in the printed and
            downloaded record.
          </div>
          <textarea
            className="govuk-textarea"
            id={id}
            name="notes"
            rows={4}
            aria-describedby={`${id}-hint ${id}-cut`}
            value={note}
            onChange={(e) => setNote(noteKey, e.target.value)}
          />
          <TextCutMessage field={noteKey} id={`${id}-cut`} />
          <DraftNotKeptMessage />
        </div>
      </div>
    </details>
  )
}
