/**
 * The Public Contracts Regulations 2015 step library (plan-model.md section 5.2), with the
 * Concession Contracts Regulations 2016 concessions. Working days: the all-UK list by default,
 * the jurisdiction's own list as the other reading (F-WD-PCR, UNVERIFIED).
 */
import { PA_2023_IN_FORCE } from '../../dates'
import { none } from '../counting'
import { src } from '../facts'
import type { Settings, StepDef } from '../step'
import { concessionSteps } from './concessions'
import { contractsFinderAward, publicContractsSteps } from './public-contracts'

const PCR = 'SI 2015/102'
const CCR = 'SI 2016/273'
const fts = 'find-a-tender' as const

const belowThresholdAdvertised = (s: Settings) => {
  const central = s.thresholdClass === 'central'
  const limit = central ? 12_000 : 30_000
  return {
    key: 'advertised-over-limit',
    text: `advertised, and worth £${limit.toLocaleString('en-GB')} or more including VAT; not a Northern Ireland or Welsh devolved body`,
    holds:
      s.options.devolvedWelsh || s.options.transferredNI
        ? false
        : s.value === undefined
          ? undefined
          : s.value >= limit,
  }
}

export const pcrLibrary: StepDef[] = [
  ...publicContractsSteps({
    p: 'pcr',
    instrument: PCR,
    platform: fts,
    pinId: 'pcr.f01',
    noticeId: 'pcr.f02',
    veatId: 'pcr.f15',
    awardDecisionId: 'pcr.reg86',
    canId: 'pcr.f03',
    sssCallId: 'pcr.lt.call',
    sssAwardId: 'pcr.lt.award-notice',
    callsEndBefore: PA_2023_IN_FORCE,
    names: {
      pin: { code: 'F01', officialName: 'prior information notice', platform: fts },
      notice: { code: 'F02', officialName: 'contract notice', platform: fts },
      can: { code: 'F03', officialName: 'contract award notice', platform: fts },
      veat: { code: 'F15', officialName: 'voluntary ex ante transparency notice', platform: fts },
      sssCall: {
        code: null,
        officialName: 'contract notice or prior information notice for light touch services',
        platform: fts,
      },
      sssAward: { code: null, officialName: 'contract award notice', platform: fts },
      modNotice: { code: 'F20', officialName: 'modification notice', platform: fts },
    },
    src: {
      pin: [src(PCR, 'regs 27(4), 28(6), 29(6), 48', 'F-PCR-27'), src(PCR, 'reg 48', 'F-PCR-48')],
      notice: [src(PCR, 'regs 26, 49', 'F-PCR-TR')],
      rtp: [
        src(PCR, 'regs 28-31', 'F-PCR-28'),
        src(PCR, 'reg 2(3),(4)', 'F-CNT-PCR'),
        src(PCR, 'reg 2(1)', 'F-WD-PCR'),
      ],
      tender: [
        src(PCR, 'regs 27-29', 'F-PCR-27'),
        src(PCR, 'reg 53(5)', 'F-PCR-53'),
        src(PCR, 'reg 2(3),(4)', 'F-CNT-PCR'),
        src(PCR, 'reg 2(1)', 'F-WD-PCR'),
      ],
      clarification: [src(PCR, 'reg 53(6),(7)', 'F-PCR-53')],
      awardDecision: [src(PCR, 'reg 86', 'F-PCR-86')],
      standstill: [
        src(PCR, 'reg 87', 'F-PCR-87'),
        src(PCR, 'reg 2(4)', 'F-CNT-PCR'),
        src(PCR, 'reg 2(1)', 'F-WD-PCR'),
      ],
      veat: [src(PCR, 'reg 99(3),(4)', 'F-PCR-99'), src(PCR, 'reg 2(4)', 'F-CNT-PCR')],
      entry: [src(PCR, 'reg 87(1)', 'F-PCR-87')],
      can: [src(PCR, 'reg 50(1),(4)', 'F-PCR-50'), src(PCR, 'reg 2(3),(4)', 'F-CNT-PCR')],
      sssCall: [src(PCR, 'reg 75(1),(2)', 'F-PCR-75')],
      sssAward: [src(PCR, 'reg 75(3),(4)', 'F-PCR-75', 'unverified')],
      mod: [
        src(PCR, 'reg 72', 'F-PCR-72N'),
        src(PCR, 'reg 99(3),(4) by analogy', 'F-PCR-99', 'unverified'),
      ],
      modNotice: [src(PCR, 'reg 72(3),(4), reg 51', 'F-PCR-72N'), src(PCR, 'forms', 'F-PCR-FTS')],
    },
  }),
  contractsFinderAward(),
  {
    id: 'pcr.bt.cf',
    title: 'Below-threshold opportunity on Contracts Finder',
    phase: 'advertise',
    kind: 'notice',
    notice: { code: null, officialName: 'Contracts Finder notice', platform: 'contracts-finder' },
    requirement: 'conditional',
    condition: belowThresholdAdvertised,
    pinnable: true,
    timing: () => ({ rule: 'HOURS', n: 24, unit: 'hours', bound: 'max' }),
    compute: () =>
      none([
        'within 24 hours of first advertising the opportunity elsewhere; allow a sufficient response time',
      ]),
    sources: [src(PCR, 'regs 1(8), 109, 110', 'F-PCR-110')],
  },
  {
    id: 'pcr.bt.cf-award',
    title: 'Below-threshold award on Contracts Finder',
    phase: 'after-award',
    kind: 'notice',
    notice: {
      code: null,
      officialName: 'Contracts Finder award notice',
      platform: 'contracts-finder',
    },
    requirement: 'conditional',
    condition: belowThresholdAdvertised,
    pinnable: true,
    timing: () => ({ rule: 'REASONABLE', bound: 'none' }),
    compute: () => none(['within a reasonable time after the award']),
    sources: [src(PCR, 'reg 112', 'F-PCR-110')],
  },
  ...concessionSteps({
    p: 'pcr',
    awardDecisionId: 'pcr.conc.reg47',
    callsEndBefore: PA_2023_IN_FORCE,
    platform: fts,
    names: {
      notice: 'concession notice (F24, UNVERIFIED)',
      pin: 'prior information notice',
      award: 'concession award notice (F25, UNVERIFIED)',
    },
    src: {
      notice: [
        src(CCR, 'regs 31(1),(2),(5), 33', 'F-CCR-31-33'),
        src(CCR, 'transitional', 'F-CCR-TR'),
      ],
      pin: [src(CCR, 'reg 31(3)-(5)', 'F-CCR-19')],
      periods: [src(CCR, 'reg 39(3)-(5)', 'F-CCR-39'), src(CCR, 'reg 2(3),(4)', 'F-CCR-2')],
      clarification: [src(CCR, 'reg 34(5)', 'F-CCR-39')],
      awardDecision: [src(CCR, 'reg 47', 'F-CCR-47-48')],
      standstill: [src(CCR, 'reg 48', 'F-CCR-47-48'), src(CCR, 'reg 2(3)', 'F-CCR-2')],
      award: [src(CCR, 'reg 32', 'F-CCR-31-33'), src(CCR, 'reg 2(3),(4)', 'F-CCR-2')],
    },
  }),
]
