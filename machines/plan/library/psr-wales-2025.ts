/**
 * The Provider Selection Regime (Wales) step library (plan-model.md section 5.5). Notices go
 * through Sell2Wales. The standstill begins on the day the intention notice is submitted and ends
 * with the 8th working day after it (England-and-Wales list; the Legislation (Wales) Act 2019
 * wording is UNVERIFIED). A call-off standstill begins on the day the notice is published, the
 * later reading; the submission day is shown beside it (F-PSRW-FW-SS, UNVERIFIED).
 */
import { dated, none, proposal, r1, r4 } from '../counting'
import { src } from '../facts'
import type { Computed, Ctx, StepDef } from '../step'
import type { Notice } from '../types'
import { providerSelectionSteps, sentToProviders } from './provider-selection'

const PSRW = 'WSI 2025/99'
const IN_FORCE = '2025-02-24'
const s2w = (officialName: string): Notice => ({
  code: null,
  officialName,
  platform: 'sell2wales-to-find-a-tender',
})
const steps = providerSelectionSteps({
  prefix: 'psrw',
  instrument: PSRW,
  inForce: IN_FORCE,
  publish: s2w,
  withinProvisions: 'regs 8-11, 14',
})
const SUBMISSION_START =
  'if the standstill runs from submission (reg 12(4)) (F-PSRW-FW-SS, UNVERIFIED)'
const wd = src(PSRW, 'reg 12(6), Legislation (Wales) Act 2019 Sch 1', 'F-WD-PSRW')

/** The intention notices a standstill can follow: the plan holds one of them. */
const INTENTIONS = ['psrw.intent.1', 'psrw.intent.2', 'psrw.intent.msp', 'psrw.intent.cp']
const intention = (ctx: Ctx) => ctx.first(...INTENTIONS)
const callOffIntention = (ctx: Ctx) => ctx.first('psrw.fw.intent.comp', 'psrw.fw.intent.direct')

function callOffStandstill(ctx: Ctx): Computed {
  const submitted = callOffIntention(ctx)
  const published = ctx.get('psrw.fw.intent.published')
  const start = ctx.reading === 'alt' ? submitted : published
  const r = r4(ctx, start, 8, [SUBMISSION_START])
  return r
}

export const psrwLibrary: StepDef[] = [
  steps.event(
    'psrw.intent.1',
    'Notice of intention to award to the existing provider, Direct Award Process 1 (Schedule 2)',
    s2w('notice of intention to make an award'),
    'mandatory',
    [src(PSRW, 'reg 8(4),(5)', 'F-PSRW-8')],
    'award',
  ),
  steps.event(
    'psrw.intent.2',
    'Notice of intention to award to the existing provider, Direct Award Process 2 (Schedule 4)',
    s2w('notice of intention to make an award'),
    'mandatory',
    [src(PSRW, 'reg 9(5),(6)', 'F-PSRW-9')],
    'award',
  ),
  steps.event(
    'psrw.msp.intent-follow',
    'Notice of intention to follow the most suitable provider process (Schedule 6)',
    s2w('notice of intention to follow the most suitable provider process'),
    'mandatory',
    [src(PSRW, 'reg 10(3),(4)', 'F-PSRW-10')],
  ),
  {
    id: 'psrw.msp.step2',
    title: 'Step 2 not concluded before this day',
    phase: 'evaluate',
    kind: 'action',
    requirement: 'mandatory',
    pinnable: true,
    notBefore: IN_FORCE,
    timing: () => ({
      rule: 'CD_FROM_NEXT_DAY',
      anchor: 'psrw.msp.intent-follow',
      n: 14,
      unit: 'calendar-days',
      bound: 'min',
    }),
    compute: (ctx) =>
      r1(
        ctx.get('psrw.msp.intent-follow'),
        14,
        'not before the day 14 days after the notice was submitted (reg 10(7))',
      ),
    sources: [src(PSRW, 'reg 10(7)', 'F-PSRW-10')],
  },
  {
    ...steps.event(
      'psrw.intent.msp',
      'Notice of intention to award (Schedule 7)',
      s2w('notice of intention to make an award'),
      'mandatory',
      [src(PSRW, 'reg 10(10),(11)', 'F-PSRW-10')],
      'award',
    ),
    compute: (ctx) => proposal(ctx, [[ctx.get('psrw.msp.step2'), 0, 'after step 2']]),
  },
  steps.event(
    'psrw.cp.invite',
    'Notice inviting offers (Schedule 9)',
    s2w('notice inviting offers'),
    'mandatory',
    [src(PSRW, 'reg 11(5),(6)', 'F-PSRW-11')],
  ),
  steps.informed(
    'psrw.cp.inform',
    'Providers notified in writing (Schedule 10)',
    'psrw.intent.cp',
    [src(PSRW, 'reg 11(10)', 'F-PSRW-11')],
  ),
  steps.event(
    'psrw.intent.cp',
    'Notice of intention to award or conclude (Schedule 11)',
    s2w('notice of intention to make an award'),
    'mandatory',
    [src(PSRW, 'reg 11(11),(12)', 'F-PSRW-11')],
    'award',
  ),
  {
    id: 'psrw.standstill',
    title: 'Standstill ends (midnight); representations due',
    phase: 'standstill',
    kind: 'period-end',
    requirement: 'mandatory',
    pinnable: false,
    timing: () => ({
      rule: 'WD_AFTER',
      anchor: INTENTIONS,
      n: 8,
      unit: 'working-days',
      bound: 'exact',
      calendar: 'england-and-wales',
    }),
    compute: (ctx) => r4(ctx, intention(ctx), 8),
    bounds: (ctx) => {
      const i = intention(ctx)
      return dated(i)
        ? [
            {
              name: 'begins',
              computed: { date: i.date, dateKind: 'exact', warnings: [], reasons: [] },
            },
          ]
        : []
    },
    sources: [src(PSRW, 'reg 12(1),(4),(6),(14)', 'F-PSRW-12'), wd],
  },
  steps.representations('at least 5 working days after the last further decision', [
    src(PSRW, 'reg 12(15)', 'F-PSRW-12'),
  ]),
  steps.event(
    'psrw.fw.single.award',
    'Contract awarded under a single-provider framework',
    undefined,
    'milestone',
    [src(PSRW, 'reg 19(1),(2)(a)', 'F-PSRW-FW')],
    'award',
  ),
  steps.within30(
    'psrw.fw.award-notice.single',
    'Notice of the award (Schedule 3)',
    s2w('notice of the award'),
    'mandatory',
    ['psrw.fw.single.award'],
    [src(PSRW, 'reg 19(2)(b),(3)', 'F-PSRW-FW')],
  ),
  steps.event(
    'psrw.fw.invite',
    'Invitation to all relevant framework providers to submit an offer (Schedule 16)',
    sentToProviders,
    'mandatory',
    [src(PSRW, 'reg 20(5)-(7)', 'F-PSRW-FW')],
  ),
  steps.offersDeadline([src(PSRW, 'reg 20', 'F-PSRW-FW')]),
  steps.informed(
    'psrw.fw.inform',
    'Providers notified in writing (Schedule 10 information to the unsuccessful)',
    'psrw.fw.intent.comp',
    [src(PSRW, 'reg 20(11)', 'F-PSRW-FW')],
  ),
  steps.event(
    'psrw.fw.intent.comp',
    'Notice of intention to award (Schedule 11) submitted',
    s2w('notice of intention to make an award'),
    'mandatory',
    [src(PSRW, 'reg 20(12),(13); reg 24(13)(o)', 'F-PSRW-XREF')],
    'award',
  ),
  steps.event(
    'psrw.fw.intent.direct',
    'Notice of intention to award (Schedule 2) submitted',
    s2w('notice of intention to make an award'),
    'mandatory',
    [src(PSRW, 'reg 21(3),(4); reg 24(13)(q)', 'F-PSRW-FW')],
    'award',
  ),
  {
    id: 'psrw.fw.intent.published',
    title: 'Intention notice published on the central digital platform',
    phase: 'award',
    kind: 'milestone',
    requirement: 'milestone',
    pinnable: true,
    notBefore: IN_FORCE,
    // Either intention notice, as callOffIntention counts from.
    timing: () => ({
      rule: 'USER',
      anchor: ['psrw.fw.intent.comp', 'psrw.fw.intent.direct'],
      bound: 'min',
    }),
    compute: (ctx) => {
      const submitted = callOffIntention(ctx)
      if (!dated(submitted)) return none([], [submitted])
      return {
        date: submitted.date,
        dateKind: 'earliest',
        warnings: ['defaults to the submission date'],
        reasons: submitted.reasons,
        floor: submitted.date,
        floorRule: 'not before the notice was submitted',
      }
    },
    sources: [src(PSRW, 'regs 20(14), 21(5), 24(2)', 'F-PSRW-FW-SS')],
  },
  {
    id: 'psrw.fw.standstill',
    title: 'Call-off standstill ends (midnight)',
    phase: 'standstill',
    kind: 'period-end',
    requirement: 'mandatory',
    pinnable: false,
    timing: () => ({
      rule: 'WD_AFTER',
      anchor: 'psrw.fw.intent.published',
      n: 8,
      unit: 'working-days',
      bound: 'exact',
      calendar: 'england-and-wales',
    }),
    compute: callOffStandstill,
    bounds: (ctx) => {
      const p = ctx.get('psrw.fw.intent.published')
      return dated(p)
        ? [
            {
              name: 'begins',
              computed: { date: p.date, dateKind: 'exact', warnings: [], reasons: [] },
            },
          ]
        : []
    },
    sources: [src(PSRW, 'reg 12(1)(b),(c),(4),(6),(14)', 'F-PSRW-FW-SS'), wd],
  },
  steps.earliestEntry(
    ['psrw.standstill', 'psrw.fw.standstill'],
    [src(PSRW, 'reg 12(3)', 'F-PSRW-12')],
  ),
  steps.entered([src(PSRW, 'reg 12(3)', 'F-PSRW-12')]),
  steps.within30(
    'psrw.award-notice',
    'Notice of the award (Schedule 3, 5, 8 or 12)',
    s2w('notice of the award'),
    'mandatory',
    ['psrw.entry.actual'],
    [src(PSRW, 'regs 8(10), 9(11), 10(16), 11(17)', 'F-PSRW-8')],
  ),
  steps.within30(
    'psrw.fw.award-notice.comp',
    'Notice of the award (Schedule 12)',
    s2w('notice of the award'),
    'mandatory',
    ['psrw.entry.actual'],
    [src(PSRW, 'reg 20(18),(19)', 'F-PSRW-FW')],
  ),
  steps.within30(
    'psrw.fw.award-notice.direct',
    'Notice of the award (Schedule 3)',
    s2w('notice of the award'),
    'mandatory',
    ['psrw.entry.actual'],
    [src(PSRW, 'reg 21(9),(10)', 'F-PSRW-XREF')],
  ),
  steps.urgentAward([src(PSRW, 'reg 14(1),(2)', 'F-PSRW-14-DET')]),
  steps.urgentNotice('Urgent award or modification notice (Schedule 14 or 15)', [
    src(PSRW, 'reg 14(5),(6)', 'F-PSRW-14-DET'),
  ]),
  steps.abandonment([src(PSRW, 'reg 15(4),(5)', 'F-PSRW-13-15')]),
  steps.annualSummary([src(PSRW, 'regs 31, 32', 'F-PSRW-31')]),
  steps.modificationMade([src(PSRW, 'regs 13, 14, 33(2)', 'F-PSRW-13-DET')]),
  steps.modificationNotice('Notice of the modification (Schedule 13)', [
    src(PSRW, 'reg 13(6),(7)', 'F-PSRW-13-DET'),
  ]),
]
