import { answerOnPath, isDevolvedScottishBody, type PathAnswers } from './body'
import { type IsoDate, LAST_DAY_BEFORE_PA_2023 } from './dates'
import { type ThresholdKind, thresholdTableOn } from './thresholds'

export type AppliedThreshold = {
  amount: number
  kind: ThresholdKind
  inForceFrom: IsoDate
  /** Source ids (sources.ts). */
  source: string[]
  /** The day whose figures were used. */
  date: IsoDate
  /** True where the figure is taken as the UK's for Scotland without confirmation. */
  unconfirmed: boolean
}

type ThresholdContext = PathAnswers & { startDate: IsoDate | undefined; today: IsoDate }

/**
 * Which threshold applies (decision model, section 3): light touch services use the
 * light touch figure; otherwise central government bodies the central one, councils the
 * sub-central one, and NHS and other bodies whichever they answered ("not sure" takes
 * the lower, central, figure).
 */
export function thresholdKind(c: ThresholdContext): ThresholdKind {
  if (answerOnPath(c, 'service-category') === 'light-touch') return 'light-touch'
  const type = answerOnPath(c, 'authority-type')
  if (type === 'central-government') return 'central'
  if (type === 'local-authority') return 'sub-central'
  return answerOnPath(c, 'threshold-class') === 'sub-central' ? 'sub-central' : 'central'
}

/**
 * The day whose figures apply: the procurement's start date when given; for a procurement
 * begun under the old rules with no date, the last day before the Act; otherwise today.
 */
export function thresholdDate(c: ThresholdContext): IsoDate {
  if (c.startDate) return c.startDate
  if (answerOnPath(c, 'existing-procurement') === 'yes') return LAST_DAY_BEFORE_PA_2023
  return c.today
}

/** The threshold in force for this procurement, or undefined outside the ruleset's tables. */
export function thresholdFor(c: ThresholdContext): AppliedThreshold | undefined {
  const date = thresholdDate(c)
  const table = thresholdTableOn(date)
  if (!table) return undefined
  const kind = thresholdKind(c)
  // A reserved body in Scotland is under the UK's rules, so it takes the UK sources.
  const scotland = isDevolvedScottishBody(c)
  return {
    amount: table.amounts[kind],
    kind,
    inForceFrom: table.from,
    source: [...(scotland ? table.scotlandSources : table.sources)],
    date,
    unconfirmed: scotland && table.scotlandUnconfirmed.includes(kind),
  }
}
