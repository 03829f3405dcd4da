/**
 * Steps of routes outside procurement law (plan-model.md section 5.6): subsidy control (Subsidy
 * Control Act 2022) and a council's disposal of open space (Local Government Act 1972 s.123(2A)).
 */
import { addDays } from '../civil-date'
import { dated, none, r6, r8, r9 } from '../counting'
import { src } from '../facts'
import type { Settings, StepDef } from '../step'

const SCA = 'SCA 2022'
const LGA = 'LGA 1972'
const user = { rule: 'USER', bound: 'none' } as const

/** The amount given: `amountGbp`, else the estimated value. */
const amount = (s: Settings) => s.options.amountGbp ?? s.value

/** A database entry is needed unless MFA, SPEI or a subsidy under a scheme is £100,000 or less (ss.33(2), 36(4), 38(4)). */
function databaseCondition(s: Settings) {
  const small =
    ['mfa', 'spei', 'scheme'].includes(s.options.subsidy ?? '') ||
    s.variant === 'minimal-financial-assistance'
  const a = amount(s)
  return {
    key: 'database-entry',
    text: small ? 'the assistance is more than £100,000' : 'a subsidy or subsidy scheme',
    holds:
      s.options.subsidy === 'none'
        ? false
        : !small
          ? true
          : a === undefined
            ? undefined
            : a > 100_000,
  }
}

const openSpace = (s: Settings) => ({
  key: 'open-space',
  text: 'a principal council in England or Wales disposes of open space (Wales: not playing fields under the 2010 Measure)',
  // Undecided (no `openSpace` option, as in the app) for a council in England or Wales: shown
  // as conditional rather than hidden (plan-model.md section 2 rule 1).
  holds:
    (s.jurisdiction === 'england' || s.jurisdiction === 'wales') &&
    s.authorityType === 'local-authority'
      ? s.options.openSpace
      : false,
})

export const neutralLibrary: StepDef[] = [
  {
    id: 'sca.mfa.notify',
    title: 'Minimal financial assistance notification sent to the recipient',
    phase: 'award',
    kind: 'action',
    notice: { code: null, officialName: 'written statement', platform: 'to-suppliers-directly' },
    requirement: 'mandatory',
    pinnable: true,
    timing: () => ({ rule: 'ORDER_ONLY', anchor: 'sca.mfa.confirmation', bound: 'order-only' }),
    compute: (ctx) => r8(ctx.get('sca.mfa.confirmation')),
    sources: [src(SCA, 's.37(1),(2)', 'F-SCA-37')],
  },
  {
    id: 'sca.mfa.confirm-received',
    title: "Recipient's written confirmation received",
    phase: 'award',
    kind: 'action',
    requirement: 'mandatory',
    pinnable: true,
    timing: () => ({ rule: 'ORDER_ONLY', anchor: 'sca.mfa.confirmation', bound: 'order-only' }),
    compute: (ctx) => r8(ctx.get('sca.mfa.confirmation')),
    sources: [src(SCA, 's.37(3)', 'F-SCA-37')],
  },
  {
    id: 'sca.mfa.confirmation',
    title: 'Minimal financial assistance given, with its confirmation',
    phase: 'award',
    kind: 'action',
    notice: { code: null, officialName: 'written statement', platform: 'to-suppliers-directly' },
    requirement: 'mandatory',
    pinnable: true,
    timing: () => user,
    compute: () => none(['no date yet: enter the day the assistance is given']),
    sources: [src(SCA, 's.37(4),(5)', 'F-SCA-37')],
  },
  {
    id: 'sca.sau',
    title: 'Subsidy Advice Unit referral and report',
    phase: 'pre-market',
    kind: 'action',
    notice: {
      code: null,
      officialName: 'request to the Competition and Markets Authority',
      platform: 'own-website',
    },
    requirement: 'conditional',
    condition: () => ({
      key: 'particular-interest',
      text: 'a subsidy or scheme of particular interest',
      holds: undefined,
    }),
    pinnable: true,
    timing: () => ({ rule: 'REASONABLE', bound: 'none' }),
    compute: () =>
      none([
        'do not give the subsidy until the report and the cooling-off period (their lengths: check, UNVERIFIED)',
      ]),
    sources: [src(SCA, 's.31', 'F-SCA-SAU')],
  },
  {
    id: 'sca.decision',
    title: 'Decision to give the subsidy or make the scheme confirmed',
    phase: 'award',
    kind: 'milestone',
    requirement: 'milestone',
    pinnable: true,
    timing: () => user,
    compute: () => none(['no date yet: enter the day the decision is confirmed']),
    sources: [src(SCA, 's.33(3)(c)', 'F-SCA-33')],
  },
  {
    id: 'sca.database',
    title: 'Subsidy database entry',
    phase: 'after-award',
    kind: 'notice',
    notice: { code: null, officialName: 'subsidy database entry', platform: 'subsidy-database' },
    requirement: 'conditional',
    condition: databaseCondition,
    pinnable: true,
    timing: () => ({
      rule: 'WITHIN_OF',
      anchor: ['sca.decision', 'sca.mfa.confirmation'],
      n: 3,
      unit: 'months',
      bound: 'max',
    }),
    compute: (ctx) => r6(ctx.first('sca.decision', 'sca.mfa.confirmation'), 3, 'months'),
    sources: [
      src(SCA, 's.33', 'F-SCA-33'),
      src(SCA, 'ss.36(4), 38(4)', 'F-SCA-36'),
      src(SCA, 's.33(3)', 'F-CNT-WITHIN'),
    ],
  },
  {
    id: 'lga.open-space.advert-1',
    title: 'Notice of intended disposal of open space, first week',
    phase: 'advertise',
    kind: 'notice',
    notice: { code: null, officialName: 'newspaper notice', platform: 'local-newspaper' },
    requirement: 'conditional',
    condition: openSpace,
    pinnable: true,
    timing: () => user,
    compute: () => none(['no date yet: enter the day the notice appears']),
    sources: [src(LGA, 's.123(2A)', 'F-LGA-123-2A')],
  },
  {
    id: 'lga.open-space.advert-2',
    title: 'The same notice, second consecutive week',
    phase: 'advertise',
    kind: 'notice',
    notice: { code: null, officialName: 'newspaper notice', platform: 'local-newspaper' },
    requirement: 'conditional',
    condition: openSpace,
    pinnable: true,
    timing: () => ({
      rule: 'CD_FROM_NEXT_DAY',
      anchor: 'lga.open-space.advert-1',
      n: 7,
      unit: 'calendar-days',
      bound: 'exact',
    }),
    compute: (ctx) => {
      const a = ctx.get('lga.open-space.advert-1')
      return dated(a)
        ? {
            date: addDays(a.date, 7),
            dateKind: 'exact',
            warnings: ['the following week (a weekly paper: a week after the first)'],
            reasons: a.reasons,
          }
        : none([], [a])
    },
    sources: [src(LGA, 's.123(2A)', 'F-LGA-123-2A')],
  },
  {
    id: 'lga.open-space.objections',
    title: 'Objections considered',
    phase: 'evaluate',
    kind: 'action',
    requirement: 'conditional',
    condition: openSpace,
    pinnable: true,
    timing: () => ({ rule: 'REASONABLE', bound: 'none' }),
    compute: () => r9(),
    sources: [src(LGA, 's.123(2A)', 'F-LGA-123-2A')],
  },
  {
    id: 'land.disposal',
    title: 'Disposal completed',
    phase: 'contract',
    kind: 'milestone',
    requirement: 'milestone',
    pinnable: true,
    timing: () => user,
    compute: () => none(['no date yet: enter the day of the disposal']),
    sources: [src(LGA, 's.123', 'F-LGA-123-2')],
  },
]
