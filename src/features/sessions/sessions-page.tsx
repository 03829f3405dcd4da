import '@/styles/forms.scss'
import { formatDate } from '@machines/content/date'
import { type FormEvent, useState } from 'react'
import { Link } from 'react-router-dom'
import { Page } from '@/components/page/page'
import { useRecordDraft } from '@/lib/record-draft/record-draft'
import { type SavedSession, useSessions } from '@/lib/sessions/sessions-store'

export function SessionsPage() {
  const sessions = useSessions((s) => s.sessions)
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Page title="Your saved sessions">
          <p className="govuk-body">
            Sessions are kept in this browser only. Anyone using this browser profile can see them.
          </p>
          {sessions.length === 0 ? (
            <p className="govuk-body">You have no saved sessions.</p>
          ) : (
            <ul className="govuk-list app-list-plain">
              {sessions.map((s) => (
                <SessionItem key={s.id} session={s} />
              ))}
            </ul>
          )}
        </Page>
      </div>
    </div>
  )
}

function SessionItem({ session }: { session: SavedSession }) {
  const rename = useSessions((s) => s.rename)
  const remove = useSessions((s) => s.remove)
  // Kept as found (see the notice at the top): they open, but do not change.
  const readOnly = useSessions((s) => s.status === 'newer' || s.status === 'unreadable')
  const [editing, setEditing] = useState(false)
  // The session's notes and details come back with it.
  const resume = () => useRecordDraft.getState().replace(session.draft)
  const inputId = `rename-${session.id}`
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const name = String(new FormData(event.currentTarget).get('name') ?? '').trim()
    if (name) rename(session.id, name)
    setEditing(false)
  }
  const stage = session.path.startsWith('/result') ? 'Finished' : 'In progress'
  return (
    <li className="govuk-!-margin-bottom-6" data-session-id={session.id}>
      <h2 className="govuk-heading-s govuk-!-margin-bottom-1">
        <Link className="govuk-link" to={session.path + session.query} onClick={resume}>
          {session.name}
        </Link>
      </h2>
      <p className="govuk-body-s govuk-!-margin-bottom-2">
        {stage}. Saved {formatDate(session.savedAt.slice(0, 10))}.
      </p>
      {editing ? (
        <form onSubmit={submit} className="govuk-!-margin-bottom-2">
          <div className="govuk-form-group">
            <label className="govuk-label" htmlFor={inputId}>
              New name
            </label>
            <input
              className="govuk-input govuk-input--width-20"
              id={inputId}
              name="name"
              defaultValue={session.name}
            />
          </div>
          <button type="submit" className="govuk-button govuk-button--secondary">
            Save name
          </button>
        </form>
      ) : readOnly ? null : (
        <div className="govuk-button-group">
          <Link className="govuk-link" to={session.path + session.query} onClick={resume}>
            Resume<span className="govuk-visually-hidden"> {session.name}</span>
          </Link>
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            onClick={() => setEditing(true)}
          >
            Rename<span className="govuk-visually-hidden"> {session.name}</span>
          </button>
          <button
            type="button"
            className="govuk-button govuk-button--warning"
            onClick={() => remove(session.id)}
          >
            Delete<span className="govuk-visually-hidden"> {session.name}</span>
          </button>
        </div>
      )}
    </li>
  )
}
