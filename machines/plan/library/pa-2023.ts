/**
 * The Procurement Act 2023 step library (plan-model.md section 5.1). Working days are UK-wide
 * (s.123); calendar-day periods "beginning with" a day count that day and never roll forward.
 */
import { addDays, addMonths } from '../civil-date'
import {
  dated,
  entryActual,
  none,
  proposal,
  r1,
  r2,
  r3,
  r8,
  r9,
  r10,
  r13,
  WARN_NO_PERIOD,
  withNextWorkingDay,
} from '../counting'
import { src } from '../facts'
import type { Computed, ConditionCheck, Ctx, Settings, StepDef } from '../step'
import type { Notice } from '../types'

const PA = 'PA 2023'
const REGS = 'SI 2024/692'
const ACT_IN_FORCE = '2025-02-24'

const platform = (s: Settings): Notice['platform'] =>
  s.options.devolvedWelsh ? 'sell2wales-to-find-a-tender' : 'find-a-tender'
const notice =
  (code: string | null, officialName: string) =>
  (s: Settings): Notice => ({ code, officialName, platform: platform(s) })
const direct: Notice = {
  code: null,
  officialName: 'sent to suppliers directly',
  platform: 'to-suppliers-directly',
}

const over = (
  s: Settings,
  key: string,
  text: string,
  limit: number,
  more: boolean,
): ConditionCheck => ({
  key,
  text,
  holds: !more ? false : s.value === undefined ? undefined : s.value > limit,
})

const overFiveMillion = (s: Settings, extra = true) =>
  over(s, 'value-over-5m', 'estimated value over £5m', 5_000_000, extra)

/** Which row of s.54(4) sets the tendering period, and its minimum (null: none, R9). */
export function tenderingPeriod(ctx: Ctx): { n: number | null; row: string } {
  const { options: o, lightTouch, thresholdClass } = ctx
  if (lightTouch) return { n: null, row: 'light touch contract: no minimum (s.54(4))' }
  const preselected = o.procedure !== 'open' && o.participationStage
  const subCentral = thresholdClass === 'sub-central'
  if (subCentral && preselected && o.negotiatedTenderingPeriod)
    return { n: null, row: 'period agreed with every pre-selected supplier (s.54(4))' }
  const rows: { n: number; row: string }[] = []
  if (subCentral && preselected)
    rows.push({
      n: 10,
      row: 'not a central government authority, tenders only from pre-selected suppliers',
    })
  if (qualifyingPlannedNotice(ctx))
    rows.push({ n: 10, row: 'a qualifying planned procurement notice was published' })
  if (o.urgency) rows.push({ n: 10, row: 'state of urgency' })
  const electronic = o.electronicSubmission
  const documents = o.documentsWithNotice
  if (electronic && documents)
    rows.push({ n: 25, row: 'electronic tenders, all documents with the notice' })
  else if (electronic || documents)
    rows.push({
      n: 30,
      row: electronic
        ? 'electronic tenders, documents not all at the same time'
        : 'tenders not electronic, documents at the same time',
    })
  else rows.push({ n: 35, row: 'tenders not electronic, documents not all at the same time' })
  return rows.reduce((a, b) => (b.n < a.n ? b : a))
}

/** UK3 at least 40 days and not more than 12 months before the UK4 (s.15(3)). */
function qualifyingPlannedNotice(ctx: Ctx): boolean {
  const uk3 = ctx.get('pa.uk3')
  const uk4 = ctx.get('pa.uk4')
  if (!dated(uk3) || !dated(uk4)) return false
  return uk4.date >= addDays(uk3.date, 40) && uk4.date <= addMonths(uk3.date, 12)
}

const preselected = (s: Settings) => s.options.procedure !== 'open' && s.options.participationStage

/** The first financial year (from 1 April) whose 18 months contain the date; its UK1 is due by 26 May. */
function pipelineDeadline(date: string): string {
  let year = Number(date.slice(0, 4)) - 2
  while (!(date >= `${year}-04-01` && date < addMonths(`${year}-04-01`, 18))) year += 1
  return addDays(`${year}-04-01`, 55)
}

/** The award's earliest entry: the day after whichever standstill the plan holds, else the UK6 date. */
function earliestEntry(ctx: Ctx): Computed {
  const standstill = ctx.first('pa.standstill.mandatory', 'pa.standstill.voluntary')
  if (standstill) return withNextWorkingDay(ctx, r13(standstill))
  const uk6 = ctx.get('pa.uk6')
  if (!dated(uk6)) return none([], [uk6])
  return withNextWorkingDay(ctx, {
    ...r8(uk6),
    dateKind: 'earliest',
    ceiling: undefined,
    floor: uk6.date,
  })
}

const begins = (ctx: Ctx, anchor: string) => {
  const a = ctx.get(anchor)
  return dated(a)
    ? [
        {
          name: 'begins' as const,
          computed: { date: a.date, dateKind: 'exact' as const, warnings: [], reasons: a.reasons },
        },
      ]
    : []
}

const notifiable = (s: Settings): ConditionCheck => {
  const centralNotWelsh = s.authorityType === 'central-government' && !s.options.devolvedWelsh
  const limit = centralNotWelsh ? 12_000 : 30_000
  return {
    key: 'notifiable',
    text: `notifiable: estimated value £${limit.toLocaleString('en-GB')} or more including VAT (s.87(4))`,
    holds: s.options.transferredNI ? false : s.value === undefined ? undefined : s.value >= limit,
  }
}

/** PA s.75(2), the cautious reading (F-PA-75): no UK10 only if both the value and the term limbs are met. */
export function changeNoticeRequired(s: Settings): boolean | undefined {
  if (s.options.change?.niTransferred || s.options.transferredNI) return false
  if (s.variant === 'corporate-restructuring') return true
  const c = s.options.change
  if (!c) return undefined
  const vnow = c.V0 + c.Ve
  const cap = c.works ? 15 : 10
  return !(c.Vc * 100 <= cap * vnow && 10 * c.extensionMonths <= c.maxTermMonths)
}

const user = { rule: 'USER', bound: 'none' } as const

export const paLibrary: StepDef[] = [
  {
    id: 'pa.uk1',
    title: 'Pipeline notice',
    phase: 'pre-market',
    kind: 'notice',
    notice: notice('UK1', 'pipeline notice'),
    requirement: 'conditional',
    condition: (s) =>
      over(
        s,
        'pipeline',
        'you expect to pay more than £100m in the financial year, and the contract is over £2m',
        2_000_000,
        !!s.options.pipelineAuthority && !s.options.transferredNI,
      ),
    pinnable: true,
    timing: () => ({
      rule: 'FY_WINDOW',
      anchor: 'financial-year-start',
      n: 56,
      unit: 'calendar-days',
      bound: 'max',
    }),
    compute: (ctx) => {
      const a = ctx.first('pa.uk4', 'pa.uk5')
      if (!dated(a)) return none([], [a])
      const date = pipelineDeadline(a.date)
      return { date, dateKind: 'latest', warnings: [], reasons: a.reasons, ceiling: date }
    },
    sources: [src(PA, 's.93', 'F-PA-93')],
  },
  {
    id: 'pa.pme',
    title: 'Preliminary market engagement',
    phase: 'pre-market',
    kind: 'action',
    requirement: 'optional',
    condition: (s) => ({
      key: 'engagement',
      text: 'you engage the market first',
      holds: s.options.preliminaryMarketEngagement,
    }),
    pinnable: true,
    timing: () => ({ rule: 'ORDER_ONLY', anchor: ['pa.uk4', 'pa.uk5'], bound: 'order-only' }),
    compute: (ctx) => r8(ctx.first('pa.uk4', 'pa.uk5')),
    sources: [src(PA, 's.16', 'F-PA-17')],
  },
  {
    id: 'pa.uk2',
    title: 'Preliminary market engagement notice',
    phase: 'pre-market',
    kind: 'notice',
    notice: notice('UK2', 'preliminary market engagement notice'),
    requirement: 'conditional',
    condition: (s) => ({
      key: 'engagement',
      text: 'preliminary market engagement was carried out (otherwise give reasons in the tender notice)',
      holds: s.options.preliminaryMarketEngagement,
    }),
    pinnable: true,
    timing: () => ({ rule: 'ORDER_ONLY', anchor: ['pa.uk4', 'pa.uk5'], bound: 'order-only' }),
    compute: (ctx) => r8(ctx.first('pa.uk4', 'pa.uk5')),
    sources: [src(PA, 's.17', 'F-PA-17')],
  },
  {
    id: 'pa.uk3',
    title: 'Planned procurement notice',
    phase: 'pre-market',
    kind: 'notice',
    notice: notice('UK3', 'planned procurement notice'),
    requirement: 'optional',
    pinnable: true,
    timing: () => user,
    compute: () =>
      none([
        'optional: published 40 days to 12 months before the tender notice, it shortens the tendering period to 10 days',
      ]),
    sources: [src(PA, 's.15', 'F-PA-15')],
  },
  {
    id: 'pa.conflicts',
    title: 'Conflicts assessment prepared',
    phase: 'pre-market',
    kind: 'action',
    requirement: 'mandatory',
    pinnable: true,
    timing: () => ({ rule: 'ORDER_ONLY', anchor: ['pa.uk4', 'pa.uk5'], bound: 'order-only' }),
    compute: (ctx) => r8(ctx.first('pa.uk4', 'pa.uk5')),
    sources: [src(PA, 's.83', 'F-PA-83-CCN')],
  },
  {
    id: 'pa.lots',
    title: 'Lots considered (or reasons given)',
    phase: 'pre-market',
    kind: 'action',
    requirement: 'mandatory',
    pinnable: true,
    timing: () => ({ rule: 'ORDER_ONLY', anchor: 'pa.uk4', bound: 'order-only' }),
    compute: (ctx) => r8(ctx.get('pa.uk4')),
    sources: [src(PA, 's.18', 'F-PA-21')],
  },
  {
    id: 'pa.uk4',
    title: 'Tender notice',
    phase: 'advertise',
    kind: 'notice',
    notice: notice('UK4', 'tender notice'),
    requirement: 'mandatory',
    pinnable: true,
    notBefore: ACT_IN_FORCE,
    timing: () => user,
    compute: () => none(['no date yet: enter the day you publish the tender notice']),
    bounds: (ctx) => {
      const uk3 = ctx.get('pa.uk3')
      if (!dated(uk3)) return []
      const earliest = addDays(uk3.date, 40)
      const latest = addMonths(uk3.date, 12)
      return [
        {
          name: 'qppn-earliest',
          computed: { date: earliest, dateKind: 'earliest', warnings: [], reasons: [] },
        },
        {
          name: 'qppn-latest',
          computed: { date: latest, dateKind: 'latest', warnings: [], reasons: [] },
        },
      ]
    },
    sources: [src(PA, 's.21', 'F-PA-21'), src(PA, 's.15(3)', 'F-PA-15')],
  },
  {
    id: 'pa.participation-deadline',
    title: 'Requests to participate due',
    phase: 'respond',
    kind: 'deadline',
    requirement: 'conditional',
    condition: (s) => ({
      key: 'participation-stage',
      text: 'competitive flexible procedure with a participation stage',
      holds: preselected(s),
    }),
    pinnable: true,
    timing: (s) =>
      s.lightTouch
        ? { rule: 'REASONABLE', anchor: 'pa.uk4', bound: 'none' }
        : {
            rule: 'CD_FROM_NEXT_DAY',
            anchor: 'pa.uk4',
            n: s.options.urgency ? 10 : 25,
            unit: 'calendar-days',
            bound: 'min',
          },
    compute: (ctx) =>
      ctx.lightTouch
        ? r9()
        : r1(ctx.get('pa.uk4'), ctx.options.urgency ? 10 : 25, 'participation period, s.54(3)'),
    sources: [src(PA, 's.54(3),(5)', 'F-PA-54-P')],
  },
  {
    id: 'pa.itt',
    title: 'Invitation to tender sent to the pre-selected suppliers',
    phase: 'respond',
    kind: 'action',
    notice: direct,
    requirement: 'conditional',
    condition: (s) => ({
      key: 'participation-stage',
      text: 'competitive flexible procedure with a participation stage',
      holds: preselected(s),
    }),
    pinnable: true,
    timing: () => ({ rule: 'USER', anchor: 'pa.participation-deadline', bound: 'min' }),
    compute: (ctx) =>
      proposal(ctx, [
        [ctx.get('pa.participation-deadline'), 1, 'after the participation deadline'],
      ]),
    sources: [src(PA, 's.20', 'F-PA-21')],
  },
  {
    id: 'pa.tender-deadline',
    title: 'Tenders due',
    phase: 'respond',
    kind: 'deadline',
    requirement: 'mandatory',
    pinnable: true,
    timing: (s) => ({
      rule: s.lightTouch ? 'REASONABLE' : 'CD_FROM_NEXT_DAY',
      anchor: preselected(s) ? 'pa.itt' : 'pa.uk4',
      unit: 'calendar-days',
      bound: 'min',
    }),
    compute: (ctx) => {
      const { n, row } = tenderingPeriod(ctx)
      if (n === null) return none([WARN_NO_PERIOD, row])
      const c = r1(
        ctx.get(preselected(ctx) ? 'pa.itt' : 'pa.uk4'),
        n,
        `tendering period, s.54(4): ${row}`,
      )
      return c.date ? { ...c, warnings: [`${n} days: ${row}`] } : c
    },
    sources: [src(PA, 's.54(4),(5)', 'F-PA-54-T')],
  },
  {
    id: 'pa.assessment-summaries',
    title: 'Assessment summaries sent to each assessed supplier',
    phase: 'evaluate',
    kind: 'action',
    notice: direct,
    requirement: 'mandatory',
    pinnable: true,
    timing: () => ({ rule: 'ORDER_ONLY', anchor: 'pa.uk6', bound: 'order-only' }),
    compute: (ctx) => r8(ctx.get('pa.uk6')),
    sources: [src(PA, 's.50(3)', 'F-PA-50')],
  },
  {
    id: 'pa.kpis',
    title: 'At least three key performance indicators set and published',
    phase: 'award',
    kind: 'action',
    requirement: 'conditional',
    condition: (s) => overFiveMillion(s, !s.lightTouch),
    pinnable: true,
    timing: () => ({ rule: 'ORDER_ONLY', anchor: 'pa.entry', bound: 'order-only' }),
    compute: (ctx) => r8(ctx.get('pa.entry')),
    sources: [src(PA, 's.52', 'F-PA-52')],
  },
  {
    id: 'pa.uk5',
    title: 'Transparency notice',
    phase: 'advertise',
    kind: 'notice',
    notice: notice('UK5', 'transparency notice'),
    requirement: 'mandatory',
    pinnable: true,
    notBefore: ACT_IN_FORCE,
    timing: () => ({ rule: 'ORDER_ONLY', anchor: 'pa.uk6', bound: 'order-only' }),
    compute: (ctx) => r8(ctx.get('pa.uk6')),
    sources: [src(PA, 's.44', 'F-PA-44')],
  },
  {
    id: 'pa.da.csi',
    title: 'Core supplier information confirmed as shared through the central digital platform',
    phase: 'award',
    kind: 'action',
    requirement: 'conditional',
    condition: (s) => ({
      key: 'core-supplier-information',
      text: 'the supplier gave core supplier information',
      holds: s.options.coreSupplierInfoGiven,
    }),
    pinnable: true,
    timing: () => ({
      rule: 'ORDER_ONLY',
      anchor: ['pa.uk6', 'pa.uc.entry.actual'],
      bound: 'order-only',
    }),
    compute: (ctx) => r8(ctx.first('pa.uk6', 'pa.uc.entry.actual')),
    sources: [src(REGS, 'reg 6(2)(c),(4),(5)', 'F-PA-R6')],
  },
  {
    id: 'pa.uk6',
    title: 'Contract award notice',
    phase: 'award',
    kind: 'notice',
    notice: notice('UK6', 'contract award notice'),
    requirement: 'mandatory',
    pinnable: true,
    notBefore: ACT_IN_FORCE,
    timing: () => user,
    compute: (ctx) =>
      proposal(ctx, [
        [ctx.get('pa.tender-deadline'), 1, 'after the tender deadline'],
        [ctx.get('pa.uk5'), 0, 'not before the transparency notice'],
      ]),
    sources: [src(PA, 's.50', 'F-PA-50')],
  },
  {
    id: 'pa.standstill.mandatory',
    title: 'Standstill ends (midnight)',
    phase: 'standstill',
    kind: 'period-end',
    requirement: 'mandatory',
    pinnable: false,
    timing: () => ({
      rule: 'WD_BEGINNING_WITH',
      anchor: 'pa.uk6',
      n: 8,
      unit: 'working-days',
      bound: 'exact',
      calendar: 'uk-union',
    }),
    compute: (ctx) => r3(ctx, ctx.get('pa.uk6'), 8),
    bounds: (ctx) => begins(ctx, 'pa.uk6'),
    sources: [src(PA, 's.51(2)', 'F-PA-51'), src(PA, 's.123(1)', 'F-WD-PA')],
  },
  {
    id: 'pa.standstill.voluntary',
    title: 'Voluntary standstill ends (midnight)',
    phase: 'standstill',
    kind: 'period-end',
    notice: notice(null, 'stated in the contract award notice'),
    requirement: 'recommended',
    condition: (s) => ({
      key: 'voluntary-standstill',
      text: 'a standstill stated in the contract award notice binds',
      holds: s.options.voluntaryStandstill,
    }),
    pinnable: false,
    timing: () => ({
      rule: 'WD_BEGINNING_WITH',
      anchor: 'pa.uk6',
      n: 8,
      unit: 'working-days',
      bound: 'min',
      calendar: 'uk-union',
    }),
    compute: (ctx) => {
      const c = r3(ctx, ctx.get('pa.uk6'), 8)
      return c.date ? { ...c, dateKind: 'earliest' } : c
    },
    bounds: (ctx) => begins(ctx, 'pa.uk6'),
    sources: [
      src(PA, 's.51(4),(5)', 'F-PA-51'),
      src(PA, 's.105(1)(d),(2)', 'F-PA-105'),
      src(PA, 's.123(1)', 'F-WD-PA'),
    ],
  },
  {
    id: 'pa.entry',
    title: 'Earliest entry into the contract',
    phase: 'contract',
    kind: 'milestone',
    requirement: 'milestone',
    pinnable: false,
    timing: () => ({
      rule: 'NEXT_DAY',
      anchor: ['pa.standstill.mandatory', 'pa.standstill.voluntary'],
      bound: 'min',
      // No standstill: from the contract award notice's own day (R8), as earliestEntry counts.
      otherwise: { rule: 'ORDER_ONLY', anchor: 'pa.uk6', bound: 'min' },
    }),
    compute: earliestEntry,
    sources: [src(PA, 's.51(1)', 'F-PA-51')],
  },
  {
    id: 'pa.entry.actual',
    title: 'Contract entered into',
    phase: 'contract',
    kind: 'milestone',
    requirement: 'milestone',
    pinnable: true,
    timing: () => ({ rule: 'USER', anchor: 'pa.entry', bound: 'min' }),
    compute: (ctx) => entryActual(ctx, ctx.get('pa.entry')),
    sources: [src(PA, 's.51(1)', 'F-PA-51')],
  },
  {
    id: 'pa.uk7',
    title: 'Contract details notice',
    phase: 'after-award',
    kind: 'notice',
    notice: notice('UK7', 'contract details notice'),
    requirement: 'mandatory',
    pinnable: true,
    timing: (s) => ({
      rule: 'CD_BEGINNING_WITH',
      anchor: 'pa.entry.actual',
      n: s.lightTouch ? 120 : 30,
      unit: 'calendar-days',
      bound: 'max',
    }),
    compute: (ctx) => r2(ctx.get('pa.entry.actual'), ctx.lightTouch ? 120 : 30),
    sources: [src(PA, 's.53(1)', 'F-PA-53')],
  },
  {
    id: 'pa.contract-copy',
    title: 'Copy of the contract published',
    phase: 'after-award',
    kind: 'notice',
    notice: notice(null, 'copy of the contract'),
    requirement: 'conditional',
    condition: (s) => overFiveMillion(s, !s.options.devolvedWelsh && !s.options.transferredNI),
    pinnable: true,
    timing: (s) => ({
      rule: 'CD_BEGINNING_WITH',
      anchor: 'pa.entry.actual',
      n: s.lightTouch ? 180 : 90,
      unit: 'calendar-days',
      bound: 'max',
    }),
    compute: (ctx) => r2(ctx.get('pa.entry.actual'), ctx.lightTouch ? 180 : 90),
    sources: [src(PA, 's.53(3),(4),(6)', 'F-PA-53')],
  },
  {
    id: 'pa.uk12',
    title: 'Procurement termination notice',
    phase: 'after-award',
    kind: 'notice',
    notice: notice('UK12', 'procurement termination notice'),
    requirement: 'conditional',
    condition: () => ({
      key: 'not-awarding',
      text: 'you decide not to award after a tender or transparency notice',
      holds: undefined,
    }),
    pinnable: true,
    timing: () => ({ rule: 'ASAP', bound: 'none' }),
    compute: () => r10(undefined),
    sources: [src(PA, 's.55', 'F-PA-55')],
  },
  // Below threshold (Part 6)
  {
    id: 'pa.bt.uk4',
    title: 'Below-threshold tender notice',
    phase: 'advertise',
    kind: 'notice',
    notice: notice('UK4', 'below-threshold tender notice'),
    requirement: 'conditional',
    condition: notifiable,
    pinnable: true,
    notBefore: ACT_IN_FORCE,
    timing: () => ({ rule: 'ORDER_ONLY', bound: 'order-only' }),
    compute: () => none(['publish it before any other advertisement of the contract']),
    sources: [src(PA, 'ss.84(2), 87(1),(2),(4)', 'F-PA-87')],
  },
  {
    id: 'pa.bt.deadline',
    title: 'Tenders due',
    phase: 'respond',
    kind: 'deadline',
    requirement: 'mandatory',
    pinnable: true,
    timing: () => ({ rule: 'REASONABLE', bound: 'none' }),
    compute: () => r9(),
    sources: [src(PA, 's.87(6)', 'F-PA-87')],
  },
  {
    id: 'pa.bt.entry.actual',
    title: 'Contract entered into',
    phase: 'contract',
    kind: 'milestone',
    requirement: 'milestone',
    pinnable: true,
    timing: () => user,
    compute: () => none(['no standstill: enter the date the contract is entered into']),
    sources: [src(PA, 's.87', 'F-PA-87')],
  },
  {
    id: 'pa.bt.uk7',
    title: 'Contract details notice (below threshold)',
    phase: 'after-award',
    kind: 'notice',
    notice: notice('UK7', 'contract details notice'),
    requirement: 'conditional',
    condition: notifiable,
    pinnable: true,
    timing: () => ({ rule: 'ASAP', anchor: 'pa.bt.entry.actual', bound: 'none' }),
    compute: (ctx) => r10(ctx.get('pa.bt.entry.actual')),
    sources: [src(PA, 's.87(3)', 'F-PA-87')],
  },
  // User choice contracts (Sch 5 paras 15-17)
  {
    id: 'pa.uc.conditions',
    title: "User choice conditions recorded on the person's file",
    phase: 'award',
    kind: 'action',
    requirement: 'mandatory',
    pinnable: true,
    timing: () => ({ rule: 'ORDER_ONLY', anchor: 'pa.uc.entry.actual', bound: 'order-only' }),
    compute: (ctx) => r8(ctx.get('pa.uc.entry.actual')),
    sources: [src(PA, 'Sch 5 paras 15-17', 'F-PA-UC')],
  },
  {
    id: 'pa.uc.exclusion-check',
    title: 'Supplier checked: not an excluded supplier, and whether it is excludable considered',
    phase: 'award',
    kind: 'action',
    requirement: 'mandatory',
    pinnable: true,
    timing: () => ({ rule: 'ORDER_ONLY', anchor: 'pa.uc.entry.actual', bound: 'order-only' }),
    compute: (ctx) => r8(ctx.get('pa.uc.entry.actual')),
    sources: [src(PA, 's.41(1),(4)', 'F-PA-41')],
  },
  {
    id: 'pa.uc.entry.actual',
    title: 'Contract entered into (user choice)',
    phase: 'contract',
    kind: 'milestone',
    requirement: 'milestone',
    pinnable: true,
    timing: () => user,
    compute: () =>
      none([
        'no standstill and no notice before or after it: enter the date the contract is entered into',
      ]),
    sources: [src(PA, 'ss.44(3), 50(6)(b), 51(3)(f), 53(6)(b)', 'F-PA-UC')],
  },
  // Contract changes (ss.74-77)
  {
    id: 'pa.uk10',
    title: 'Contract change notice',
    phase: 'contract',
    kind: 'notice',
    notice: notice('UK10', 'contract change notice'),
    requirement: 'conditional',
    condition: (s) => ({
      key: 'change-notice-required',
      text: 'required unless both the value change and the term change are within the s.75(2) limits (the cautious reading)',
      holds: changeNoticeRequired(s),
    }),
    pinnable: true,
    notBefore: ACT_IN_FORCE,
    timing: () => ({ rule: 'ORDER_ONLY', anchor: 'pa.mod.made.actual', bound: 'order-only' }),
    compute: () => none(['no date yet: enter the day you publish the contract change notice']),
    sources: [src(PA, 's.75', 'F-PA-75'), src(REGS, 'regs 5(3)(s),(t), 40', 'F-PA-83-CCN')],
  },
  {
    id: 'pa.mod.standstill.voluntary',
    title: 'Voluntary modification standstill ends (midnight)',
    phase: 'standstill',
    kind: 'period-end',
    notice: notice(null, 'stated in the contract change notice'),
    requirement: 'recommended',
    condition: (s) => ({
      key: 'voluntary-standstill',
      text: 'a standstill stated in the contract change notice binds',
      holds: s.options.voluntaryStandstill && changeNoticeRequired(s) !== false,
    }),
    pinnable: false,
    timing: () => ({
      rule: 'WD_BEGINNING_WITH',
      anchor: 'pa.uk10',
      n: 8,
      unit: 'working-days',
      bound: 'min',
      calendar: 'uk-union',
    }),
    compute: (ctx) => {
      const c = r3(ctx, ctx.get('pa.uk10'), 8)
      return c.date ? { ...c, dateKind: 'earliest' } : c
    },
    bounds: (ctx) => begins(ctx, 'pa.uk10'),
    sources: [
      src(PA, 's.76', 'F-PA-76'),
      src(PA, 's.105(1)(e),(3)', 'F-PA-105-MOD'),
      src(PA, 's.123(1)', 'F-WD-PA'),
    ],
  },
  {
    id: 'pa.mod.earliest',
    title: 'Earliest date to make the modification',
    phase: 'contract',
    kind: 'milestone',
    requirement: 'milestone',
    pinnable: false,
    // The day after the standstill; with no standstill, the day of the contract change
    // notice (R8); with no notice needed, nothing in the Act sets a date (F-PA-75, F-PA-76).
    timing: () => ({
      rule: 'NEXT_DAY',
      anchor: 'pa.mod.standstill.voluntary',
      bound: 'min',
      otherwise: {
        rule: 'ORDER_ONLY',
        anchor: 'pa.uk10',
        bound: 'min',
        otherwise: { rule: 'USER', bound: 'none' },
      },
    }),
    compute: (ctx) => {
      if (changeNoticeRequired(ctx) === false)
        return none(['no contract change notice is needed, so no standstill comes before it'])
      const standstill = ctx.get('pa.mod.standstill.voluntary')
      if (standstill) return r13(standstill)
      const uk10 = ctx.get('pa.uk10')
      return dated(uk10)
        ? { ...r8(uk10), dateKind: 'earliest', ceiling: undefined, floor: uk10.date }
        : none([], [uk10])
    },
    sources: [src(PA, 'ss.75(1), 76(1)', 'F-PA-76')],
  },
  {
    id: 'pa.mod.made.actual',
    title: 'Modification made',
    phase: 'contract',
    kind: 'milestone',
    requirement: 'milestone',
    pinnable: true,
    notBefore: ACT_IN_FORCE,
    timing: () => ({ rule: 'USER', anchor: 'pa.mod.earliest', bound: 'min' }),
    compute: (ctx) => {
      const earliest = ctx.get('pa.mod.earliest')
      return earliest
        ? entryActual(ctx, earliest)
        : none(['no date yet: enter the day the modification is made'])
    },
    sources: [src(PA, 's.74', 'F-PA-74-LT')],
  },
  {
    id: 'pa.mod.s77',
    title: 'Copy of the contract as modified, or of the modification, published',
    phase: 'after-award',
    kind: 'notice',
    notice: notice(null, 'copy of the modified contract or of the modification'),
    requirement: 'conditional',
    condition: (s) => {
      const required = changeNoticeRequired(s)
      const c = s.options.change
      const vnew = c ? c.V0 + c.Ve + c.Vc : undefined
      const welsh = s.options.devolvedWelsh || s.options.change?.devolvedWelshNotReserved
      return {
        key: 'value-over-5m',
        text: 'a contract change notice was required and the modified contract is worth more than £5m; not a devolved Welsh contract (s.77(3))',
        holds:
          welsh || required === false
            ? false
            : required === undefined || vnew === undefined
              ? undefined
              : vnew > 5_000_000,
      }
    },
    pinnable: true,
    timing: () => ({
      rule: 'CD_BEGINNING_WITH',
      anchor: 'pa.mod.made.actual',
      n: 90,
      unit: 'calendar-days',
      bound: 'max',
    }),
    compute: (ctx) => r2(ctx.get('pa.mod.made.actual'), 90),
    sources: [src(PA, 's.77', 'F-PA-77'), src(REGS, 'reg 5(3)(u)', 'F-PA-77')],
  },
]
