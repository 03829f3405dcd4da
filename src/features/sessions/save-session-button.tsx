import { useState } from 'react'
import { Link, useLocation } from 'react-router-dom'
import { paths } from '@/config/paths'
import { compactDraft, useRecordDraft } from '@/lib/record-draft/record-draft'
import { useSessions } from '@/lib/sessions/sessions-store'

/** Saves the page being shown (its path and answers) as a named session in this browser. */
export function SaveSessionButton({ defaultName }: { defaultName: string }) {
  const location = useLocation()
  const save = useSessions((s) => s.save)
  const status = useSessions((s) => s.status)
  const [saved, setSaved] = useState(false)
  return (
    <div className="app-no-print">
      <button
        type="button"
        className="govuk-button govuk-button--secondary"
        onClick={() => {
          save({
            name: defaultName,
            path: location.pathname,
            query: location.search,
            draft: compactDraft(useRecordDraft.getState().draft),
          })
          setSaved(true)
        }}
      >
        Save this session
      </button>
      <p className="govuk-body" role="status">
        {saved &&
          (status === 'unavailable' ? (
            'This browser would not let us save it. Copy the link instead: it holds all your answers.'
          ) : (
            <>
              Saved in this browser.{' '}
              <Link className="govuk-link" to={paths.sessions}>
                See your saved sessions
              </Link>
            </>
          ))}
      </p>
    </div>
  )
}
