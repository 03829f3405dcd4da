/**
 * What a step of the library is (plan-model.md section 5) and what it is computed with.
 * A step's `compute` gives its statutory date from the dates of the steps it is anchored on;
 * the engine (plan.ts) then applies any pinned date and checks it against `floor` and `ceiling`.
 */
import type { IsoDate } from '../dates'
import type { RegimeId } from '../regimes'
import type {
  AuthorityType,
  Condition,
  DateKind,
  Jurisdiction,
  Notice,
  Phase,
  PlanOptions,
  Requirement,
  SourceRef,
  StepKind,
  ThresholdClass,
  Timing,
} from './types'
import type { CalendarId } from './working-day'

/** Which reading of the UNVERIFIED points a run takes: the safer one, or the other one (section 3.4). */
export type Reading = 'main' | 'alt'

/** The input with every default applied (plan-model.md section 2). */
export type Settings = {
  route: string
  variant: string | null
  regime: RegimeId
  jurisdiction: Jurisdiction
  authorityType: AuthorityType
  thresholdClass: ThresholdClass
  lightTouch: boolean
  value: number | undefined
  today: IsoDate
  options: PlanOptions & {
    procedure: NonNullable<PlanOptions['procedure']>
    participationStage: boolean
    electronicSubmission: boolean
    documentsWithNotice: boolean
    urgency: boolean
    voluntaryStandstill: boolean
    preliminaryMarketEngagement: boolean
    devolvedWelsh: boolean
    transferredNI: boolean
    callOff: NonNullable<PlanOptions['callOff']>
    coreSupplierInfoGiven: boolean
  }
  /** The regime's working-day calendar (section 3.3). */
  calendar: CalendarId
  /** The jurisdiction's own list where the regime's calendar is an UNVERIFIED reading (PCR, CCR). */
  altCalendar: CalendarId | undefined
  pinned: Readonly<Record<string, IsoDate>>
}

/** A step's date as computed, before the output is shaped. */
export type Computed = {
  date: IsoDate | null
  dateKind: DateKind
  warnings: string[]
  /** The UNVERIFIED readings this date depends on, in words ("if the start day counts"). */
  reasons: string[]
  generous?: IsoDate
  nextWorkingDay?: IsoDate
  /** A pinned date earlier than this breaks a statutory minimum or the order of events. */
  floor?: IsoDate
  floorRule?: string
  /** A pinned date later than this breaks a statutory deadline (or, for a target, passes it). */
  ceiling?: IsoDate
  ceilingIsTarget?: boolean
  /** Weekday bank holidays that moved the date. */
  holidays?: IsoDate[]
  /** The days, weekends included, a roll-forward moved the date past. */
  rolledPast?: IsoDate[]
}

export type Ctx = Settings & {
  reading: Reading
  /** The computed (or pinned) date of a step shown in this plan; undefined when it is not in it. */
  get(id: string): Computed | undefined
  /** The first of these steps that is in the plan. */
  first(...ids: string[]): Computed | undefined
  has(id: string): boolean
}

/** Whether a condition holds: undefined when the inputs cannot decide (shown as conditional). */
export type ConditionCheck = Condition & { holds: boolean | undefined }

export type StepDef = {
  id: string
  title: string
  phase: Phase
  kind: StepKind
  notice?: Notice | ((s: Settings) => Notice)
  requirement: Requirement
  condition?: (s: Settings) => ConditionCheck | undefined
  /** Accepts a user date (an event, or an order-only step the user did on a known day). */
  pinnable: boolean
  /** Refusals of section 8 item 4: a pinned date outside the regime's dates. */
  notBefore?: IsoDate
  notOnOrAfter?: IsoDate
  timing: (s: Settings) => LibraryTiming
  compute: (ctx: Ctx) => Computed
  /** Bounds reported as `stepId#name` entries right after the step (section 2.1, closed list). */
  bounds?: (
    ctx: Ctx,
  ) => { name: 'begins' | 'qppn-earliest' | 'qppn-latest' | 'with-pin'; computed: Computed }[]
  sources: SourceRef[]
}

/**
 * A step's timing as the library gives it. Where a step counts from whichever of several steps
 * the plan holds (the list its compute passes to ctx.first), the anchor lists them in the same
 * order, so the rule in words names the step the date was really counted from.
 */
export type LibraryTiming = Omit<Timing, 'anchor'> & {
  anchor?: string | readonly string[]
  /**
   * The timing where the plan holds none of the anchors: the step also sits in plans
   * without the step it counts from (no standstill before entry; a PSR urgent award made
   * later), and its rule must not name a step the plan does not show.
   */
  otherwise?: LibraryTiming
}

/** The timing of a step in a plan: the first listed anchor the plan holds, else `otherwise`. */
export function resolveTiming(t: LibraryTiming, inPlan: (id: string) => boolean): Timing {
  const { otherwise, anchor: listed, ...rest } = t
  if (listed === undefined) return rest
  const anchors = typeof listed === 'string' ? [listed] : listed
  const anchor = anchors.find(inPlan)
  if (anchor !== undefined) return { ...rest, anchor }
  return otherwise ? resolveTiming(otherwise, inPlan) : { ...rest, anchor: anchors[0] as string }
}
