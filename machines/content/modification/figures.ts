// The figures of a change to an existing contract (decision model 8.5.1), read from the answers by
// their question ids (a public contract), and the sentences that show the arithmetic to the user.
// The machine decides pass or fail; these sentences only show the figures, compared the same way:
// exactly, in integers, with BigInt so no product loses precision.
import {
  allChanges as allChangesSinceAward,
  atMostPercent,
  belowPercent,
  type ChangeFigures,
  minorCap as minorCapFor,
  modificationLimits,
  termWithinTenth,
  valueAfter as valueAfterChange,
  valueNow,
} from '../../modification-arithmetic'
import { formatPounds } from '../money'
import type { RouteContext } from '../route-content'

/** The user's own figures: whole pounds including VAT, whole months. */
export type ModificationFigures = {
  /** V0: the contract's total estimated value when it was awarded. */
  originalValue: number
  /** Ve: what earlier changes have added since award. */
  earlierChanges: number
  /** Vc: what this change adds. */
  changeValue: number
  /** The longest term the contract could run under its original terms (pa-2023 extensions only). */
  maxTermMonths: number | undefined
  /** How far beyond that longest term the contract will now run (pa-2023 extensions only). */
  extensionMonths: number | undefined
  /** T: the threshold for the regime, band, category and class (section 3.6); none under a PSR. */
  threshold: number | undefined
  /** A works contract: the 10% limits are 15% (cap10 of 8.5.1). */
  works: boolean
}

type AnswerMap = Readonly<Record<string, string | number | undefined>>

/** One answer by its question id (the `mod-…` ids of section 8). */
export function modAnswer(
  ctx: Pick<RouteContext, 'answers'>,
  id: string,
): string | number | undefined {
  return (ctx.answers as AnswerMap)[id]
}

const numberAnswer = (ctx: RouteContext, id: string) => {
  const value = modAnswer(ctx, id)
  return typeof value === 'number' ? value : undefined
}

/**
 * The figures of the path, or undefined where no values were asked (a light touch contract under
 * the Procurement Act). T comes from the route context, where the machine puts the threshold of 3.6.
 */
export function modificationFigures(ctx: RouteContext): ModificationFigures | undefined {
  const originalValue = numberAnswer(ctx, 'mod-original-value')
  if (originalValue === undefined) return undefined
  return {
    originalValue,
    earlierChanges: numberAnswer(ctx, 'mod-earlier-changes-value') ?? 0,
    changeValue: numberAnswer(ctx, 'mod-change-value') ?? 0,
    maxTermMonths: numberAnswer(ctx, 'mod-max-term-months'),
    extensionMonths: numberAnswer(ctx, 'mod-extension-months'),
    threshold: ctx.threshold?.amount,
    works: modAnswer(ctx, 'mod-contract-category') === 'works',
  }
}

/** Vnow: the value just before this change. */
export const valueBefore = (f: ModificationFigures) => valueNow(changeFigures(f))
/** Vnew: the value after this change. */
export const valueAfter = (f: ModificationFigures) => valueAfterChange(changeFigures(f))
/** Vcum: every change since award, this one included. */
export const allChanges = (f: ModificationFigures) => allChangesSinceAward(changeFigures(f))
/** cap10: 10%, or 15% for works. */
export const minorCap = (f: ModificationFigures) => minorCapFor(f.works)

/** part × 100 ≤ cap × whole, exactly ("not more than cap per cent"): the machine's own test. */
export const atMost = atMostPercent

/** part × 100 < cap × whole, exactly ("less than cap per cent"): the machine's own test. */
export const below = belowPercent

/** The figures in the machine's terms, so the words and the route use the same arithmetic. */
function changeFigures(f: ModificationFigures): ChangeFigures {
  return { original: f.originalValue, earlier: f.earlierChanges, change: f.changeValue }
}

const big = (n: number) => BigInt(n)

/**
 * part as a percentage of whole, to one decimal place, rounded half up. Where rounding would
 * make the figure look equal to the limit it is measured against, it says "just over" or "just
 * under" instead, so 10.04% is never shown as "10%" beside a 10% limit.
 */
export function percentText(part: number, whole: number, limit?: number): string {
  if (whole <= 0) return 'not measurable, because the value it is measured against is £0'
  const tenths = (big(part) * 2000n + big(whole)) / (big(whole) * 2n)
  const text = tenths % 10n === 0n ? `${tenths / 10n}%` : `${tenths / 10n}.${tenths % 10n}%`
  if (limit === undefined || tenths !== big(limit) * 10n) return text
  const exact = big(part) * 100n - big(limit) * big(whole)
  if (exact === 0n) return `${limit}%`
  return exact > 0n ? `just over ${limit}%` : `just under ${limit}%`
}

const pounds = formatPounds

/**
 * Procurement Act: this change against the value just before it (s.74(4)(a), Sch 8 paras 4, 5
 * and 8), e.g. "This change adds £40,000, which is 8% of the contract's estimated value before
 * it (£500,000); the limit is 10%."
 */
export function actChangeSentence(f: ModificationFigures, cap: number): string {
  const within = atMost(f.changeValue, valueBefore(f), cap)
  return `This change adds ${pounds(f.changeValue)}, which is ${percentText(f.changeValue, valueBefore(f), cap)} of the contract’s estimated value before it (${pounds(valueBefore(f))}); the limit is ${cap}%, so it is ${within ? 'within' : 'over'} the limit.`
}

/**
 * Procurement Act: the base of the percentage is a point to check (8.11 item 3). Shown when the
 * change passes on the value before it but would fail on the value at award.
 */
export function actBaseWarning(f: ModificationFigures, cap: number): string | undefined {
  if (!atMost(f.changeValue, valueBefore(f), cap) || atMost(f.changeValue, f.originalValue, cap))
    return undefined
  return `Measured against the value at award (${pounds(f.originalValue)}) instead, this change would be ${percentText(f.changeValue, f.originalValue, cap)}, over the ${cap}% limit: check which value the limit is measured against.`
}

/** Procurement Act: the aggregated value of changes against the threshold (s.74(4)(b)). */
export function actAggregateSentence(f: ModificationFigures): string | undefined {
  if (f.threshold === undefined) return undefined
  const under = allChanges(f) < f.threshold
  return `With earlier changes of ${pounds(f.earlierChanges)}, changes since award add ${pounds(allChanges(f))}, which is ${under ? 'less than' : 'not less than'} the threshold of ${pounds(f.threshold)}.`
}

/** Procurement Act: the extension against the longest term provided for on award (s.74(3)(a)). */
export function termSentence(f: ModificationFigures): string | undefined {
  if (f.maxTermMonths === undefined || f.extensionMonths === undefined) return undefined
  if (f.extensionMonths === 0)
    return 'The contract will not run beyond the longest term provided for on award.'
  const within = termWithinTenth(f.extensionMonths, f.maxTermMonths)
  const limit = modificationLimits.termPercent
  return `The extension of ${months(f.extensionMonths)} is ${percentText(f.extensionMonths, f.maxTermMonths, limit)} of the longest term provided for on award (${months(f.maxTermMonths)}); the limit is ${limit}%, so it is ${within ? 'within' : 'over'} it.`
}

const months = (n: number) => (n === 1 ? '1 month' : `${n.toLocaleString('en-GB')} months`)

/** 2015 Regulations: this change against the initial contract value (reg 72(1)(b), (c), (2)(a)). */
export function regulationsChangeSentence(f: ModificationFigures): string {
  const within = atMost(f.changeValue, f.originalValue, 50)
  return `This change adds ${pounds(f.changeValue)}, which is ${percentText(f.changeValue, f.originalValue, 50)} of the initial contract value (${pounds(f.originalValue)}); the limit is 50% for each change, so it is ${within ? 'within' : 'over'} it.`
}

/** 2015 Regulations: the de minimis test on the net cumulative value (reg 72(5)-(6)). */
export function deMinimisSentence(f: ModificationFigures): string {
  const cap = minorCap(f)
  const threshold =
    f.threshold === undefined
      ? ''
      : ` and ${allChanges(f) < f.threshold ? 'below' : 'not below'} the threshold of ${pounds(f.threshold)}`
  return `Changes since award add ${pounds(allChanges(f))} in total: ${percentText(allChanges(f), f.originalValue, cap)} of the initial value (${pounds(f.originalValue)}), against a limit of below ${cap}%${threshold}.`
}

/** Provider Selection Regimes: the cumulative change against £500,000 and 25% (reg 13(2)(b) / 13(5)(b)). */
export function psrValueSentence(f: ModificationFigures): string {
  return `With earlier changes, the lifetime value rises by ${pounds(allChanges(f))}, which is ${percentText(allChanges(f), f.originalValue, 25)} of the original lifetime value (${pounds(f.originalValue)}).`
}

/** The PSR test passes while the total is below either limit. */
export const psrWithinLimits = (f: ModificationFigures) =>
  allChanges(f) < 500_000 || below(allChanges(f), f.originalValue, 25)

/** PSR: whether the notice of a modification can be due (£500,000 or more, reg 13(4)(c) / 13(6)(c)). */
export const psrNoticeValue = (f: ModificationFigures | undefined) =>
  f !== undefined && allChanges(f) >= 500_000

/** A contract below the threshold before and after the change (tests A2 and B1). */
export function belowThresholdSentence(f: ModificationFigures): string | undefined {
  if (f.threshold === undefined) return undefined
  return `After this change the contract’s value is ${pounds(valueAfter(f))}, ${valueAfter(f) < f.threshold ? 'still below' : 'no longer below'} the threshold of ${pounds(f.threshold)}.`
}

/** Procurement Act: a below-threshold contract that this change takes to the threshold (s.74(1)). */
export const convertible = (f: ModificationFigures | undefined) =>
  f?.threshold !== undefined && valueBefore(f) < f.threshold && valueAfter(f) >= f.threshold
