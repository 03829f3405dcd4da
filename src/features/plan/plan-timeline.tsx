import './plan-timeline.scss'
import { formatDate } from '@machines/content/date'
import type { IsoDate } from '@machines/dates'
import type { PlanStep, StepKind } from '@machines/plan/types'
import { type CSSProperties, type KeyboardEvent, useMemo, useState } from 'react'
import { dateKindWords, isProposal } from '@/lib/plan/plan-words'
import {
  DEFAULT_LABEL_WIDTH,
  type EventGroup,
  positionOn,
  type TimelineLayout,
  type TimelineSpan,
  timelineLayout,
} from './timeline-layout'
import {
  movedSummary,
  movedText,
  spanLength,
  spanName,
  todayText,
  timelineWords as words,
} from './timeline-words'

type Props = { steps: PlanStep[]; today: IsoDate }

/** The axis is cut into this many grid columns, so a percentage lands on a column (0.5% each). */
const COLUMNS = 200
const column = (percent: number) => Math.round((percent / 100) * COLUMNS) + 1

/** Which step of a date names its label: a notice before a deadline before the rest. */
const weight: Record<StepKind, number> = {
  notice: 0,
  deadline: 1,
  'period-end': 2,
  milestone: 3,
  action: 4,
}
const lead = (steps: PlanStep[]) =>
  [...steps].sort((a, b) => weight[a.kind] - weight[b.kind] || a.order - b.order)[0] as PlanStep

const kindOf = (step: PlanStep) =>
  `${dateKindWords[step.result.dateKind]}${isProposal(step) ? ', proposed' : ''}`

/**
 * The plan on a time axis (issue 17): dates as markers, periods as spans, today as a line. The
 * dates are an ordered list in date order, so a screen reader hears the same plan as a list; on
 * a phone and on paper the list stands on its own as a vertical timeline.
 */
export function PlanTimeline({ steps, today }: Props) {
  const layout = useMemo(() => timelineLayout(steps, today), [steps, today])
  const [active, setActive] = useState<IsoDate>()
  const [dismissed, setDismissed] = useState<IsoDate>()
  const [open, setOpen] = useState<IsoDate>()
  if (!layout) return null
  const activeDays = layout.groups
    .find((g) => g.date === active)
    ?.steps.flatMap((s) => s.result.skipped ?? [])

  // Escape hides the details without moving focus or the pointer (WCAG 1.4.13).
  const onKeyDown = (date: IsoDate) => (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return
    setDismissed(date)
    setOpen(undefined)
  }
  const enter = (date: IsoDate) => () => {
    setActive(date)
    setDismissed(undefined)
  }
  const leave = () => setActive(undefined)

  const todayAt = layout.groups.findIndex((g) => g.date >= today)
  const todayItem = <TodayItem key="today" layout={layout} />
  const items = layout.groups.map((group) => (
    <EventItem
      key={group.date}
      group={group}
      spans={layout.spans}
      dismissed={dismissed === group.date}
      open={open === group.date}
      onToggle={() => {
        setDismissed(undefined)
        setOpen(open === group.date ? undefined : group.date)
      }}
      onEnter={enter(group.date)}
      onLeave={leave}
      onKeyDown={onKeyDown(group.date)}
    />
  ))
  items.splice(todayAt < 0 ? items.length : todayAt, 0, todayItem)

  return (
    <div
      className="app-timeline"
      style={{ '--app-timeline-label': `${DEFAULT_LABEL_WIDTH}%` } as CSSProperties}
    >
      <h3 className="govuk-heading-m" id="plan-timeline-heading">
        {words.heading}
      </h3>
      <p className="govuk-body-s">
        From {formatDate(layout.from)} to {formatDate(layout.to)}.
        <span className="app-timeline__hint"> {words.hint}</span>
      </p>
      <div className="app-timeline__chart">
        <div className="app-timeline__track">
          <Now layout={layout} />
          {layout.spans.length > 0 && (
            <ul className="app-timeline__spans" aria-label={words.periods}>
              {layout.spans.map((span) => (
                <li
                  key={span.end.id}
                  className={`app-timeline__span app-timeline__span--${span.kind}`}
                  style={{
                    gridColumn: `${column(span.left)} / ${Math.max(column(span.right), column(span.left) + 1)}`,
                    gridRow: span.lane + 1,
                  }}
                >
                  <span className="app-timeline__span-label">
                    {spanName(span)}
                    <span className="app-timeline__span-dates">
                      : {formatDate(span.from)} to {formatDate(span.to)}
                    </span>{' '}
                    ({spanLength(span)})
                  </span>
                  <span className="app-timeline__span-bar" aria-hidden="true" />
                </li>
              ))}
            </ul>
          )}
          <Axis layout={layout} skipped={activeDays ?? []} />
        </div>
        <ol
          className="app-timeline__events"
          aria-label={words.dates}
          style={{ gridTemplateRows: `repeat(${layout.lanes}, auto)` }}
        >
          {items}
        </ol>
      </div>
    </div>
  )
}

/** Today as a line down to the axis, named above the periods. */
function Now({ layout }: { layout: TimelineLayout }) {
  const { today } = layout
  return (
    <span
      className={`app-timeline__now app-timeline__now--${today.position > 75 ? 'end' : 'start'}`}
      style={{ left: `${today.position}%` }}
      aria-hidden="true"
    >
      <span className="app-timeline__now-label">{todayText(today, layout.from, layout.to)}</span>
    </span>
  )
}

function Axis({
  layout,
  skipped,
}: {
  layout: TimelineLayout
  skipped: { date: IsoDate; name: string }[]
}) {
  return (
    <div className="app-timeline__axis" aria-hidden="true">
      {layout.ticks.map((t) => (
        <span key={t.date} className="app-timeline__tick" style={{ left: `${t.position}%` }}>
          {t.label}
        </span>
      ))}
      {skipped.map((d) => (
        <span
          key={d.date}
          className="app-timeline__off"
          style={{ left: `${positionOn(layout.from, layout.to, d.date)}%` }}
          title={d.name}
        />
      ))}
      {layout.groups.map((g) => (
        <span
          key={g.date}
          className={`app-timeline__marker${g.steps.some((s) => s.result.dateKind === 'pinned') ? ' app-timeline__marker--set' : ''}`}
          style={{ left: `${g.position}%` }}
        />
      ))}
    </div>
  )
}

function TodayItem({ layout }: { layout: TimelineLayout }) {
  return (
    <li className="app-timeline__today" aria-current="date">
      <time dateTime={layout.today.date}>{todayText(layout.today, layout.from, layout.to)}</time>
    </li>
  )
}

/** The date's place in each period it falls in, for the vertical timeline's rail. */
function railClasses(group: EventGroup, spans: TimelineSpan[]): string {
  return spans
    .filter((s) => s.from <= group.date && group.date <= s.to)
    .map((s) => {
      const at = s.from === group.date ? 'start' : s.to === group.date ? 'end' : 'within'
      return ` app-timeline__event--${s.kind}-${s.from === s.to ? 'point' : at}`
    })
    .join('')
}

function EventItem({
  group,
  spans,
  dismissed,
  open,
  onEnter,
  onLeave,
  onKeyDown,
  onToggle,
}: {
  group: EventGroup
  spans: TimelineSpan[]
  dismissed: boolean
  open: boolean
  onEnter: () => void
  onLeave: () => void
  onKeyDown: (event: KeyboardEvent) => void
  onToggle: () => void
}) {
  const main = lead(group.steps)
  const more = group.steps.length - 1
  const summary = movedSummary(group.steps)
  const detailsId = `plan-timeline-${group.date}`
  const state = dismissed
    ? ' app-timeline__event--dismissed'
    : open
      ? ' app-timeline__event--open'
      : ''
  return (
    <li
      className={`app-timeline__event app-timeline__event--${group.align}${state}${railClasses(group, spans)}`}
      data-date={group.date}
      style={
        {
          gridColumn: `${column(group.from)} / ${column(group.to)}`,
          gridRow: group.lane + 1,
          '--app-timeline-gap': group.gapBefore,
        } as CSSProperties
      }
      onMouseEnter={onEnter}
      onMouseLeave={onLeave}
    >
      {/* The date is a button: focus shows its details as hover does, and a tap keeps them open. */}
      <button
        type="button"
        className="app-timeline__card"
        aria-describedby={detailsId}
        onFocus={onEnter}
        onBlur={onLeave}
        onKeyDown={onKeyDown}
        onClick={onToggle}
      >
        <time className="app-timeline__date" dateTime={group.date}>
          {formatDate(group.date)}
        </time>
        <span className="app-timeline__title" aria-hidden="true">
          {main.title}
          {more > 0 && <span className="app-timeline__more"> and {more} more</span>}
        </span>
        {summary && (
          <span className="app-timeline__moved" aria-hidden="true">
            {summary}
          </span>
        )}
      </button>
      <div className="app-timeline__details" id={detailsId}>
        <ul className="app-timeline__steps">
          {group.steps.map((step) => (
            <li key={step.id} data-timeline-step={step.id}>
              <span className="app-timeline__step-title">{step.title}</span> ({kindOf(step)})
              {movedText(step).map((line) => (
                // The space keeps the words apart where the line is read, not seen.
                <span key={line}>
                  {' '}
                  <span className="app-timeline__step-moved">{line}</span>
                </span>
              ))}
            </li>
          ))}
        </ul>
        {!summary && <p className="app-timeline__unmoved">{words.unmoved}</p>}
      </div>
    </li>
  )
}
