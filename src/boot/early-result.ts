import { decide } from '@machines/decide'
import { type Headline, headlineOf } from '@machines/headline'
import { headlineQuestions, wordsOf } from '@machines/rationale'
import { parseAnswerQuery } from '@/lib/answers/answer-query'
import { questionUrl } from '@/lib/answers/answer-urls'
import { loadRouteContent } from '@/lib/route-content/load-route-content'
import { moreStepsLink, NEXT_STEPS_ID, resultSummary } from '@/lib/route-content/result-summary'
import { loadReasonBook } from './reason-book'

type Child = Node | string | false | undefined

/** document.createElement with a class, attributes and children; text is never parsed as HTML. */
function element(
  doc: Document,
  tag: string,
  className: string,
  children: Child[] = [],
  attributes: Record<string, string> = {},
): HTMLElement {
  const node = doc.createElement(tag)
  if (className) node.className = className
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value)
  node.append(...children.filter((c): c is Node | string => c !== false && c !== undefined))
  return node
}

/**
 * On a slow connection a result link would show "Loading the page…" until React, the
 * router and the result page have all arrived. The recommendation needs only the
 * decision logic and the reached route's content, so it is painted first, in the same
 * markup as the top of the result page (the caption, title, summary card, assumptions and
 * summary) and from the same words (headlineOf, the top of resultOf). The app replaces it
 * with the whole page when it starts.
 *
 * Paints nothing, and leaves the loading message, for a link with problems or an
 * unfinished set of answers: the app explains those.
 */
export async function paintEarlyResult(
  doc: Document,
  search: string,
  today: string,
): Promise<Headline | null> {
  const main = doc.getElementById('main-content')
  const { answers, startDate, problems } = parseAnswerQuery(search)
  if (!main || problems.length > 0) return null
  const decision = decide(answers, { startDate, today })
  if (!decision.route) return null
  // Only the reached route's content, which the app finds loaded when it starts, and the
  // reasons of the few answers shown here.
  const [content, book] = await Promise.all([
    loadRouteContent(decision.route),
    loadReasonBook(headlineQuestions(decision.path)),
  ])
  const result = headlineOf(decision, content, book)

  const el = (
    tag: string,
    className: string,
    children?: Child[],
    attributes?: Record<string, string>,
  ) => element(doc, tag, className, children, attributes)
  const summary = resultSummary(result, result.reason)
  const more = moreStepsLink(summary)
  const facts = summary.facts.map((fact) =>
    el('div', 'govuk-summary-list__row', [
      el('dt', 'govuk-summary-list__key', [fact.label]),
      el('dd', 'govuk-summary-list__value', [
        fact.value,
        fact.note && el('span', 'app-source', [fact.note]),
      ]),
    ]),
  )
  const count = result.assumptions.length
  const assumptions =
    count > 0 &&
    el('div', 'govuk-warning-text app-assumptions', [
      el('span', 'govuk-warning-text__icon', ['!'], { 'aria-hidden': 'true' }),
      el('div', 'govuk-warning-text__text', [
        el('span', 'govuk-visually-hidden', ['Warning']),
        el('h2', 'govuk-heading-m', [
          `This result rests on ${count === 1 ? 'an assumption' : `${count} assumptions`}`,
        ]),
        el(
          'ul',
          'govuk-list',
          result.assumptions.map((a) =>
            el('li', 'govuk-!-margin-bottom-4', [
              el('strong', '', [a.assumed]),
              ` ${a.why} `,
              el('span', 'govuk-!-font-weight-bold', ['To check:']),
              ` ${a.check} `,
              el(
                'a',
                'govuk-link app-no-print',
                [
                  'Change',
                  el('span', 'govuk-visually-hidden', [
                    ` your answer to ${wordsOf(book, a.question).title}`,
                  ]),
                ],
                { href: questionUrl(a.question, answers, startDate, 'result') },
              ),
            ]),
          ),
        ),
      ]),
    ])

  main.replaceChildren(
    // As tall as the loading message it replaces, so the footer does not jump.
    el('div', 'app-loading govuk-grid-row', [
      el('div', 'govuk-grid-column-two-thirds', [
        el('span', 'govuk-caption-l', ['Recommended route']),
        el('h1', 'govuk-heading-l', [result.title], { tabindex: '-1' }),
        // The summary card, as ResultSummaryCard draws it; the record buttons come with the app.
        el('div', 'app-result-summary', [
          el('div', 'app-result-route', [
            el('dl', 'govuk-summary-list govuk-summary-list--no-border', facts),
          ]),
          summary.firstSteps.length > 0 && el('h2', 'govuk-heading-s', ['First things to do']),
          summary.firstSteps.length > 0 &&
            el(
              'ol',
              'govuk-list govuk-list--number',
              summary.firstSteps.map((step) => el('li', '', [step])),
            ),
          more &&
            el('p', 'govuk-body app-no-print', [
              el('a', 'govuk-link', [more], { href: `#${NEXT_STEPS_ID}` }),
            ]),
        ]),
        assumptions,
        el('p', 'govuk-body-l', [result.summary]),
      ]),
      // Says that the buttons, references and the rest are still to come.
      el('p', 'govuk-visually-hidden', ['The rest of the page is loading.'], { role: 'status' }),
    ]),
  )
  doc.title = `${result.title} – Route Finder`
  return result
}
