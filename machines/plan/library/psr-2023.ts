/**
 * The Provider Selection Regime (England) step library (plan-model.md section 5.4). Working days:
 * England's (reg 12(12)). The standstill begins the day after the intention notice is published
 * and ends with the 8th working day after that day; whether the start day itself counts is
 * UNVERIFIED (F-PSR-12-CNT), so the other reading is shown beside the later date.
 */

import { addDays } from '../civil-date'
import {
  calendarOf,
  dated,
  entryActual,
  none,
  proposal,
  r1,
  r4,
  r6,
  r8,
  r9,
  r13,
  withNextWorkingDay,
} from '../counting'
import { src } from '../facts'
import type { Computed, Ctx, Settings, StepDef } from '../step'
import type { Notice } from '../types'
import { nthWorkingDayBeginningWith } from '../working-day'

const PSR = 'SI 2023/1348'
const IN_FORCE = '2024-01-01'
const cdp = (officialName: string): Notice => ({
  code: null,
  officialName,
  platform: 'find-a-tender',
})
const direct: Notice = {
  code: null,
  officialName: 'sent to providers directly',
  platform: 'to-suppliers-directly',
}
const user = { rule: 'USER', bound: 'none' } as const
const START_DAY = 'if the start day counts (F-PSR-12-CNT, UNVERIFIED)'

const intention = (ctx: Ctx) => ctx.first('psr.intent.c', 'psr.intent.msp', 'psr.intent.cp')

function standstillEnd(ctx: Ctx): Computed {
  const intent = intention(ctx)
  if (!dated(intent)) return none([], [intent])
  const start = addDays(intent.date, 1)
  if (ctx.reading === 'main') return r4(ctx, { ...intent, date: start }, 8, [START_DAY])
  const walk = nthWorkingDayBeginningWith(calendarOf(ctx), start, 8)
  return {
    date: walk.date,
    dateKind: 'exact',
    warnings: [],
    reasons: [...intent.reasons, START_DAY],
  }
}

/** Authority-caused (default true, the cautious reading) and a cumulative change of £500,000 or more. */
export function psrModificationDue(s: Settings): boolean | undefined {
  const c = s.options.change
  if (!c) return undefined
  const caused =
    c.authorityCaused ?? !['provider-succession', 'external-factors'].includes(s.variant ?? '')
  return caused && c.Ve + c.Vc >= 500_000
}

const event = (
  id: string,
  title: string,
  notice: Notice | undefined,
  requirement: StepDef['requirement'],
  sources: StepDef['sources'],
  phase: StepDef['phase'] = 'advertise',
): StepDef => ({
  id,
  title,
  phase,
  kind: notice && notice.platform !== 'to-suppliers-directly' ? 'notice' : 'action',
  ...(notice ? { notice } : {}),
  requirement,
  pinnable: true,
  notBefore: IN_FORCE,
  timing: () => user,
  compute: () => none(['no date yet: enter the date']),
  sources,
})

const within30 = (
  id: string,
  title: string,
  notice: Notice,
  requirement: StepDef['requirement'],
  anchors: string[],
  sources: StepDef['sources'],
  condition?: StepDef['condition'],
): StepDef => ({
  id,
  title,
  phase: 'after-award',
  kind: 'notice',
  notice,
  requirement,
  ...(condition ? { condition } : {}),
  pinnable: true,
  notBefore: IN_FORCE,
  timing: () => ({
    rule: 'WITHIN_OF',
    anchor: anchors[0],
    n: 30,
    unit: 'calendar-days',
    bound: 'max',
  }),
  compute: (ctx) => r6(ctx.first(...anchors), 30, 'days'),
  sources: [...sources, src(PSR, 'regs 7-11, 14', 'F-CNT-WITHIN')],
})

export const psrLibrary: StepDef[] = [
  event(
    'psr.award-a-b',
    'Contract awarded (Direct Award A or B)',
    undefined,
    'milestone',
    [src(PSR, 'regs 7, 8', 'F-PSR-A-B')],
    'award',
  ),
  within30(
    'psr.award-notice.sch2',
    'Notice of the award (Schedule 2)',
    cdp('notice of the award'),
    'mandatory',
    ['psr.award-a-b', 'psr.fw.award'],
    [src(PSR, 'regs 7(2), 8(2), 18(5),(6)', 'F-PSR-A-B')],
  ),
  event(
    'psr.c.decision',
    'Step 1: the existing provider satisfies the contract and is likely to satisfy the new one',
    undefined,
    'mandatory',
    [src(PSR, 'reg 9(2)', 'F-PSR-C')],
    'evaluate',
  ),
  event(
    'psr.intent.c',
    'Notice of intention to award to the existing provider (Schedule 3)',
    cdp('notice of intention to make an award'),
    'mandatory',
    [src(PSR, 'reg 9(3),(4)', 'F-PSR-C')],
    'award',
  ),
  event(
    'psr.msp.intent-follow',
    'Notice of intention to follow the most suitable provider process (Schedule 5)',
    cdp('notice of intention to follow the most suitable provider process'),
    'mandatory',
    [src(PSR, 'reg 10(2),(3)', 'F-PSR-MSP')],
  ),
  {
    id: 'psr.msp.step2',
    title: 'Potential providers identified (step 2 not completed before this day)',
    phase: 'evaluate',
    kind: 'action',
    requirement: 'mandatory',
    pinnable: true,
    notBefore: IN_FORCE,
    timing: () => ({
      rule: 'CD_FROM_NEXT_DAY',
      anchor: 'psr.msp.intent-follow',
      n: 14,
      unit: 'calendar-days',
      bound: 'min',
    }),
    compute: (ctx) =>
      r1(
        ctx.get('psr.msp.intent-follow'),
        14,
        'not before the day 14 days after the notice was submitted (reg 10)',
      ),
    sources: [src(PSR, 'reg 10', 'F-PSR-MSP')],
  },
  {
    ...event(
      'psr.intent.msp',
      'Notice of intention to award to the chosen provider (Schedule 6)',
      cdp('notice of intention to make an award'),
      'mandatory',
      [src(PSR, 'reg 10(7),(8)', 'F-PSR-MSP')],
      'award',
    ),
    compute: (ctx) => proposal(ctx, [[ctx.get('psr.msp.step2'), 0, 'after step 2']]),
  },
  event(
    'psr.cp.invite',
    'Notice inviting offers (Schedule 8)',
    cdp('notice inviting offers'),
    'mandatory',
    [src(PSR, 'reg 11(3),(4)', 'F-PSR-CP')],
  ),
  {
    id: 'psr.cp.inform',
    title: 'Providers told the outcome in writing (Schedule 9 information to the unsuccessful)',
    phase: 'award',
    kind: 'action',
    notice: direct,
    requirement: 'mandatory',
    pinnable: true,
    notBefore: IN_FORCE,
    timing: () => ({ rule: 'ORDER_ONLY', anchor: 'psr.intent.cp', bound: 'order-only' }),
    compute: (ctx) => r8(ctx.get('psr.intent.cp')),
    sources: [src(PSR, 'reg 11(8)', 'F-PSR-CP')],
  },
  event(
    'psr.intent.cp',
    'Notice of intention to award or conclude (Schedule 10)',
    cdp('notice of intention to make an award'),
    'mandatory',
    [src(PSR, 'reg 11(9),(10)', 'F-PSR-CP')],
    'award',
  ),
  {
    id: 'psr.standstill',
    title: 'Standstill ends (midnight); representations due',
    phase: 'standstill',
    kind: 'period-end',
    requirement: 'mandatory',
    pinnable: false,
    timing: () => ({
      rule: 'WD_AFTER',
      anchor: 'psr.intent.msp',
      n: 8,
      unit: 'working-days',
      bound: 'exact',
      calendar: 'england-and-wales',
    }),
    compute: standstillEnd,
    bounds: (ctx) => {
      const intent = intention(ctx)
      return dated(intent)
        ? [
            {
              name: 'begins',
              computed: {
                date: addDays(intent.date, 1),
                dateKind: 'exact',
                warnings: [],
                reasons: [],
              },
            },
          ]
        : []
    },
    sources: [
      src(PSR, 'reg 12(2),(3),(9),(12)', 'F-PSR-12'),
      src(PSR, 'reg 12(3),(9)', 'F-PSR-12-CNT'),
      src(PSR, 'reg 12(12)', 'F-WD-PSR'),
    ],
  },
  {
    id: 'psr.standstill.reps',
    title:
      'If representations are made: the standstill ends no earlier than 5 working days after the last further decision',
    phase: 'standstill',
    kind: 'period-end',
    requirement: 'conditional',
    condition: () => ({
      key: 'representations',
      text: 'representations are made during the standstill',
      holds: undefined,
    }),
    pinnable: false,
    timing: () => ({
      rule: 'WD_AFTER',
      n: 5,
      unit: 'working-days',
      bound: 'min',
      calendar: 'england-and-wales',
    }),
    compute: () =>
      none(['at least 5 working days after the last further decision is communicated']),
    sources: [src(PSR, 'reg 12(10)', 'F-PSR-NHSE')],
  },
  {
    id: 'psr.entry',
    title: 'Earliest entry into the contract',
    phase: 'contract',
    kind: 'milestone',
    requirement: 'milestone',
    pinnable: false,
    timing: () => ({ rule: 'NEXT_DAY', anchor: 'psr.standstill', bound: 'min' }),
    compute: (ctx) => withNextWorkingDay(ctx, r13(ctx.get('psr.standstill'))),
    sources: [src(PSR, 'reg 12(1)', 'F-PSR-12')],
  },
  {
    id: 'psr.entry.actual',
    title: 'Contract entered into',
    phase: 'contract',
    kind: 'milestone',
    requirement: 'milestone',
    pinnable: true,
    notBefore: IN_FORCE,
    timing: () => ({ rule: 'USER', anchor: 'psr.entry', bound: 'min' }),
    compute: (ctx) => entryActual(ctx, ctx.get('psr.entry')),
    sources: [src(PSR, 'reg 12(1)', 'F-PSR-12')],
  },
  within30(
    'psr.award-notice.after-standstill',
    'Notice of the award (Schedule 4, 7 or 11)',
    cdp('notice of the award'),
    'mandatory',
    ['psr.entry.actual'],
    [src(PSR, 'regs 9(10),(11), 10(14),(15), 11(16),(17)', 'F-PSR-MSP')],
  ),
  event(
    'psr.urgent.award',
    'Urgent award made and contract entered into',
    undefined,
    'milestone',
    [src(PSR, 'reg 14(2)', 'F-PSR-14-DET')],
    'contract',
  ),
  within30(
    'psr.urgent',
    'Urgent award or modification notice (Schedule 13 or 14)',
    cdp('urgent award notice'),
    'mandatory',
    ['psr.urgent.award', 'psr.mod.made'],
    [src(PSR, 'reg 14(4),(5)', 'F-PSR-14-DET')],
  ),
  {
    id: 'psr.abandon',
    title: 'Abandonment notice',
    phase: 'after-award',
    kind: 'notice',
    notice: cdp('notice of abandonment'),
    requirement: 'conditional',
    condition: () => ({
      key: 'abandoned',
      text: 'you decide to abandon the process',
      holds: undefined,
    }),
    pinnable: true,
    notBefore: IN_FORCE,
    timing: () => ({ rule: 'WITHIN_OF', n: 30, unit: 'calendar-days', bound: 'max' }),
    compute: () =>
      none([
        'within 30 days of the decision, or of the end of the standstill if decided during it',
      ]),
    sources: [src(PSR, 'reg 15(4),(5)', 'F-PSR-15')],
  },
  {
    id: 'psr.annual-summary',
    title: 'Annual summary and monitoring report published',
    phase: 'governance',
    kind: 'action',
    notice: { code: null, officialName: 'annual summary', platform: 'own-website' },
    requirement: 'mandatory',
    pinnable: true,
    timing: () => ({ rule: 'USER', bound: 'none' }),
    compute: () => none(['every year; no statutory date']),
    sources: [src(PSR, 'regs 25, 26', 'F-PSR-25')],
  },
  event(
    'psr.fw.award',
    'Contract awarded under the framework without a competition',
    undefined,
    'milestone',
    [src(PSR, 'reg 18(3)-(5)', 'F-PSR-18')],
    'award',
  ),
  event(
    'psr.fw.invite',
    'Invitation to every provider on the framework to submit an offer (Schedule 15)',
    direct,
    'mandatory',
    [src(PSR, 'reg 18(7)-(9)', 'F-PSR-18-CP')],
  ),
  {
    id: 'psr.fw.offers-deadline',
    title: 'Offers due (call-off competition)',
    phase: 'respond',
    kind: 'deadline',
    requirement: 'mandatory',
    pinnable: true,
    notBefore: IN_FORCE,
    timing: () => ({ rule: 'REASONABLE', bound: 'none' }),
    compute: () => r9(),
    sources: [src(PSR, 'reg 18(7)', 'F-PSR-CP')],
  },
  event(
    'psr.mod.made',
    'Modification made',
    undefined,
    'milestone',
    [src(PSR, 'regs 13, 14, 29(2)', 'F-PSR-13-DET')],
    'contract',
  ),
  within30(
    'psr.modification',
    'Notice of the modification (Schedule 12)',
    cdp('notice of a modification'),
    'conditional',
    ['psr.mod.made'],
    [src(PSR, 'reg 13(4),(5)', 'F-PSR-13-DET')],
    (s) => ({
      key: 'modification-notice',
      text: 'the change is attributable to your decision and the cumulative change in lifetime value is £500,000 or more',
      holds: psrModificationDue(s),
    }),
  ),
]
