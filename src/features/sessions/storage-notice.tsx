import { type SessionsStatus, unreadableKey, useSessions } from '@/lib/sessions/sessions-store'
import { STORAGE_KEY } from '@/lib/sessions/stored-sessions'

const headings: Record<Exclude<SessionsStatus, 'ok'>, string> = {
  unavailable: 'Saved sessions are unavailable in this browser.',
  'kept-aside': 'Your saved sessions could not be read, so we set them aside.',
  unreadable: 'Your saved sessions could not be read, so we left them as they are.',
  newer: 'Your saved sessions were saved by a newer version of Route Finder.',
}

function Detail({ status }: { status: Exclude<SessionsStatus, 'ok'> }) {
  switch (status) {
    case 'kept-aside':
      return (
        <>
          Nothing was deleted: what was stored is kept, unchanged, in this browser’s storage under
          the name “{unreadableKey(STORAGE_KEY)}”. New sessions you save start a new list.
        </>
      )
    case 'unreadable':
      return (
        <>
          Nothing was deleted or written over. Saving new sessions is off in this browser until
          there is room to keep a copy of them.
        </>
      )
    case 'newer':
      return (
        <>
          You can open them here, but not change them or save new ones, so the newer version finds
          them as it left them. If the newer version is open in another tab, reload this page to use
          it.
        </>
      )
    default:
      return <>Everything else works.</>
  }
}

/** Says when saved sessions cannot be used, so nobody thinks they are lost without a reason. */
export function StorageNotice() {
  const status = useSessions((s) => s.status)
  if (status === 'ok') return null
  return (
    <section
      className="govuk-notification-banner"
      aria-labelledby="storage-notice-title"
      data-module="govuk-notification-banner"
      data-storage-status={status}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="storage-notice-title">
          Important
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{headings[status]}</p>
        <p className="govuk-body">
          <Detail status={status} /> To keep your answers, copy the page link or download the
          record.
        </p>
      </div>
    </section>
  )
}
