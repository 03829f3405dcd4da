import { answerOnPath, type DatedPath, isDevolvedScottishBody, type PathAnswers } from './body'
import { type IsoDate, LAST_DAY_BEFORE_PA_2023, PA_2023_IN_FORCE } from './dates'
import { regimeFor } from './regime'
import { isLightTouch } from './service-category'
import {
  type ThresholdKind,
  type ThresholdRules,
  type ThresholdTable,
  thresholdTableOn,
} from './thresholds'

export type AppliedThreshold = {
  amount: number
  kind: ThresholdKind
  /** The day this figure took effect for the rules that apply. */
  inForceFrom: IsoDate
  /** Source ids (sources.ts). */
  source: string[]
  /** The day whose figures were used. */
  date: IsoDate
  /** True where the figure is taken as the UK's for Scotland without confirmation. */
  unconfirmed: boolean
  /** Whose figures these are; absent means the Procurement Act's, as in England. */
  rules?: ThresholdRules
}

type ThresholdContext = DatedPath

/**
 * Which threshold applies (decision model, section 3): light touch services use the
 * light touch figure; otherwise central government bodies the central one, councils the
 * sub-central one, and NHS and other bodies whichever they answered ("not sure" takes
 * the lower, central, figure).
 */
export function thresholdKind(c: ThresholdContext): ThresholdKind {
  // A concession is measured against the concession figure instead (section 3.3); the
  // threshold class plays no part.
  if (answerOnPath(c, 'concession') === 'yes')
    return isLightTouch(c) ? 'light-touch-concession' : 'concession'
  if (isLightTouch(c)) return 'light-touch'
  // The changes journey names the contract's category itself (section 3.6).
  const category = answerOnPath(c, 'mod-contract-category')
  if (category === 'light-touch-services') return 'light-touch'
  if (category === 'works') return 'works'
  const type = answerOnPath(c, 'authority-type')
  if (type === 'central-government') return 'central'
  if (type === 'local-authority') return 'sub-central'
  return answerOnPath(c, 'threshold-class') === 'sub-central' ? 'sub-central' : 'central'
}

/** NHS and other bodies are asked which threshold class they are in, unless light touch. */
export function asksThresholdClass(c: PathAnswers): boolean {
  const type = answerOnPath(c, 'authority-type')
  return (type === 'nhs' || type === 'other-public-body') && !isLightTouch(c)
}

/** The contract value is under the threshold that applies (none applies outside the tables). */
export function belowThreshold(c: ThresholdContext): boolean {
  const value = answerOnPath(c, 'contract-value')
  const threshold = thresholdFor(c)
  return typeof value === 'number' && threshold !== undefined && value < threshold.amount
}

/**
 * Whose figures apply. A devolved Scottish body keeps the Scottish figures. Otherwise the
 * regime decides: a procurement, or a call-off under a framework, that the 2015 Regulations
 * still govern is measured against their own figures (reg 5), whatever the body is now under
 * (legal review 2026-12 A, I7); under the Act, a devolved Welsh authority has the Welsh
 * Ministers' figures.
 */
export function thresholdRules(c: PathAnswers): ThresholdRules {
  if (isDevolvedScottishBody(c)) return 'scotland'
  if (regimeFor(c) === 'pcr-2015') return 'pcr-2015'
  return answerOnPath(c, 'jurisdiction') === 'wales' ? 'pa-2023-wales' : 'pa-2023'
}

/**
 * The day whose figures apply: the procurement's start date when given; for a procurement
 * begun under the old rules with no date, the last day before the Act; otherwise today.
 * The 2015 Regulations' figures are those they held on the last day before the Act, so a
 * call-off under them made later still uses that day.
 */
export function thresholdDate(c: ThresholdContext): IsoDate {
  const change = changeThresholdDate(c)
  if (change) return change
  if (thresholdRules(c) === 'pcr-2015')
    return c.startDate && c.startDate < PA_2023_IN_FORCE ? c.startDate : LAST_DAY_BEFORE_PA_2023
  if (c.startDate) return c.startDate
  if (answerOnPath(c, 'existing-procurement') === 'yes') return LAST_DAY_BEFORE_PA_2023
  return c.today
}

/** A figure in the Act took effect no earlier than the day the Act came into force. */
function notBeforeTheAct(day: IsoDate): IsoDate {
  if (day < PA_2023_IN_FORCE) return PA_2023_IN_FORCE
  return day
}

/** The sources and the day the figure took effect, for the rules that apply. */
function provenance(
  table: ThresholdTable,
  kind: ThresholdKind,
  rules: ThresholdRules,
): { source: readonly string[]; inForceFrom: IsoDate } {
  if (isConcession(kind)) {
    const inForceFrom =
      rules === 'pa-2023' || rules === 'pa-2023-wales' ? notBeforeTheAct(table.from) : table.from
    return { source: table.concessionSources[rules], inForceFrom }
  }
  if (rules === 'scotland') return { source: table.scotlandSources, inForceFrom: table.from }
  if (rules === 'pcr-2015')
    return { source: table.pcrSources ?? table.sources, inForceFrom: table.from }
  // Under the Act: a figure the Act has held since it came into force is cited to Schedule 1
  // itself, from that day (the light touch figure did not change in 2026: review A, I12).
  if (table.actFigureKinds.includes(kind))
    return { source: ['pa-2023'], inForceFrom: PA_2023_IN_FORCE }
  return {
    source: rules === 'pa-2023-wales' ? table.walesSources : table.sources,
    inForceFrom: notBeforeTheAct(table.from),
  }
}

/**
 * The day whose figures a change to an existing contract is measured against (decision model,
 * section 3.6), or undefined off the changes journey; the start date plays no part there.
 * Under the Act, the figures of the day the contract's procurement started (its band); under
 * the 2015 Regulations, those they held on 23 February 2025; under the Scottish regulations,
 * today's, which are also the lower figures.
 */
function changeThresholdDate(c: ThresholdContext): IsoDate | undefined {
  if (answerOnPath(c, 'approach') !== 'change-existing-contract') return undefined
  const regime = regimeFor(c)
  if (regime === 'pcr-scotland-2015') return c.today
  if (regime === 'pcr-2015') return LAST_DAY_BEFORE_PA_2023
  return answerOnPath(c, 'mod-procurement-start') === 'from-2026'
    ? FIGURES_OF_2026
    : PA_2023_IN_FORCE
}

/** The first day of the 2026 figures (the band `from-2026` of the changes journey). */
export const FIGURES_OF_2026: IsoDate = '2026-01-01'

/** The threshold in force for this procurement, or undefined outside the ruleset's tables. */
export function thresholdFor(c: ThresholdContext): AppliedThreshold | undefined {
  return thresholdOn(c, thresholdDate(c))
}

/** The threshold that applied on a given day to a contract of this path's kind and rules. */
export function thresholdOn(c: ThresholdContext, date: IsoDate): AppliedThreshold | undefined {
  const table = thresholdTableOn(date)
  if (!table) return undefined
  const kind = thresholdKind(c)
  // A reserved body in Scotland is under the UK's rules, so it takes the UK sources.
  const rules = thresholdRules(c)
  const { source, inForceFrom } = provenance(table, kind, rules)
  const amount =
    (rules === 'scotland' ? table.scotlandAmounts?.[kind] : undefined) ?? table.amounts[kind]
  return {
    amount,
    kind,
    inForceFrom,
    source: [...source],
    date,
    unconfirmed: isConcession(kind)
      ? table.concessionUnconfirmed.includes(rules)
      : rules === 'scotland' && table.scotlandUnconfirmed.includes(kind),
    rules,
  }
}

export const isConcession = (kind: ThresholdKind) =>
  kind === 'concession' || kind === 'light-touch-concession'

/**
 * Whether a value, including VAT, is below the threshold that applies (the machine's own test
 * for the below-threshold route), for wording that says where the value sits.
 */
export function isBelowThreshold(value: number, threshold: Pick<AppliedThreshold, 'amount'>) {
  return value < threshold.amount
}
