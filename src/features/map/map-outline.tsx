import type { DecisionGraph, GraphNode } from '@machines/decision-graph'
import type { MouseEvent } from 'react'
import { givenAnswer, NEXT, ON_PATH, YOUR_ROUTE } from './map-content'
import type { MapPath } from './map-path'

export const OUTLINE_ID = 'app-map-outline'
const itemId = (id: string) => `${OUTLINE_ID}-${id}`

/**
 * The map as text, beside the diagram and built from the same graph: each question, the
 * answers to it and where each leads (a link to that question or route further down).
 * The path is marked in words here too.
 */
export function MapOutline({
  graph,
  path,
  linkFor,
  onFollow,
}: {
  graph: DecisionGraph
  path: MapPath
  linkFor: (id: string) => string | undefined
  onFollow: (href: string) => void
}) {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]))
  const questions = graph.nodes.filter((n) => n.kind === 'question')
  const routes = graph.nodes.filter((n) => n.kind === 'route')
  const follow = (href: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return
    event.preventDefault()
    onFollow(href)
  }
  const jump = (node: GraphNode, text: string) => {
    const href = linkFor(node.id)
    return href ? (
      <a className="govuk-link" href={href} onClick={follow(href)}>
        {text}
        <span className="govuk-visually-hidden">: {node.label}</span>
      </a>
    ) : null
  }
  return (
    <section className="app-map-outline" id={OUTLINE_ID} aria-labelledby={`${OUTLINE_ID}-heading`}>
      <h2 className="govuk-heading-m" id={`${OUTLINE_ID}-heading`}>
        The map as a list
      </h2>
      <p className="govuk-body">
        Every question, its answers and where each answer leads, then every route. The questions are
        in the order they can be asked.
      </p>
      <h3 className="govuk-heading-s">Questions</h3>
      <ol className="govuk-list govuk-list--number">
        {questions.map((node) => {
          const onPath = path.nodes.has(node.id)
          const answer = givenAnswer(node, path)
          return (
            <li
              key={node.id}
              id={itemId(node.id)}
              tabIndex={-1}
              className="app-map-outline__item"
              data-outline-id={node.id}
              data-on-path={onPath ? 'true' : undefined}
            >
              <span className="govuk-!-font-weight-bold">{node.label}</span>
              {onPath && (
                <span className="app-map-outline__path">
                  <strong>{ON_PATH}.</strong> Your answer: {answer}.{' '}
                  {jump(node, 'Change this answer')}
                </span>
              )}
              {path.next === node.id && (
                <span className="app-map-outline__path">
                  <strong>{NEXT}.</strong> {jump(node, 'Answer this question')}
                </span>
              )}
              <ul className="govuk-list govuk-list--bullet">
                {graph.edges
                  .filter((e) => e.source === node.id)
                  .map((edge) => {
                    const target = byId.get(edge.target)
                    const taken = path.edges.has(edge.id)
                    return (
                      <li
                        key={edge.id}
                        data-outline-edge={edge.id}
                        data-on-path={taken ? 'true' : undefined}
                      >
                        {/* The way taken, not the answer itself: it may be "Any answer". */}
                        {taken && <strong>{ON_PATH}: </strong>}
                        {edge.label}: {target?.kind === 'route' ? 'route ' : 'next, '}
                        <a className="govuk-link" href={`#${itemId(edge.target)}`}>
                          {target?.label}
                        </a>
                      </li>
                    )
                  })}
              </ul>
            </li>
          )
        })}
      </ol>
      <h3 className="govuk-heading-s">Routes</h3>
      <ul className="govuk-list govuk-list--bullet">
        {routes.map((node) => {
          const reached = path.nodes.has(node.id)
          return (
            <li
              key={node.id}
              id={itemId(node.id)}
              tabIndex={-1}
              className="app-map-outline__item"
              data-outline-id={node.id}
              data-on-path={reached ? 'true' : undefined}
            >
              {node.label}
              {reached && (
                <span className="app-map-outline__path">
                  <strong>{YOUR_ROUTE}.</strong> {jump(node, 'See your result')}
                </span>
              )}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
