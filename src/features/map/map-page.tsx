import './map.scss'
import { decisionGraph } from '@machines/decision-graph'
import { progress } from '@machines/progress'
import { isQuestionId } from '@machines/questions'
import { isRouteId } from '@machines/routes'
import { useCallback, useMemo } from 'react'
import { Link, useNavigate } from 'react-router-dom'
import { linkHeading } from '@/components/link-problem-page/link-problem-page'
import { Page } from '@/components/page/page'
import { paths } from '@/config/paths'
import { questionUrl, resultUrl } from '@/lib/answers/answer-urls'
import { MapLegend } from './map-legend'
import { MapOutline, OUTLINE_ID } from './map-outline'
import { mapPath, noPath } from './map-path'
import { MapViewport } from './map-viewport'
import { type MapAnswers, useMapAnswers } from './use-map-answers'
import { usePhone } from './use-phone'

/** Read from the statechart once, when the map is first opened. */
const graph = decisionGraph()

/** The whole decision model as a diagram, with the current session's path marked. */
export function MapPage() {
  const session = useMapAnswers()
  const navigate = useNavigate()
  const { answers, startDate, today, source } = session
  const path = useMemo(
    () =>
      source === 'none' || source === 'link-problem'
        ? noPath
        : mapPath(graph, progress(answers, { startDate, today })),
    [answers, startDate, today, source],
  )
  // Nodes on the path, and the next question, take you back into the session there.
  const linkFor = useCallback(
    (id: string) => {
      if (!path.nodes.has(id) && path.next !== id) return undefined
      if (isQuestionId(id)) return questionUrl(id, path.given, startDate)
      if (isRouteId(id)) return resultUrl(path.given, startDate)
      return undefined
    },
    [path, startDate],
  )
  const follow = useCallback((href: string) => navigate(href), [navigate])
  // On a phone the diagram is too small to read whole: the list comes first, and the
  // diagram after it for those who want to pan and zoom.
  const phone = usePhone()
  const diagram = <MapViewport graph={graph} path={path} linkFor={linkFor} onFollow={follow} />
  const outline = <MapOutline graph={graph} path={path} linkFor={linkFor} onFollow={follow} />
  return (
    <div className="app-map-page">
      <Page title="Decision map">
        <p className="govuk-body">
          Every question and every route of the decision model, and where each answer leads. The map
          is drawn from the same rules that choose your route.
        </p>
        <PathNote session={session} />
        {phone ? (
          <>
            {outline}
            <h2 className="govuk-heading-m">The map as a diagram</h2>
            <MapLegend />
            {diagram}
          </>
        ) : (
          <>
            <MapLegend />
            <p className="govuk-body app-map__screen-only">
              <a className="govuk-link" href={`#${OUTLINE_ID}`}>
                Skip the diagram and read the map as a list
              </a>
            </p>
            {diagram}
            {outline}
          </>
        )}
      </Page>
    </div>
  )
}

function PathNote({ session }: { session: MapAnswers }) {
  if (session.source === 'link-problem') {
    return (
      <div className="govuk-inset-text" data-link-problem>
        <p className="govuk-body govuk-!-font-weight-bold">
          {linkHeading(session.faults ?? [])}, so no path is marked.
        </p>
        <ul className="govuk-list govuk-list--bullet" data-testid="link-problems">
          {(session.problems ?? []).map((p) => (
            <li key={p.field + p.message}>{p.message}</li>
          ))}
        </ul>
      </div>
    )
  }
  if (session.source === 'link') {
    return <p className="govuk-body">Your path, from the answers you have given, is marked.</p>
  }
  if (session.source === 'session') {
    return (
      <p className="govuk-body">
        The path of your most recently saved session, ‘{session.session?.name}’, is marked.
      </p>
    )
  }
  return (
    <p className="govuk-body">
      <Link className="govuk-link" to={paths.start}>
        Answer the questions
      </Link>{' '}
      and your path will be marked on the map.
    </p>
  )
}
