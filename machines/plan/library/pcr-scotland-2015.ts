/**
 * The Public Contracts (Scotland) Regulations 2015 step library (plan-model.md section 5.3), with
 * regulated procurements under the Procurement Reform (Scotland) Act 2014 and concessions under
 * the Concession Contracts (Scotland) Regulations 2016. Working days: Scottish bank holidays.
 */
import { addDays } from '../civil-date'
import { dated, none, r10 } from '../counting'
import { src } from '../facts'
import type { Settings, StepDef } from '../step'
import { concessionSteps } from './concessions'
import { publicContractsSteps } from './public-contracts'

const PCS = 'SSI 2015/446'
const PRSA = 'PR(S)A 2014'
const PSR16 = 'SSI 2016/145'
const CCS = 'SSI 2016/65'
const pcs = 'public-contracts-scotland' as const

const regulated = (s: Settings) => ({
  key: 'regulated-procurement',
  text: 'a regulated procurement: £50,000 or more for goods and services, £2m or more for works (figures dated; check)',
  holds: s.value === undefined ? undefined : s.value >= 50_000,
})

export const pcsLibrary: StepDef[] = [
  // PCS has no clarification step in the library (plan-model.md section 5.3).
  ...publicContractsSteps({
    p: 'pcs',
    instrument: PCS,
    platform: pcs,
    pinId: 'pcs.pin',
    noticeId: 'pcs.contract-notice',
    veatId: 'pcs.veat',
    awardDecisionId: 'pcs.reg85',
    canId: 'pcs.can',
    sssCallId: 'pcs.sss.call',
    sssAwardId: 'pcs.sss.award-notice',
    names: {
      pin: { code: null, officialName: 'prior information notice', platform: pcs },
      notice: { code: null, officialName: 'contract notice', platform: pcs },
      can: { code: null, officialName: 'contract award notice', platform: pcs },
      veat: { code: null, officialName: 'voluntary transparency notice', platform: pcs },
      sssCall: {
        code: null,
        officialName: 'contract notice or prior information notice',
        platform: pcs,
      },
      sssAward: { code: null, officialName: 'contract award notice', platform: pcs },
      modNotice: {
        code: null,
        officialName: 'modification notice (channel: check)',
        platform: pcs,
      },
    },
    src: {
      pin: [src(PCS, 'regs 27(8), 28(4), 49', 'F-PCS-28')],
      notice: [src(PCS, 'reg 50', 'F-PCS-PLAT'), src(PRSA, 's.23(1)', 'F-PCS-PLAT')],
      rtp: [
        src(PCS, 'regs 29, 30, 32(11)', 'F-PCS-29-30'),
        src(PCS, 'reg 2(4)', 'F-CNT-PCS'),
        src(PCS, 'reg 2(1)', 'F-WD-PCS'),
      ],
      tender: [
        src(PCS, 'regs 28-30', 'F-PCS-28'),
        src(PCS, 'reg 2(4)', 'F-CNT-PCS'),
        src(PCS, 'reg 2(1)', 'F-WD-PCS'),
      ],
      clarification: [src(PCS, 'regs 28-30', 'F-PCS-28')],
      awardDecision: [src(PCS, 'reg 85', 'F-PCS-85-86')],
      standstill: [
        src(PCS, 'reg 86', 'F-PCS-85-86'),
        src(PCS, 'reg 2(4)', 'F-CNT-PCS'),
        src(PCS, 'reg 2(1)', 'F-WD-PCS'),
      ],
      veat: [src(PCS, 'reg 91(7)', 'F-PCS-91'), src(PCS, 'reg 2(4)', 'F-CNT-PCS')],
      entry: [src(PCS, 'reg 86(1)', 'F-PCS-85-86')],
      can: [src(PCS, 'reg 51', 'F-PCS-51'), src(PCS, 'reg 2(4)', 'F-CNT-PCS')],
      sssCall: [src(PCS, 'regs 75(1),(2), 76(7)', 'F-PCS-75')],
      sssAward: [src(PCS, 'reg 75(3),(4)', 'F-PCS-75', 'unverified')],
      mod: [
        src(PCS, 'reg 72', 'F-PCS-72N'),
        src(PCS, 'reg 91(7) by analogy', 'F-PCS-91', 'unverified'),
      ],
      modNotice: [src(PCS, 'reg 72(3),(4), reg 52', 'F-PCS-72N')],
    },
  }).filter((step) => step.id !== 'pcs.clarification-cutoff'),
  {
    id: 'pcs.reg.contract-notice',
    title: 'Regulated procurement contract notice',
    phase: 'advertise',
    kind: 'notice',
    notice: { code: null, officialName: 'contract notice', platform: pcs },
    requirement: 'conditional',
    condition: regulated,
    pinnable: true,
    timing: () => ({ rule: 'USER', bound: 'none' }),
    compute: () =>
      none([
        'no date yet: enter the day the notice is published; no statutory minimum period follows it',
      ]),
    sources: [src(PRSA, 's.23(1)', 'F-PRSA-23'), src(PSR16, 'reg 7(2),(3)', 'F-PRSA-23')],
  },
  {
    id: 'pcs.reg.notify',
    title: 'Unsuccessful tenderers notified',
    phase: 'award',
    kind: 'action',
    notice: {
      code: null,
      officialName: 'sent to suppliers directly',
      platform: 'to-suppliers-directly',
    },
    requirement: 'mandatory',
    pinnable: true,
    timing: () => ({ rule: 'ASAP', anchor: 'pcs.entry.actual', bound: 'none' }),
    compute: (ctx) => r10(ctx.get('pcs.entry.actual')),
    sources: [src(PRSA, 's.32(4)', 'F-PRSA-32-33')],
  },
  {
    id: 'pcs.reg.award-notice',
    title: 'Regulated procurement award notice',
    phase: 'after-award',
    kind: 'notice',
    notice: { code: null, officialName: 'award notice', platform: pcs },
    requirement: 'mandatory',
    pinnable: true,
    timing: () => ({
      rule: 'CD_FROM_NEXT_DAY',
      anchor: 'pcs.entry.actual',
      n: 30,
      unit: 'calendar-days',
      bound: 'max',
    }),
    // "within 30 days of" the award, in a different SSI with no reg 2(4) roll: the award day plus 30.
    compute: (ctx) => {
      const a = ctx.get('pcs.entry.actual')
      if (!dated(a)) return none([], [a])
      const date = addDays(a.date, 30)
      return { date, dateKind: 'latest', warnings: [], reasons: a.reasons, ceiling: date }
    },
    sources: [src(PSR16, 'reg 7(6)', 'F-PRSA-23')],
  },
  ...concessionSteps({
    p: 'pcs',
    awardDecisionId: 'pcs.conc.reg49',
    platform: pcs,
    names: {
      notice: 'concession notice',
      pin: 'prior information notice',
      award: 'concession contract award notice',
    },
    src: {
      notice: [src(CCS, 'regs 33(1),(2), 35', 'F-CCS-33-35')],
      pin: [src(CCS, 'reg 33(3),(4)', 'F-CCS-21')],
      periods: [src(CCS, 'reg 42(3)-(5)', 'F-CCS-42'), src(CCS, 'reg 2(3)', 'F-CCS-2')],
      clarification: [src(CCS, 'reg 36(5)', 'F-CCS-42')],
      awardDecision: [src(CCS, 'reg 49', 'F-CCS-49-50')],
      standstill: [src(CCS, 'reg 50(1),(3),(4)', 'F-CCS-49-50'), src(CCS, 'reg 2(3)', 'F-CCS-2')],
      award: [src(CCS, 'reg 34', 'F-CCS-33-35'), src(CCS, 'reg 2(3)', 'F-CCS-2')],
    },
  }),
]
