import { useUpdate } from './update-store'

/** Offers a new version without replacing the page the person is working on. */
export function UpdateBanner() {
  const waiting = useUpdate((s) => s.waiting)
  const apply = useUpdate((s) => s.apply)
  if (!waiting) return null
  return (
    <section
      className="govuk-notification-banner"
      aria-labelledby="update-title"
      data-module="govuk-notification-banner"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="update-title">
          Update available
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">
          A new version of Route Finder is ready.
        </p>
        <p className="govuk-body">Your answers are in the page address, so reloading keeps them.</p>
        <button type="button" className="govuk-button govuk-!-margin-bottom-0" onClick={apply}>
          Reload to update
        </button>
      </div>
    </section>
  )
}
