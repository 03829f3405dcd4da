import type { Alternative } from '@machines/result'
import { useId, useState } from 'react'

/** How many alternatives show before "Show all alternatives": the nearest, as ranked. */
const FIRST_ALTERNATIVES = 3

/**
 * The alternatives in their ranked order (machines/alternatives.ts): the first few with
 * their reasons, the rest behind a button. All of them print.
 */
export function AlternativesList({ alternatives }: { alternatives: readonly Alternative[] }) {
  const [all, setAll] = useState(false)
  const listId = useId()
  const hidden = alternatives.length - FIRST_ALTERNATIVES
  return (
    <>
      <dl className={`govuk-summary-list${all ? '' : ' app-alternatives--collapsed'}`} id={listId}>
        {alternatives.map((a, i) => (
          <div
            className={`govuk-summary-list__row${i >= FIRST_ALTERNATIVES ? ' app-alternative--more' : ''}`}
            // A change can be ruled out of two variants of the same route.
            key={`${a.route}|${a.variant ?? ''}|${a.ruledOutBy.question}`}
          >
            <dt className="govuk-summary-list__key">{a.name}</dt>
            <dd className="govuk-summary-list__value">
              <p className="govuk-body">Not recommended: {a.whyNot}.</p>
              <p className="govuk-body">{a.wouldApplyIf}</p>
            </dd>
          </div>
        ))}
      </dl>
      {hidden > 0 && !all && (
        <p className="govuk-body-s app-no-print">
          {hidden === 1 ? '1 more route was' : `${hidden} more routes were`} considered.
        </p>
      )}
      {hidden > 0 && (
        <button
          type="button"
          className="govuk-button govuk-button--secondary app-no-print"
          aria-expanded={all}
          aria-controls={listId}
          onClick={() => setAll((shown) => !shown)}
        >
          {all ? 'Show fewer alternatives' : 'Show all alternatives'}
        </button>
      )}
    </>
  )
}
