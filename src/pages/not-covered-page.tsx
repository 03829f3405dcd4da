import { knownGaps } from '@machines/content/known-gaps'
import { Page } from '@/components/page/page'

export function NotCoveredPage() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Page title="What this tool does not cover yet">
          <p className="govuk-body">
            Route Finder does not yet ask about the situations below. If one of them applies to you,
            the recommendation may not fit: take advice from your procurement or legal team.
          </p>
          {knownGaps.map((gap) => (
            <section key={gap.title}>
              <h2 className="govuk-heading-m">{gap.title}</h2>
              <p className="govuk-body">{gap.detail}</p>
            </section>
          ))}
        </Page>
      </div>
    </div>
  )
}
