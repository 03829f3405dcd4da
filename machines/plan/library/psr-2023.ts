/**
 * The Provider Selection Regime (England) step library (plan-model.md section 5.4). Working days:
 * England's (reg 12(12)). The standstill begins the day after the intention notice is published
 * and ends with the 8th working day after that day; whether the start day itself counts is
 * UNVERIFIED (F-PSR-12-CNT), so the other reading is shown beside the later date.
 */

import { addDays } from '../civil-date'
import { calendarOf, dated, none, proposal, r1, r4 } from '../counting'
import { src } from '../facts'
import type { Computed, Ctx, StepDef } from '../step'
import type { Notice } from '../types'
import { nthWorkingDayBeginningWith } from '../working-day'
import { providerSelectionSteps, sentToProviders } from './provider-selection'

const PSR = 'SI 2023/1348'
const IN_FORCE = '2024-01-01'
const cdp = (officialName: string): Notice => ({
  code: null,
  officialName,
  platform: 'find-a-tender',
})
const steps = providerSelectionSteps({
  prefix: 'psr',
  instrument: PSR,
  inForce: IN_FORCE,
  publish: cdp,
  withinProvisions: 'regs 7-11, 14',
})
const START_DAY = 'if the start day counts (F-PSR-12-CNT, UNVERIFIED)'

/** The intention notices a standstill can follow: the plan holds one of them. */
const INTENTIONS = ['psr.intent.c', 'psr.intent.msp', 'psr.intent.cp']
const intention = (ctx: Ctx) => ctx.first(...INTENTIONS)

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

export const psrLibrary: StepDef[] = [
  steps.event(
    'psr.award-a-b',
    'Contract awarded (Direct Award A or B)',
    undefined,
    'milestone',
    [src(PSR, 'regs 7, 8', 'F-PSR-A-B')],
    'award',
  ),
  steps.within30(
    'psr.award-notice.sch2',
    'Notice of the award (Schedule 2)',
    cdp('notice of the award'),
    'mandatory',
    ['psr.award-a-b', 'psr.fw.award'],
    [src(PSR, 'regs 7(2), 8(2), 18(5),(6)', 'F-PSR-A-B')],
  ),
  steps.event(
    'psr.c.decision',
    'Step 1: the existing provider satisfies the contract and is likely to satisfy the new one',
    undefined,
    'mandatory',
    [src(PSR, 'reg 9(2)', 'F-PSR-C')],
    'evaluate',
  ),
  steps.event(
    'psr.intent.c',
    'Notice of intention to award to the existing provider (Schedule 3)',
    cdp('notice of intention to make an award'),
    'mandatory',
    [src(PSR, 'reg 9(3),(4)', 'F-PSR-C')],
    'award',
  ),
  steps.event(
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
    ...steps.event(
      'psr.intent.msp',
      'Notice of intention to award to the chosen provider (Schedule 6)',
      cdp('notice of intention to make an award'),
      'mandatory',
      [src(PSR, 'reg 10(7),(8)', 'F-PSR-MSP')],
      'award',
    ),
    compute: (ctx) => proposal(ctx, [[ctx.get('psr.msp.step2'), 0, 'after step 2']]),
  },
  steps.event(
    'psr.cp.invite',
    'Notice inviting offers (Schedule 8)',
    cdp('notice inviting offers'),
    'mandatory',
    [src(PSR, 'reg 11(3),(4)', 'F-PSR-CP')],
  ),
  steps.informed(
    'psr.cp.inform',
    'Providers told the outcome in writing (Schedule 9 information to the unsuccessful)',
    'psr.intent.cp',
    [src(PSR, 'reg 11(8)', 'F-PSR-CP')],
  ),
  steps.event(
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
      anchor: INTENTIONS,
      fromNextDay: true,
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
  steps.representations('at least 5 working days after the last further decision is communicated', [
    src(PSR, 'reg 12(10)', 'F-PSR-NHSE'),
  ]),
  steps.earliestEntry(['psr.standstill'], [src(PSR, 'reg 12(1)', 'F-PSR-12')]),
  steps.entered([src(PSR, 'reg 12(1)', 'F-PSR-12')]),
  steps.within30(
    'psr.award-notice.after-standstill',
    'Notice of the award (Schedule 4, 7 or 11)',
    cdp('notice of the award'),
    'mandatory',
    ['psr.entry.actual'],
    [src(PSR, 'regs 9(10),(11), 10(14),(15), 11(16),(17)', 'F-PSR-MSP')],
  ),
  steps.urgentAward([src(PSR, 'reg 14(2)', 'F-PSR-14-DET')]),
  steps.urgentNotice('Urgent award or modification notice (Schedule 13 or 14)', [
    src(PSR, 'reg 14(4),(5)', 'F-PSR-14-DET'),
  ]),
  steps.abandonment([src(PSR, 'reg 15(4),(5)', 'F-PSR-15')]),
  steps.annualSummary([src(PSR, 'regs 25, 26', 'F-PSR-25')]),
  steps.event(
    'psr.fw.award',
    'Contract awarded under the framework without a competition',
    undefined,
    'milestone',
    [src(PSR, 'reg 18(3)-(5)', 'F-PSR-18')],
    'award',
  ),
  steps.event(
    'psr.fw.invite',
    'Invitation to every provider on the framework to submit an offer (Schedule 15)',
    sentToProviders,
    'mandatory',
    [src(PSR, 'reg 18(7)-(9)', 'F-PSR-18-CP')],
  ),
  steps.offersDeadline([src(PSR, 'reg 18(7)', 'F-PSR-CP')]),
  steps.modificationMade([src(PSR, 'regs 13, 14, 29(2)', 'F-PSR-13-DET')]),
  steps.modificationNotice('Notice of the modification (Schedule 12)', [
    src(PSR, 'reg 13(4),(5)', 'F-PSR-13-DET'),
  ]),
]
