/**
 * Concession steps under CCR 2016 (regime pcr-2015) and CCS 2016 (regime pcr-scotland-2015)
 * (plan-model.md sections 5.2 and 5.3): reg 2 counting, the event day not counted and a last day
 * that is not a working day rolled forward, in each regime's calendar.
 */
import { addDays } from '../civil-date'
import { dated, entryActual, none, proposal, r5, r13, r14, withNextWorkingDay } from '../counting'
import type { Ctx, StepDef } from '../step'
import type { Notice, SourceRef } from '../types'

export type ConcessionConfig = {
  p: 'pcr' | 'pcs'
  awardDecisionId: string
  callsEndBefore?: string
  platform: Notice['platform']
  names: { notice: string; pin: string; award: string }
  src: {
    notice: SourceRef[]
    pin: SourceRef[]
    periods: SourceRef[]
    clarification: SourceRef[]
    awardDecision: SourceRef[]
    standstill: SourceRef[]
    award: SourceRef[]
  }
}

const direct: Notice = {
  code: null,
  officialName: 'sent to candidates and tenderers directly',
  platform: 'to-suppliers-directly',
}
const user = { rule: 'USER', bound: 'none' } as const
const CUT_REASON = 'if the 5-day electronic reduction applies to the single-stage period'

export function concessionSteps(c: ConcessionConfig): StepDef[] {
  const id = (name: string) => `${c.p}.conc.${name}`
  const stages = (ctx: { options: { concessionStages?: boolean } }) =>
    !!ctx.options.concessionStages
  const lastDeadline = (ctx: Ctx) => ctx.first(id('tender-deadline'), id('application-deadline'))
  return [
    {
      id: id('notice'),
      title: 'Concession notice',
      phase: 'advertise',
      kind: 'notice',
      notice: { code: null, officialName: c.names.notice, platform: c.platform },
      requirement: 'mandatory',
      pinnable: true,
      ...(c.callsEndBefore ? { notOnOrAfter: c.callsEndBefore } : {}),
      timing: () => user,
      compute: () => none(['no date yet: enter the day the concession notice is sent']),
      sources: c.src.notice,
    },
    {
      id: id('sss.pin'),
      title: 'Prior information notice of a planned concession award (light touch services)',
      phase: 'advertise',
      kind: 'notice',
      notice: { code: null, officialName: c.names.pin, platform: c.platform },
      requirement: 'mandatory',
      pinnable: true,
      ...(c.callsEndBefore ? { notOnOrAfter: c.callsEndBefore } : {}),
      timing: () => user,
      compute: () =>
        none(['no date yet: enter the day the notice is sent; no statutory time limits follow it']),
      sources: c.src.pin,
    },
    {
      id: id('application-deadline'),
      title: 'Applications (with or without tenders) due',
      phase: 'respond',
      kind: 'deadline',
      requirement: 'mandatory',
      pinnable: true,
      timing: (s) => ({
        rule: 'CD_AFTER_ROLL',
        anchor: id('notice'),
        n: 30,
        unit: 'calendar-days',
        bound: 'min',
        calendar: s.calendar,
      }),
      compute: (ctx) => {
        const notice = ctx.get(id('notice'))
        // The other reading of this step is the 5-day cut alone (section 3.4), in the regime's own calendar.
        const cut = ctx.reading === 'alt' && !stages(ctx)
        const r = cut
          ? r5({ ...ctx, reading: 'main' }, notice, 25, 'min', 'the period for applications')
          : r5(ctx, notice, 30, 'min', 'the period for applications')
        return r.date && !stages(ctx)
          ? { ...r, reasons: [...r.reasons, `${CUT_REASON} (UNVERIFIED)`] }
          : r
      },
      sources: c.src.periods,
    },
    {
      id: id('itt'),
      title: 'Invitation to submit initial tenders',
      phase: 'respond',
      kind: 'action',
      notice: direct,
      requirement: 'conditional',
      condition: (s) => ({
        key: 'concession-stages',
        text: 'initial tenders after the applications (successive stages)',
        holds: stages(s),
      }),
      pinnable: true,
      timing: () => user,
      compute: (ctx) =>
        proposal(ctx, [
          [ctx.get(id('application-deadline')), 1, 'after the deadline for applications'],
        ]),
      sources: c.src.periods,
    },
    {
      id: id('tender-deadline'),
      title: 'Initial tenders due',
      phase: 'respond',
      kind: 'deadline',
      requirement: 'conditional',
      condition: (s) => ({
        key: 'concession-stages',
        text: 'initial tenders after the applications (successive stages)',
        holds: stages(s),
      }),
      pinnable: true,
      timing: (s) => ({
        rule: 'CD_AFTER_ROLL',
        anchor: id('itt'),
        n: s.options.electronicSubmission ? 17 : 22,
        unit: 'calendar-days',
        bound: 'min',
        calendar: s.calendar,
      }),
      compute: (ctx) =>
        r5(
          ctx,
          ctx.get(id('itt')),
          ctx.options.electronicSubmission ? 17 : 22,
          'min',
          'the period for initial tenders',
        ),
      sources: c.src.periods,
    },
    {
      id: id('clarification-cutoff'),
      title: 'Last day to supply additional information requested in good time',
      phase: 'respond',
      kind: 'deadline',
      requirement: 'information',
      pinnable: false,
      timing: () => ({
        rule: 'ORDER_ONLY',
        // Counted from the last deadline the plan holds (lastDeadline), as compute does.
        anchor: [id('tender-deadline'), id('application-deadline')],
        n: 6,
        unit: 'calendar-days',
        bound: 'max',
      }),
      compute: (ctx) => {
        const d = lastDeadline(ctx)
        return dated(d)
          ? { date: addDays(d.date, -6), dateKind: 'latest', warnings: [], reasons: d.reasons }
          : none([], [d])
      },
      sources: c.src.clarification,
    },
    {
      id: c.awardDecisionId,
      title: 'Award decision notices sent',
      phase: 'award',
      kind: 'notice',
      notice: direct,
      requirement: 'mandatory',
      pinnable: true,
      timing: () => user,
      compute: (ctx) => proposal(ctx, [[lastDeadline(ctx), 1, 'after the deadline']]),
      sources: c.src.awardDecision,
    },
    {
      id: id('standstill'),
      title: 'Standstill ends (midnight)',
      phase: 'standstill',
      kind: 'period-end',
      requirement: 'mandatory',
      pinnable: false,
      timing: (s) => ({
        rule: 'CD_AFTER_ROLL',
        anchor: c.awardDecisionId,
        n: 10,
        unit: 'calendar-days',
        bound: 'min',
        calendar: s.calendar,
      }),
      compute: (ctx) => {
        const r = r5(ctx, ctx.get(c.awardDecisionId), 10, 'min', 'the standstill')
        const notes = [
          'notices sent electronically; sent by other means, the standstill is 15 days',
        ]
        if (ctx.lightTouch)
          notes.push(
            `if the award is exempt under ${c.p === 'pcr' ? 'CCR reg 47(5)(a)' : 'CCS reg 50(2)(a)'}, there is no standstill (UNVERIFIED: the plan applies it)`,
          )
        return r.date
          ? { ...r, dateKind: 'exact', ceiling: undefined, warnings: [...r.warnings, ...notes] }
          : r
      },
      sources: c.src.standstill,
    },
    {
      id: id('entry'),
      title: 'Earliest entry into the concession',
      phase: 'contract',
      kind: 'milestone',
      requirement: 'milestone',
      pinnable: false,
      timing: () => ({ rule: 'NEXT_DAY', anchor: id('standstill'), bound: 'min' }),
      compute: (ctx) => withNextWorkingDay(ctx, r13(ctx.get(id('standstill')))),
      sources: c.src.standstill,
    },
    {
      id: id('entry.actual'),
      title: 'Concession entered into',
      phase: 'contract',
      kind: 'milestone',
      requirement: 'milestone',
      pinnable: true,
      timing: () => ({ rule: 'USER', anchor: id('entry'), bound: 'min' }),
      compute: (ctx) => entryActual(ctx, ctx.get(id('entry'))),
      sources: c.src.standstill,
    },
    {
      id: id('award-notice'),
      title: 'Concession award notice',
      phase: 'after-award',
      kind: 'notice',
      notice: { code: null, officialName: c.names.award, platform: c.platform },
      requirement: 'mandatory',
      pinnable: true,
      timing: (s) => ({
        rule: s.options.groupedAwardNotices && s.lightTouch ? 'QUARTER_PLUS' : 'CD_AFTER_ROLL',
        anchor: id('entry.actual'),
        n: 48,
        unit: 'calendar-days',
        bound: 'max',
        calendar: s.calendar,
      }),
      compute: (ctx) =>
        ctx.options.groupedAwardNotices && ctx.lightTouch
          ? r14(ctx, ctx.get(id('entry.actual')), 48)
          : r5(ctx, ctx.get(id('entry.actual')), 48, 'max', ''),
      sources: c.src.award,
    },
  ]
}
