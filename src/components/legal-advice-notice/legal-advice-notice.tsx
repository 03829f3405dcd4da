import { disclaimer } from '@machines/content/disclaimer'
import { Link } from 'react-router-dom'
import { paths } from '@/config/paths'

export function LegalAdviceNotice() {
  return (
    <div className="govuk-inset-text" data-testid="legal-advice-notice">
      <h2 className="govuk-heading-s">{disclaimer.heading}</h2>
      {disclaimer.body.map((p) => (
        <p className="govuk-body" key={p}>
          {p}
        </p>
      ))}
      <p className="govuk-body">
        <Link className="govuk-link" to={paths.notCovered}>
          What this tool does not cover yet
        </Link>
      </p>
    </div>
  )
}
