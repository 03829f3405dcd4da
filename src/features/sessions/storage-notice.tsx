import { useSessions } from '@/lib/sessions/sessions-store'

/** Says when saved sessions cannot be used, so nobody thinks they are lost without a reason. */
export function StorageNotice() {
  const status = useSessions((s) => s.status)
  if (status === 'ok') return null
  return (
    <section
      className="govuk-notification-banner"
      aria-labelledby="storage-notice-title"
      data-module="govuk-notification-banner"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="storage-notice-title">
          Important
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">
          {status === 'unavailable'
            ? 'Saved sessions are unavailable in this browser.'
            : 'Your saved sessions could not be read, so they were reset.'}
        </p>
        <p className="govuk-body">
          Everything else works. To keep your answers, copy the page link or download the record.
        </p>
      </div>
    </section>
  )
}
