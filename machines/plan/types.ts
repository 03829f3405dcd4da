/**
 * The plan's public shapes (plan-model.md section 2): the runner's input and output, and the
 * step each recipe lists. Step ids and bound ids are a public contract, like the decision
 * model's ids: never reused.
 */
import type { IsoDate } from '../dates'
import type { RegimeId } from '../regimes'
import type { NoNotices } from './undated-steps'
import type { CalendarId } from './working-day'

export type Jurisdiction = 'england' | 'wales' | 'scotland' | 'northern-ireland'
export type AuthorityType = 'central-government' | 'local-authority' | 'nhs' | 'other-public-body'
export type ThresholdClass = 'central' | 'sub-central'

export type Requirement =
  | 'mandatory'
  | 'conditional'
  | 'optional'
  | 'recommended'
  | 'milestone'
  | 'information'
export type Phase =
  | 'pre-market'
  | 'advertise'
  | 'respond'
  | 'evaluate'
  | 'award'
  | 'standstill'
  | 'contract'
  | 'after-award'
  | 'governance'
export type StepKind = 'notice' | 'deadline' | 'period-end' | 'action' | 'milestone'
export type DateKind = 'pinned' | 'earliest' | 'latest' | 'exact' | 'none'
export type Platform =
  | 'find-a-tender'
  | 'sell2wales-to-find-a-tender'
  | 'public-contracts-scotland'
  | 'contracts-finder'
  | 'subsidy-database'
  | 'local-newspaper'
  | 'own-website'
  | 'to-suppliers-directly'

export type Notice = { code: string | null; officialName: string; platform: Platform }
export type SourceRef = {
  instrument: string
  provision: string
  factId: string
  status: 'confirmed' | 'unverified'
}
export type Condition = { key: string; text: string }

export type RuleId =
  | 'CD_FROM_NEXT_DAY'
  | 'CD_BEGINNING_WITH'
  | 'WD_BEGINNING_WITH'
  | 'WD_AFTER'
  | 'CD_AFTER_ROLL'
  | 'WITHIN_OF'
  | 'WINDOW_MONTHS'
  | 'ORDER_ONLY'
  | 'REASONABLE'
  | 'ASAP'
  | 'HOURS'
  | 'FY_WINDOW'
  | 'NEXT_DAY'
  | 'QUARTER_PLUS'
  | 'USER'

export type Timing = {
  rule: RuleId
  anchor?: string
  /** The count starts on the day after the anchor (a PSR standstill begins the day after its notice). */
  fromNextDay?: boolean
  n?: number
  unit?: 'calendar-days' | 'working-days' | 'months' | 'hours' | 'weeks'
  bound: 'min' | 'max' | 'exact' | 'order-only' | 'none'
  calendar?: CalendarId
}

export type PlanOptions = {
  procedure?:
    | 'open'
    | 'competitive-flexible'
    | 'restricted'
    | 'cpn'
    | 'competitive-dialogue'
    | 'innovation-partnership'
  participationStage?: boolean
  electronicSubmission?: boolean
  documentsWithNotice?: boolean
  urgency?: boolean
  negotiatedTenderingPeriod?: boolean
  voluntaryStandstill?: boolean
  pipelineAuthority?: boolean
  preliminaryMarketEngagement?: boolean
  devolvedWelsh?: boolean
  transferredNI?: boolean
  openSpace?: boolean
  subsidy?: 'none' | 'mfa' | 'spei' | 'scheme' | 'standalone'
  amountGbp?: number
  callOff?: 'competition' | 'without-competition' | 'single-provider'
  concessionStages?: boolean
  groupedAwardNotices?: boolean
  coreSupplierInfoGiven?: boolean
  change?: {
    V0: number
    Ve: number
    Vc: number
    maxTermMonths: number
    extensionMonths: number
    works: boolean
    niTransferred?: boolean
    devolvedWelshNotReserved?: boolean
    authorityCaused?: boolean
  }
}

/** `<regime>.entry` (or `.entry.actual`) that must be reached on or before `date` (section 3.6). */
export type Target = { step: string; date: IsoDate }

/** The runner's input (section 2.1). */
export type PlanInput = {
  route: string
  variant: string | null
  regime: RegimeId
  jurisdiction: Jurisdiction
  authorityType: AuthorityType
  thresholdClass?: ThresholdClass
  value?: number
  today?: IsoDate
  options?: PlanOptions
  target?: Target
  pinned: Record<string, IsoDate>
}

export type PlanMessage = { code: string; step?: string; message: string }

/** One step of the runner's output (section 2.1). */
export type StepOutput = {
  id: string
  date: IsoDate | null
  dateKind: DateKind
  kind: StepKind
  requirement: Requirement
  condition?: Condition
  notice?: Notice
  alt?: IsoDate
  altReason?: string
  generous?: IsoDate
  sources: SourceRef[]
  warnings?: string[]
}

/**
 * A non-working day that moved a step's date: `rolled` when the date fell on it and moved on to
 * the next working day (weekends included), `counted` when a count of working days passed over a
 * weekday bank holiday. The app shows these; the runner's output does not carry them (section 2.1
 * is a closed shape).
 */
export type SkippedDay = { date: IsoDate; name: string; how: 'rolled' | 'counted' }

/** A step as the app shows it (section 2's PlanStep). */
export type PlanStep = {
  id: string
  title: string
  order: number
  phase: Phase
  kind: StepKind
  notice?: Notice
  requirement: Requirement
  condition?: Condition
  timing: Timing
  result: {
    date: IsoDate | null
    dateKind: DateKind
    altDate?: IsoDate
    altReason?: string
    generousDate?: IsoDate
    nextWorkingDay?: IsoDate
    /** The non-working days that moved this date, in date order; absent when none did. */
    skipped?: SkippedDay[]
    warnings: string[]
  }
  sources: SourceRef[]
}

export type Plan = {
  steps: PlanStep[]
  /** Set when the route has no dated step: what the plan says instead (section 6). */
  none?: string
  /** A route with no procurement notice: what the plan says, and its steps with no date. */
  noNotices?: NoNotices
  warnings: PlanMessage[]
  errors: PlanMessage[]
}

export type PlanOutput = { steps: StepOutput[]; warnings: PlanMessage[]; errors: PlanMessage[] }
