import { NEXT, ON_PATH } from './map-content'

/** How the diagram marks things, in words: the marks themselves never rely on colour alone. */
export function MapLegend() {
  return (
    <ul className="govuk-list govuk-list--bullet app-map-legend">
      <li>
        <strong>{ON_PATH}</strong>: the questions you answered and the arrows between them, drawn
        with a thick blue line, with your answer. Choose one to change your answer.
      </li>
      <li>
        <strong>{NEXT}</strong>: a dashed box.
      </li>
      <li>
        <strong>Route</strong>: a grey box where the questions end.
      </li>
    </ul>
  )
}
