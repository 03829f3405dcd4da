/**
 * What the two Provider Selection Regimes' step libraries share (plan-model.md sections 5.4 and
 * 5.5): the shape of an event the user dates, of a notice due within 30 days, and of the steps
 * both regimes have in the same form. Each regime passes its own step-id prefix, instrument,
 * date in force and platform, and names its own provisions and fact ids, so every reference
 * stays that regime's; the standstills, which the two count differently, stay in each library.
 */
import type { IsoDate } from '../../dates'
import { entryActual, none, r6, r8, r9, r13, withNextWorkingDay } from '../counting'
import { src } from '../facts'
import type { Settings, StepDef } from '../step'
import type { Notice } from '../types'

/** One regime's particulars. */
export type ProviderSelectionRegime = {
  /** The step-id prefix: `psr` (England) or `psrw` (Wales). */
  prefix: string
  /** The regulations, as sources cite them. */
  instrument: string
  /** No step of the regime may be dated before this day (plan-model.md section 8 item 4). */
  inForce: IsoDate
  /** A notice published on the regime's platform. */
  publish: (officialName: string) => Notice
  /** The provisions whose "within 30 days of" the counting fact is cited against. */
  withinProvisions: string
}

/** Letters and invitations that go to the providers, not to a platform. */
export const sentToProviders: Notice = {
  code: null,
  officialName: 'sent to providers directly',
  platform: 'to-suppliers-directly',
}

const user = { rule: 'USER', bound: 'none' } as const

/** Authority-caused (default true, the cautious reading) and a cumulative change of £500,000 or more. */
export function psrModificationDue(s: Settings): boolean | undefined {
  const c = s.options.change
  if (!c) return undefined
  const caused =
    c.authorityCaused ?? !['provider-succession', 'external-factors'].includes(s.variant ?? '')
  return caused && c.Ve + c.Vc >= 500_000
}

/** The step builders of one regime. */
export function providerSelectionSteps(r: ProviderSelectionRegime) {
  const id = (rest: string) => `${r.prefix}.${rest}`

  /** An event the user dates: a notice, a letter or a milestone. */
  const event = (
    stepId: string,
    title: string,
    notice: Notice | undefined,
    requirement: StepDef['requirement'],
    sources: StepDef['sources'],
    phase: StepDef['phase'] = 'advertise',
  ): StepDef => ({
    id: stepId,
    title,
    phase,
    kind: notice && notice.platform !== 'to-suppliers-directly' ? 'notice' : 'action',
    ...(notice ? { notice } : {}),
    requirement,
    pinnable: true,
    notBefore: r.inForce,
    timing: () => user,
    compute: () => none(['no date yet: enter the date']),
    sources,
  })

  /** A notice due within 30 days of the first of its anchors that is dated. */
  const within30 = (
    stepId: string,
    title: string,
    notice: Notice,
    requirement: StepDef['requirement'],
    anchors: string[],
    sources: StepDef['sources'],
    condition?: StepDef['condition'],
  ): StepDef => ({
    id: stepId,
    title,
    phase: 'after-award',
    kind: 'notice',
    notice,
    requirement,
    ...(condition ? { condition } : {}),
    pinnable: true,
    notBefore: r.inForce,
    timing: () => ({
      rule: 'WITHIN_OF',
      anchor: anchors,
      n: 30,
      unit: 'calendar-days',
      bound: 'max',
    }),
    compute: (ctx) => r6(ctx.first(...anchors), 30, 'days'),
    sources: [...sources, src(r.instrument, r.withinProvisions, 'F-CNT-WITHIN')],
  })

  /** The unsuccessful providers told in writing, after the intention notice. */
  const informed = (
    stepId: string,
    title: string,
    after: string,
    sources: StepDef['sources'],
  ): StepDef => ({
    id: stepId,
    title,
    phase: 'award',
    kind: 'action',
    notice: sentToProviders,
    requirement: 'mandatory',
    pinnable: true,
    notBefore: r.inForce,
    timing: () => ({ rule: 'ORDER_ONLY', anchor: after, bound: 'order-only' }),
    compute: (ctx) => r8(ctx.get(after)),
    sources,
  })

  /** The standstill held open after representations (no date until they are made). */
  const representations = (warning: string, sources: StepDef['sources']): StepDef => ({
    id: id('standstill.reps'),
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
    compute: () => none([warning]),
    sources,
  })

  /** The earliest entry: the day after the first of the standstills that is dated. */
  const earliestEntry = (standstills: string[], sources: StepDef['sources']): StepDef => ({
    id: id('entry'),
    title: 'Earliest entry into the contract',
    phase: 'contract',
    kind: 'milestone',
    requirement: 'milestone',
    pinnable: false,
    timing: () => ({ rule: 'NEXT_DAY', anchor: standstills, bound: 'min' }),
    compute: (ctx) => withNextWorkingDay(ctx, r13(ctx.first(...standstills))),
    sources,
  })

  /** The contract entered into: the user's date, not before the earliest entry. */
  const entered = (sources: StepDef['sources']): StepDef => ({
    id: id('entry.actual'),
    title: 'Contract entered into',
    phase: 'contract',
    kind: 'milestone',
    requirement: 'milestone',
    pinnable: true,
    notBefore: r.inForce,
    timing: () => ({ rule: 'USER', anchor: id('entry'), bound: 'min' }),
    compute: (ctx) => entryActual(ctx, ctx.get(id('entry'))),
    sources,
  })

  /** Offers in a call-off competition: no statutory minimum. */
  const offersDeadline = (sources: StepDef['sources']): StepDef => ({
    id: id('fw.offers-deadline'),
    title: 'Offers due (call-off competition)',
    phase: 'respond',
    kind: 'deadline',
    requirement: 'mandatory',
    pinnable: true,
    notBefore: r.inForce,
    timing: () => ({ rule: 'REASONABLE', bound: 'none' }),
    compute: () => r9(),
    sources,
  })

  const urgentAward = (sources: StepDef['sources']) =>
    event(
      id('urgent.award'),
      'Urgent award made and contract entered into',
      undefined,
      'milestone',
      sources,
      'contract',
    )

  /**
   * The notice of an urgent award or modification; its schedules differ by regime. Every
   * PSR plan shows it, most as a condition on a later urgent award or modification that the
   * plan does not hold: there its rule names no step.
   */
  const urgentNotice = (title: string, sources: StepDef['sources']): StepDef => {
    const notice = within30(
      id('urgent'),
      title,
      r.publish('urgent award notice'),
      'mandatory',
      [id('urgent.award'), id('mod.made')],
      sources,
    )
    return {
      ...notice,
      timing: (s) => {
        const timing = notice.timing(s)
        const { anchor: _, ...withoutAnchor } = timing
        return { ...timing, otherwise: withoutAnchor }
      },
    }
  }

  const abandonment = (sources: StepDef['sources']): StepDef => ({
    id: id('abandon'),
    title: 'Abandonment notice',
    phase: 'after-award',
    kind: 'notice',
    notice: r.publish('notice of abandonment'),
    requirement: 'conditional',
    condition: () => ({
      key: 'abandoned',
      text: 'you decide to abandon the process',
      holds: undefined,
    }),
    pinnable: true,
    notBefore: r.inForce,
    timing: () => ({ rule: 'WITHIN_OF', n: 30, unit: 'calendar-days', bound: 'max' }),
    compute: () =>
      none([
        'within 30 days of the decision, or of the end of the standstill if decided during it',
      ]),
    sources,
  })

  const annualSummary = (sources: StepDef['sources']): StepDef => ({
    id: id('annual-summary'),
    title: 'Annual summary and monitoring report published',
    phase: 'governance',
    kind: 'action',
    notice: { code: null, officialName: 'annual summary', platform: 'own-website' },
    requirement: 'mandatory',
    pinnable: true,
    timing: () => ({ rule: 'USER', bound: 'none' }),
    compute: () => none(['every year; no statutory date']),
    sources,
  })

  const modificationMade = (sources: StepDef['sources']) =>
    event(id('mod.made'), 'Modification made', undefined, 'milestone', sources, 'contract')

  /** The notice of a modification caused by the authority of £500,000 or more. */
  const modificationNotice = (title: string, sources: StepDef['sources']) =>
    within30(
      id('modification'),
      title,
      r.publish('notice of a modification'),
      'conditional',
      [id('mod.made')],
      sources,
      (s) => ({
        key: 'modification-notice',
        text: 'the change is attributable to your decision and the cumulative change in lifetime value is £500,000 or more',
        holds: psrModificationDue(s),
      }),
    )

  return {
    event,
    within30,
    informed,
    representations,
    earliestEntry,
    entered,
    offersDeadline,
    urgentAward,
    urgentNotice,
    abandonment,
    annualSummary,
    modificationMade,
    modificationNotice,
  }
}
