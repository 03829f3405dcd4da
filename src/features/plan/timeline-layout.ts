/**
 * Where the plan's timeline puts things: each dated step as a position (a percentage) on a date
 * axis, the statutory periods as spans between the steps that bound them, today, and the label
 * rows ("lanes") that keep labels from overlapping. Pure arithmetic on civil dates, no layout
 * engine: the component turns these numbers into CSS.
 */
import type { IsoDate } from '@machines/dates'
import { addDays, dayOfWeek, daysBetween } from '@machines/plan/civil-date'
import type { PlanStep } from '@machines/plan/types'

/** A standstill (the phase says so) or a period to respond (participation, tenders, offers). */
export type SpanKind = 'standstill' | 'period'

/** The steps that share one date: one marker and one label on the axis. */
export type EventGroup = {
  date: IsoDate
  /** 0 to 100 along the axis. */
  position: number
  steps: PlanStep[]
  /** The label row, 0 nearest the axis. */
  lane: number
  /** Labels run right from the marker, or left from it near the end of the axis. */
  align: 'start' | 'end'
  /** The label's occupied stretch of the axis, in percent. */
  from: number
  to: number
  /** The time since the previous group as a share (0 to 1) of the longest such gap. */
  gapBefore: number
  /** The kinds of span this date falls within (start and end included). */
  within: SpanKind[]
}

export type TimelineSpan = {
  kind: SpanKind
  /** The step that ends the period, and the one it runs from. */
  end: PlanStep
  start: PlanStep
  from: IsoDate
  to: IsoDate
  /** Calendar days from start to end. */
  days: number
  left: number
  right: number
  lane: number
}

export type Tick = { date: IsoDate; position: number; label: string }

export type Today = { date: IsoDate; position: number; place: 'before' | 'on' | 'after' }

export type TimelineLayout = {
  from: IsoDate
  to: IsoDate
  groups: EventGroup[]
  spans: TimelineSpan[]
  ticks: Tick[]
  today: Today
  lanes: number
}

/** How wide a label is, in percent of the axis: two labels closer than this share no row. */
export const DEFAULT_LABEL_WIDTH = 19

const SHORT_MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
]

/** The steps a timeline shows: dated steps, not the engine's bounds (`stepId#name`), which restate them. */
export const timelineSteps = (steps: PlanStep[]): (PlanStep & { result: { date: IsoDate } })[] =>
  steps.filter(
    (s): s is PlanStep & { result: { date: IsoDate } } => !s.id.includes('#') && !!s.result.date,
  )

/**
 * The periods the plan holds, read from the engine's own data: a step that ends a period
 * (`period-end`) or is a deadline runs from the first day the engine reports for it (its
 * `#begins` bound) or else from the step its timing is anchored on. A deadline counted back from
 * a later step (a clarification cut-off before the tender deadline) is not a span.
 */
export function spanSteps(steps: PlanStep[]): { kind: SpanKind; start: PlanStep; end: PlanStep }[] {
  const dated = new Map(steps.filter((s) => s.result.date).map((s) => [s.id, s]))
  const found: { kind: SpanKind; start: PlanStep; end: PlanStep }[] = []
  for (const end of timelineSteps(steps)) {
    if (end.kind !== 'period-end' && end.kind !== 'deadline') continue
    const start =
      dated.get(`${end.id}#begins`) ??
      (end.timing.anchor ? dated.get(end.timing.anchor) : undefined)
    if (!start?.result.date || start.result.date > end.result.date) continue
    found.push({ kind: end.phase === 'standstill' ? 'standstill' : 'period', start, end })
  }
  return found
}

/** Places items of a given stretch in the first row where none overlaps; returns each row. */
function assignLanes(stretches: { from: number; to: number }[]): number[] {
  const rows: { from: number; to: number }[][] = []
  return stretches.map((s) => {
    let lane = rows.findIndex((row) => row.every((o) => s.from >= o.to || s.to <= o.from))
    if (lane < 0) {
      lane = rows.length
      rows.push([])
    }
    rows[lane]?.push(s)
    return lane
  })
}

/** Month starts (or Mondays on a short axis), thinned so that labels stay apart. */
function ticksFor(from: IsoDate, to: IsoDate, at: (d: IsoDate) => number): Tick[] {
  const days = daysBetween(from, to)
  const candidates: Tick[] = []
  if (days <= 62) {
    let d = addDays(from, (8 - dayOfWeek(from)) % 7)
    while (d <= to) {
      const [, m, day] = d.split('-').map(Number) as [number, number, number]
      candidates.push({ date: d, position: at(d), label: `${day} ${SHORT_MONTHS[m - 1]}` })
      d = addDays(d, 7)
    }
  } else {
    let [y, m] = from.split('-').map(Number) as [number, number]
    for (;;) {
      m += 1
      if (m > 12) {
        m = 1
        y += 1
      }
      const d = `${y}-${String(m).padStart(2, '0')}-01`
      if (d > to) break
      candidates.push({ date: d, position: at(d), label: `${SHORT_MONTHS[m - 1]}` })
    }
  }
  const step = Math.max(1, Math.ceil(candidates.length / 8))
  const ticks = candidates.filter((_, i) => i % step === 0)
  // The year beside the first tick and each January, so a long plan reads without guessing.
  return ticks.map((t, i) =>
    i === 0 || t.date.slice(5, 7) === '01'
      ? { ...t, label: `${t.label} ${t.date.slice(0, 4)}` }
      : t,
  )
}

/** Where a date falls on an axis from `from` to `to`, in percent, held to the axis. */
export function positionOn(from: IsoDate, to: IsoDate, date: IsoDate): number {
  const days = daysBetween(from, to)
  return days === 0 ? 50 : Math.min(100, Math.max(0, (daysBetween(from, date) / days) * 100))
}

/**
 * The layout of a plan's timeline, or undefined when no step has a date. The axis runs from the
 * first to the last date, and takes in today when that at most doubles it; a today further off
 * is shown at the end of the axis it lies beyond.
 */
export function timelineLayout(
  steps: PlanStep[],
  today: IsoDate,
  labelWidth = DEFAULT_LABEL_WIDTH,
): TimelineLayout | undefined {
  const dated = timelineSteps(steps)
  if (dated.length === 0) return undefined
  const dates = [...new Set(dated.map((s) => s.result.date))].sort()
  const first = dates[0] as IsoDate
  const last = dates.at(-1) as IsoDate
  const length = daysBetween(first, last)
  const reach = Math.max(length, 7)
  const from = today < first && daysBetween(today, first) <= reach ? today : first
  const to = today > last && daysBetween(last, today) <= reach ? today : last
  const at = (d: IsoDate) => positionOn(from, to, d)

  const spans = spanSteps(steps)
  const spanLanes = assignLanes(
    spans.map((s) => ({ from: at(s.start.result.date ?? ''), to: at(s.end.result.date ?? '') })),
  )

  const width = Math.min(labelWidth, 100)
  const placed = dates.map((date) => {
    const position = at(date)
    const align: 'start' | 'end' = position + width > 100 ? 'end' : 'start'
    return {
      date,
      position,
      align,
      from: align === 'start' ? position : Math.max(0, position - width),
      to: align === 'start' ? position + width : position,
    }
  })
  const lanes = assignLanes(placed)
  const gaps = dates.map((d, i) => (i === 0 ? 0 : daysBetween(dates[i - 1] as IsoDate, d)))
  const longest = Math.max(...gaps, 1)
  const groups: EventGroup[] = placed.map((p, i) => ({
    ...p,
    steps: dated.filter((s) => s.result.date === p.date),
    lane: lanes[i] ?? 0,
    gapBefore: (gaps[i] ?? 0) / longest,
    within: [
      ...new Set(
        spans
          .filter(
            (s) => (s.start.result.date ?? '') <= p.date && p.date <= (s.end.result.date ?? ''),
          )
          .map((s) => s.kind),
      ),
    ],
  }))

  return {
    from,
    to,
    groups,
    spans: spans.map((s, i) => {
      const a = s.start.result.date as IsoDate
      const b = s.end.result.date as IsoDate
      return {
        ...s,
        from: a,
        to: b,
        days: daysBetween(a, b),
        left: at(a),
        right: at(b),
        lane: spanLanes[i] ?? 0,
      }
    }),
    ticks: ticksFor(from, to, at),
    today: {
      date: today,
      position: today < from ? 0 : today > to ? 100 : at(today),
      place: today < from ? 'before' : today > to ? 'after' : 'on',
    },
    lanes: Math.max(...lanes, 0) + 1,
  }
}
