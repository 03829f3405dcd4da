/**
 * The steps PCR 2015 and the PCS Regs 2015 share (plan-model.md sections 5.2 and 5.3): the same
 * periods under different regulation numbers, counted with reg 2's rule (the event day not counted,
 * a last day that is not a working day rolled forward) in each regime's calendar.
 */
import { addDays, addMonths } from '../civil-date'
import {
  dated,
  entryActual,
  none,
  proposal,
  r5,
  r9,
  r13,
  r14,
  withNextWorkingDay,
} from '../counting'
import { src } from '../facts'
import type { Computed, Ctx, Settings, StepDef } from '../step'
import type { Notice, SourceRef } from '../types'

export type PublicContractsConfig = {
  p: 'pcr' | 'pcs'
  instrument: string
  platform: Notice['platform']
  pinId: string
  noticeId: string
  veatId: string
  awardDecisionId: string
  canId: string
  sssCallId: string
  sssAwardId: string
  /** A new call for competition on or after this day is refused (PCR: the Act replaced it). */
  callsEndBefore?: string
  src: {
    pin: SourceRef[]
    notice: SourceRef[]
    rtp: SourceRef[]
    tender: SourceRef[]
    clarification: SourceRef[]
    awardDecision: SourceRef[]
    standstill: SourceRef[]
    veat: SourceRef[]
    entry: SourceRef[]
    can: SourceRef[]
    sssCall: SourceRef[]
    sssAward: SourceRef[]
    mod: SourceRef[]
    modNotice: SourceRef[]
  }
  names: {
    pin: Notice
    notice: Notice
    can: Notice
    veat: Notice
    sssCall: Notice
    sssAward: Notice
    modNotice: Notice
  }
}

const direct: Notice = {
  code: null,
  officialName: 'sent to suppliers directly',
  platform: 'to-suppliers-directly',
}
const twoStage = (s: Settings) =>
  ['restricted', 'cpn', 'competitive-dialogue', 'innovation-partnership'].includes(
    s.options.procedure,
  )
const user = { rule: 'USER', bound: 'none' } as const

export function publicContractsSteps(c: PublicContractsConfig): StepDef[] {
  const id = (name: string) => `${c.p}.${name}`
  const qualifyingPin = (ctx: Ctx): boolean => {
    const pin = ctx.get(c.pinId)
    const notice = ctx.get(c.noticeId)
    if (!dated(pin) || !dated(notice)) return false
    return notice.date >= addDays(pin.date, 35) && notice.date <= addMonths(pin.date, 12)
  }
  /** The tender period's minimum and its anchor (section 3.5), or null where the law sets none. */
  const tenderPeriod = (ctx: Ctx, assumePin: boolean): { n: number; anchor: string } | null => {
    const o = ctx.options
    if (ctx.lightTouch || ['competitive-dialogue', 'innovation-partnership'].includes(o.procedure))
      return null
    const pin = assumePin || qualifyingPin(ctx)
    const extra = !o.documentsWithNotice && !o.urgency ? 5 : 0
    if (o.procedure === 'open') {
      const rows = [
        o.electronicSubmission ? 30 : 35,
        ...(pin ? [15] : []),
        ...(o.urgency ? [15] : []),
      ]
      return { n: Math.min(...rows) + extra, anchor: c.noticeId }
    }
    const rows = [
      o.electronicSubmission ? 25 : 30,
      ...(pin ? [10] : []),
      ...(o.urgency ? [10] : []),
      ...(ctx.thresholdClass === 'sub-central' ? [10] : []),
    ]
    return { n: Math.min(...rows) + extra, anchor: id('itt') }
  }
  const standstillFrom = (ctx: Ctx, anchor: Computed | undefined) => {
    const r = r5(ctx, anchor, 10, 'min', 'the standstill')
    return r.date ? { ...r, dateKind: 'exact' as const, ceiling: undefined } : r
  }
  const award = (ctx: Ctx) => ctx.get(id('entry.actual'))

  return [
    {
      id: c.pinId,
      title: 'Prior information notice',
      phase: 'pre-market',
      kind: 'notice',
      notice: c.names.pin,
      requirement: 'optional',
      pinnable: true,
      timing: () => user,
      compute: () =>
        none([
          'optional: sent 35 days to 12 months before the contract notice, it shortens the tender period',
        ]),
      sources: c.src.pin,
    },
    {
      id: c.noticeId,
      title: 'Contract notice',
      phase: 'advertise',
      kind: 'notice',
      notice: c.names.notice,
      requirement: 'mandatory',
      pinnable: true,
      ...(c.callsEndBefore ? { notOnOrAfter: c.callsEndBefore } : {}),
      timing: () => user,
      compute: () => none(['no date yet: enter the day the contract notice is sent']),
      sources: c.src.notice,
    },
    ...(c.p === 'pcr'
      ? [
          {
            id: 'pcr.cf.opportunity',
            title: 'Opportunity on Contracts Finder',
            phase: 'advertise',
            kind: 'notice',
            notice: {
              code: null,
              officialName: 'Contracts Finder notice',
              platform: 'contracts-finder',
            },
            requirement: 'mandatory',
            pinnable: true,
            timing: () => ({ rule: 'HOURS', n: 24, unit: 'hours', bound: 'max' }),
            compute: () =>
              none(['within 24 hours of becoming entitled to publish the notice nationally']),
            sources: [src('SI 2015/102', 'reg 106', 'F-PCR-106')],
          } satisfies StepDef,
        ]
      : []),
    {
      id: id('rtp-deadline'),
      title: 'Requests to participate due',
      phase: 'respond',
      kind: 'deadline',
      requirement: 'conditional',
      condition: (s) => ({
        key: 'two-stage',
        text: 'restricted, competitive procedure with negotiation, competitive dialogue or innovation partnership',
        holds: twoStage(s),
      }),
      pinnable: true,
      timing: (s) => ({
        rule: 'CD_AFTER_ROLL',
        anchor: c.noticeId,
        n: s.options.urgency ? 15 : 30,
        unit: 'calendar-days',
        bound: 'min',
        calendar: s.calendar,
      }),
      compute: (ctx) =>
        ctx.lightTouch
          ? r9()
          : r5(
              ctx,
              ctx.get(c.noticeId),
              ctx.options.urgency ? 15 : 30,
              'min',
              'the period for requests to participate',
            ),
      sources: c.src.rtp,
    },
    {
      id: id('itt'),
      title: 'Invitation to tender',
      phase: 'respond',
      kind: 'action',
      notice: direct,
      requirement: 'conditional',
      condition: (s) => ({
        key: 'two-stage',
        text: 'a procedure with requests to participate first',
        holds: twoStage(s),
      }),
      pinnable: true,
      timing: () => user,
      compute: (ctx) =>
        proposal(ctx, [
          [ctx.get(id('rtp-deadline')), 1, 'after the deadline for requests to participate'],
        ]),
      sources: c.src.notice,
    },
    {
      id: id('tender-deadline'),
      title: 'Tenders due',
      phase: 'respond',
      kind: 'deadline',
      requirement: 'mandatory',
      pinnable: true,
      timing: (s) => ({
        rule: s.lightTouch ? 'REASONABLE' : 'CD_AFTER_ROLL',
        anchor: s.options.procedure === 'open' ? c.noticeId : id('itt'),
        unit: 'calendar-days',
        bound: 'min',
        calendar: s.calendar,
      }),
      compute: (ctx) => {
        const period = tenderPeriod(ctx, false)
        if (!period) return r9()
        const r = r5(
          ctx,
          ctx.get(period.anchor),
          period.n,
          'min',
          `the tender period (${period.n} days)`,
        )
        const warnings = [
          'set the deadline at the end of that day, or on the next working day (F-CNT-PCR, UNVERIFIED)',
        ]
        if (
          !ctx.options.urgency &&
          ctx.thresholdClass === 'sub-central' &&
          ctx.options.procedure !== 'open'
        )
          warnings.push(
            'a sub-central authority may agree the period with every candidate; without agreement it is at least 10 days',
          )
        return r.date ? { ...r, warnings: [...r.warnings, ...warnings] } : r
      },
      bounds: (ctx) => {
        if (qualifyingPin(ctx)) return []
        const period = tenderPeriod(ctx, true)
        if (!period) return []
        const r = r5(ctx, ctx.get(period.anchor), period.n, 'min', '')
        return r.date
          ? [
              {
                name: 'with-pin',
                computed: {
                  ...r,
                  warnings: ['only if a qualifying prior information notice had been sent'],
                },
              },
            ]
          : []
      },
      sources: c.src.tender,
    },
    {
      id: id('clarification-cutoff'),
      title: 'Last day to answer clarification questions asked in good time',
      phase: 'respond',
      kind: 'deadline',
      requirement: 'information',
      pinnable: false,
      timing: (s) => ({
        rule: 'ORDER_ONLY',
        anchor: id('tender-deadline'),
        n: s.options.urgency ? 4 : 6,
        unit: 'calendar-days',
        bound: 'max',
      }),
      compute: (ctx) => {
        const d = ctx.get(id('tender-deadline'))
        if (!dated(d)) return none([], [d])
        return {
          date: addDays(d.date, ctx.options.urgency ? -4 : -6),
          dateKind: 'latest',
          warnings: [],
          reasons: d.reasons,
        }
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
      compute: (ctx) =>
        proposal(ctx, [[ctx.get(id('tender-deadline')), 1, 'after the tender deadline']]),
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
        const r = standstillFrom(ctx, ctx.get(c.awardDecisionId))
        return r.date
          ? {
              ...r,
              warnings: [
                ...r.warnings,
                'notices sent electronically; sent by other means, the standstill is 15 days',
              ],
            }
          : r
      },
      sources: c.src.standstill,
    },
    ...(c.p === 'pcr'
      ? [
          {
            id: 'pcr.voluntary-standstill',
            title: 'Voluntary standstill ends',
            phase: 'standstill',
            kind: 'period-end',
            notice: {
              code: null,
              officialName: 'voluntary reg 86 notices',
              platform: 'to-suppliers-directly',
            },
            requirement: 'recommended',
            condition: (s) => ({
              key: 'voluntary-standstill',
              text: 'voluntary award decision notices sent',
              holds: s.options.voluntaryStandstill,
            }),
            pinnable: false,
            timing: (s) => ({
              rule: 'CD_AFTER_ROLL',
              anchor: 'pcr.reg86',
              n: 10,
              unit: 'calendar-days',
              bound: 'min',
              calendar: s.calendar,
            }),
            compute: (ctx) => standstillFrom(ctx, ctx.get('pcr.reg86')),
            sources: [src('SI 2015/102', 'reg 99(6),(7)', 'F-PCR-99-3'), ...c.src.standstill],
          } satisfies StepDef,
        ]
      : []),
    {
      id: c.veatId,
      title: 'Voluntary transparency notice',
      phase: 'advertise',
      kind: 'notice',
      notice: c.names.veat,
      requirement: 'recommended',
      pinnable: true,
      timing: () => user,
      compute: () => none(['no date yet: enter the day the notice is published']),
      sources: c.src.veat,
    },
    {
      id: id('veat-wait'),
      title: 'Wait after the voluntary transparency notice ends',
      phase: 'standstill',
      kind: 'period-end',
      requirement: 'conditional',
      condition: () => ({
        key: 'veat-published',
        text: 'a voluntary transparency notice was published',
        holds: undefined,
      }),
      pinnable: false,
      timing: (s) => ({
        rule: 'CD_AFTER_ROLL',
        anchor: c.veatId,
        n: 10,
        unit: 'calendar-days',
        bound: 'min',
        calendar: s.calendar,
      }),
      compute: (ctx) => standstillFrom(ctx, ctx.get(c.veatId)),
      sources: c.src.veat,
    },
    {
      id: id('entry'),
      title: 'Earliest entry into the contract',
      phase: 'contract',
      kind: 'milestone',
      requirement: 'milestone',
      pinnable: false,
      timing: () => ({
        rule: 'NEXT_DAY',
        anchor: [id('standstill'), 'pcr.voluntary-standstill', id('veat-wait')],
        bound: 'min',
        // No standstill or wait in the plan: no statutory earliest date (compute's note).
        otherwise: { rule: 'USER', bound: 'none' },
      }),
      compute: (ctx) => {
        const end = ctx.first(id('standstill'), 'pcr.voluntary-standstill', id('veat-wait'))
        if (!end)
          return none([
            'no statutory earliest date: no standstill or voluntary transparency wait applies',
          ])
        return withNextWorkingDay(ctx, r13(end))
      },
      sources: c.src.entry,
    },
    {
      id: id('entry.actual'),
      title: 'Contract entered into',
      phase: 'contract',
      kind: 'milestone',
      requirement: 'milestone',
      pinnable: true,
      // A Scottish call-off or regulated contract has no earliest entry (no standstill).
      timing: () => ({
        rule: 'USER',
        anchor: id('entry'),
        bound: 'min',
        otherwise: { rule: 'USER', bound: 'min' },
      }),
      compute: (ctx) => {
        const entry = ctx.get(id('entry'))
        return dated(entry)
          ? entryActual(ctx, entry)
          : none(['no date yet: enter the day the contract is entered into'])
      },
      sources: c.src.entry,
    },
    {
      id: c.canId,
      title: 'Contract award notice',
      phase: 'after-award',
      kind: 'notice',
      notice: c.names.can,
      requirement: 'mandatory',
      pinnable: true,
      timing: (s) => ({
        rule: 'CD_AFTER_ROLL',
        anchor: id('entry.actual'),
        n: 30,
        unit: 'calendar-days',
        bound: 'max',
        calendar: s.calendar,
      }),
      compute: (ctx) => r5(ctx, award(ctx), 30, 'max', ''),
      sources: c.src.can,
    },
    {
      id: c.sssCallId,
      title: 'Call for competition (light touch services)',
      phase: 'advertise',
      kind: 'notice',
      notice: c.names.sssCall,
      requirement: 'mandatory',
      pinnable: true,
      ...(c.callsEndBefore ? { notOnOrAfter: c.callsEndBefore } : {}),
      timing: () => user,
      compute: () =>
        none([
          'no date yet: enter the day the notice is sent; time limits must be reasonable and proportionate',
        ]),
      sources: c.src.sssCall,
    },
    {
      id: c.sssAwardId,
      title: 'Award notice (light touch services)',
      phase: 'after-award',
      kind: 'notice',
      notice: c.names.sssAward,
      requirement: 'mandatory',
      pinnable: true,
      timing: (s) => ({
        rule: s.options.groupedAwardNotices ? 'QUARTER_PLUS' : 'CD_AFTER_ROLL',
        anchor: id('entry.actual'),
        n: 30,
        unit: 'calendar-days',
        bound: 'max',
        calendar: s.calendar,
      }),
      compute: (ctx) => {
        if (ctx.options.groupedAwardNotices) return r14(ctx, award(ctx), 30)
        const r = r5(ctx, award(ctx), 30, 'max', '')
        return r.date
          ? {
              ...r,
              warnings: [
                ...r.warnings,
                'sent individually: 30 days by analogy with the contract award notice (UNVERIFIED)',
              ],
            }
          : r
      },
      sources: c.src.sssAward,
    },
    {
      id: id('mod.veat'),
      title: 'Voluntary transparency notice before a doubtful change',
      phase: 'contract',
      kind: 'notice',
      notice: c.names.veat,
      requirement: 'optional',
      pinnable: true,
      timing: () => user,
      compute: () =>
        none([
          'optional: whether it still protects a change made after 24 February 2025 is UNVERIFIED',
        ]),
      sources: c.src.mod,
    },
    {
      id: id('mod.veat-wait'),
      title: 'Wait after the voluntary notice ends',
      phase: 'standstill',
      kind: 'period-end',
      requirement: 'conditional',
      condition: () => ({
        key: 'veat-published',
        text: 'the voluntary notice was published',
        holds: undefined,
      }),
      pinnable: false,
      timing: (s) => ({
        rule: 'CD_AFTER_ROLL',
        anchor: id('mod.veat'),
        n: 10,
        unit: 'calendar-days',
        bound: 'min',
        calendar: s.calendar,
      }),
      compute: (ctx) => standstillFrom(ctx, ctx.get(id('mod.veat'))),
      sources: c.src.mod,
    },
    {
      id: id('mod.made.actual'),
      title: 'Modification made',
      phase: 'contract',
      kind: 'milestone',
      requirement: 'milestone',
      pinnable: true,
      timing: () => user,
      compute: (ctx) => {
        const wait = ctx.get(id('mod.veat-wait'))
        return dated(wait)
          ? { ...r13(wait), floorRule: 'after the voluntary transparency wait' }
          : none(['no date yet: enter the day the modification is made'])
      },
      sources: c.src.mod,
    },
    {
      id: c.p === 'pcr' ? 'pcr.f20' : 'pcs.mod.notice',
      title: 'Modification notice',
      phase: 'after-award',
      kind: 'notice',
      notice: c.names.modNotice,
      requirement: 'conditional',
      condition: (s) => ({
        key: 'reg-72-1-b-c',
        text: 'a change under reg 72(1)(b) (additional supplies) or (c) (unforeseeable circumstances)',
        holds: ['unforeseeable', 'additional-supplies'].includes(s.variant ?? ''),
      }),
      pinnable: true,
      timing: (s) => ({
        rule: 'CD_AFTER_ROLL',
        anchor: id('mod.made.actual'),
        n: 30,
        unit: 'calendar-days',
        bound: 'max',
        calendar: s.calendar,
      }),
      compute: (ctx) => {
        const r = r5(ctx, ctx.get(id('mod.made.actual')), 30, 'max', '')
        return r.date
          ? {
              ...r,
              ceilingIsTarget: true,
              warnings: [...r.warnings, 'target, not a statutory deadline (UNVERIFIED)'],
            }
          : r
      },
      sources: c.src.modNotice,
    },
  ]
}

export const contractsFinderAward = (): StepDef => ({
  id: 'pcr.cf.award',
  title: 'Award information on Contracts Finder',
  phase: 'after-award',
  kind: 'notice',
  notice: {
    code: null,
    officialName: 'Contracts Finder award notice',
    platform: 'contracts-finder',
  },
  requirement: 'mandatory',
  pinnable: true,
  timing: () => ({ rule: 'REASONABLE', anchor: 'pcr.entry.actual', bound: 'none' }),
  compute: (ctx) => {
    const a = ctx.get('pcr.entry.actual')
    return none(
      [
        dated(a)
          ? `within a reasonable time after the award (${a.date})`
          : 'within a reasonable time after the award',
      ],
      [a],
    )
  },
  sources: [src('SI 2015/102', 'reg 108', 'F-PCR-106')],
})
