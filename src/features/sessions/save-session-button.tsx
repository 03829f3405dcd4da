import { groupDigits } from '@machines/content/money'
import { type ReactNode, useState } from 'react'
import { Link, useLocation } from 'react-router-dom'
import { paths } from '@/config/paths'
import { compactDraft, useRecordDraft } from '@/lib/record-draft/record-draft'
import { MAX_SESSIONS_LENGTH, type SaveOutcome, useSessions } from '@/lib/sessions/sessions-store'

const refusals: Record<Extract<SaveOutcome, { ok: false }>['reason'], string> = {
  'too-big': `Not saved: your saved sessions would pass the ${groupDigits(MAX_SESSIONS_LENGTH)} characters this browser keeps for them. Delete sessions you no longer need and save again, or download the record.`,
  'read-only':
    'Not saved: your saved sessions are being kept as they are (the message at the top of the page says why). Copy the link or download the record instead.',
}

function message(outcome: SaveOutcome): ReactNode {
  if (!outcome.ok) return refusals[outcome.reason]
  if (!outcome.stored) {
    return 'This browser would not let us save it. Copy the link instead: it holds all your answers.'
  }
  return (
    <>
      Saved in this browser.{' '}
      <Link className="govuk-link" to={paths.sessions}>
        See your saved sessions
      </Link>
    </>
  )
}

/** Saves the page being shown (its path and answers) as a named session in this browser. */
export function SaveSessionButton({ defaultName }: { defaultName: string }) {
  const location = useLocation()
  const save = useSessions((s) => s.save)
  const [outcome, setOutcome] = useState<SaveOutcome>()
  return (
    <div className="app-no-print">
      <button
        type="button"
        className="govuk-button govuk-button--secondary"
        onClick={() =>
          setOutcome(
            save({
              name: defaultName,
              path: location.pathname,
              query: location.search,
              draft: compactDraft(useRecordDraft.getState().draft),
            }),
          )
        }
      >
        Save this session
      </button>
      <p
        className={outcome?.ok === false ? 'govuk-error-message' : 'govuk-body'}
        role="status"
        data-save-outcome={outcome ? (outcome.ok ? 'saved' : outcome.reason) : undefined}
      >
        {outcome && message(outcome)}
      </p>
    </div>
  )
}
