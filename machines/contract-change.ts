import type { Answers } from './answers'
import { answerOnPath, type DatedPath, isDevolvedScottishBody, type PathAnswers } from './body'
import { LAST_DAY_BEFORE_PA_2023 } from './dates'
import {
  belowThresholdModification,
  type ChangeFigures,
  deMinimis,
  termWithinTenth,
  valueAfter,
  valueNow,
  withinHalfUnderAct,
  withinHalfUnderRegulations,
  withinPsrLimits,
} from './modification-arithmetic'
import { changeRegime, isChangeJourney } from './regime'
import type { RegimeId } from './regimes'
import { FIGURES_OF_2026, thresholdFor, thresholdOn } from './threshold'

/**
 * The changes journey (decision model, section 8): changing or extending a contract the
 * organisation already has. Which rules govern the change (8.1), and the named conditions
 * the decision table tests on this journey (8.2-8.5), each written once here. The
 * arithmetic itself is in modification-arithmetic.ts.
 */

export { changeRegime, isChangeJourney }

const regimeIs = (c: PathAnswers, ...regimes: RegimeId[]) =>
  isChangeJourney(c) && regimes.includes(changeRegime(c))

export const changeUnderAct = (c: PathAnswers) => regimeIs(c, 'pa-2023')
export const changeUnderRegulations = (c: PathAnswers) =>
  regimeIs(c, 'pcr-2015', 'pcr-scotland-2015')
export const changeUnderPsr = (c: PathAnswers) => regimeIs(c, 'psr-2023', 'psr-wales-2025')

// ---- When each question is asked (8.1-8.4), where more than the answer before decides it

/** Health care under a Provider Selection Regime is possible: NHS or council, England or Wales. */
export function asksModHealthCare(c: PathAnswers): boolean {
  const type = answerOnPath(c, 'authority-type')
  const place = answerOnPath(c, 'jurisdiction')
  return (
    (type === 'nhs' || type === 'local-authority') && (place === 'england' || place === 'wales')
  )
}

/** A Northern Ireland body under the Act is asked whether it is a transferred authority. */
export const asksNiTransferred = (c: PathAnswers) =>
  answerOnPath(c, 'jurisdiction') === 'northern-ireland' && changeUnderAct(c)

/** A light touch contract under the Act needs no values (8.2, test A1). */
export const lightTouchUnderAct = (c: PathAnswers) =>
  changeUnderAct(c) && answerOnPath(c, 'mod-contract-category') === 'light-touch-services'

/** NHS and other bodies give their threshold class for a services or goods contract (8.2). */
export function asksChangeThresholdClass(c: PathAnswers): boolean {
  const type = answerOnPath(c, 'authority-type')
  const category = answerOnPath(c, 'mod-contract-category')
  return (
    (type === 'nhs' || type === 'other-public-body') &&
    (category === 'other-services-or-goods' || category === 'not-sure')
  )
}

/** The change keeps the contract's overall nature ("not sure" is taken as a change of nature). */
export const keepsNature = (c: PathAnswers) => answerOnPath(c, 'mod-changes-nature') === 'no'

/** A different organisation takes over as the supplier. */
export const changesSupplier = (c: PathAnswers) => answerOnPath(c, 'mod-supplier-change') === 'yes'

/** Under a Provider Selection Regime, the change keeps the contract's character (8.4). */
export const asksPsrExternalFactors = (c: PathAnswers) => changeUnderPsr(c) && keepsNature(c)

/** Under a Provider Selection Regime, the extension bridges to a replacement contract (8.4). */
export const asksPsrContinuity = (c: PathAnswers) =>
  changeUnderPsr(c) && answerOnPath(c, 'mod-bridging') === 'yes'

/** Under the 2015 Regulations, a change that keeps the contract's nature is tested for substance. */
export const asksFavoursUnderRegulations = (c: PathAnswers) =>
  changeUnderRegulations(c) && keepsNature(c)

// ---- The figures (8.5.1)

/** V0, Ve and Vc as answered, or undefined where the values were not asked. */
export function changeFigures(c: PathAnswers): ChangeFigures | undefined {
  const original = answerOnPath(c, 'mod-original-value')
  const earlier = answerOnPath(c, 'mod-earlier-changes-value')
  const change = answerOnPath(c, 'mod-change-value')
  if (typeof original !== 'number' || typeof earlier !== 'number' || typeof change !== 'number')
    return undefined
  return { original, earlier, change }
}

/** The term figures, when the extension was measured (the Act only). */
export function termFigures(
  c: PathAnswers,
): { maxTermMonths: number; extensionMonths: number } | undefined {
  const max = answerOnPath(c, 'mod-max-term-months')
  const extension = answerOnPath(c, 'mod-extension-months')
  if (typeof max !== 'number' || typeof extension !== 'number') return undefined
  return { maxTermMonths: max, extensionMonths: extension }
}

/** The contract is for works: its caps are 15% rather than 10%. */
export const isWorks = (c: PathAnswers) => answerOnPath(c, 'mod-contract-category') === 'works'

/** T: the threshold the change is measured against (section 3.6). */
export const changeThreshold = (c: DatedPath) => thresholdFor(c)?.amount

/**
 * termPct ≤ 10: the extension is at most a tenth of the maximum term, or there is none (a
 * change that does not extend the term is 0%).
 */
export function termWithinLimit(c: PathAnswers): boolean {
  if (answerOnPath(c, 'mod-extends-term') !== 'yes') return true
  const term = termFigures(c)
  return term !== undefined && termWithinTenth(term.extensionMonths, term.maxTermMonths)
}

/**
 * Whether the contract was below the threshold when it was awarded (test B1): for a
 * procurement begun before 2024 the person says so; otherwise V0 against the figures of the
 * band the procurement started in.
 */
export function belowThresholdAtAward(c: DatedPath): boolean {
  const start = answerOnPath(c, 'mod-procurement-start')
  if (start === 'before-2024') return answerOnPath(c, 'mod-regulated-award') === 'no'
  const figures = changeFigures(c)
  const day = start === 'from-2026' ? FIGURES_OF_2026 : LAST_DAY_BEFORE_PA_2023
  const threshold = thresholdOn(c, day)?.amount
  return figures !== undefined && threshold !== undefined && figures.original < threshold
}

/**
 * Tests A2 and B1: the rules on changing contracts do not reach this contract. Under the Act,
 * it is below the threshold before and after the change (s.74 reaches only public and
 * convertible contracts); under the 2015 Regulations, it was below the threshold at award and
 * stays below it.
 */
export function belowThresholdContract(c: DatedPath): boolean {
  const figures = changeFigures(c)
  const threshold = changeThreshold(c)
  if (!figures || threshold === undefined) return false
  if (changeUnderAct(c)) return valueNow(figures) < threshold && valueAfter(figures) < threshold
  if (changeUnderRegulations(c)) return belowThresholdAtAward(c) && valueAfter(figures) < threshold
  return false
}

/**
 * Under the Act, the contract was below the threshold and this change takes it to the
 * threshold or above: a convertible contract (s.74(1)), which the result says.
 */
export function becomesConvertible(c: DatedPath): boolean {
  const figures = changeFigures(c)
  const threshold = changeThreshold(c)
  if (!changeUnderAct(c) || !figures || threshold === undefined) return false
  return valueNow(figures) < threshold && valueAfter(figures) >= threshold
}

/** Under the 2015 Regulations, a contract below the threshold at award that this change takes over it. */
export function crossesThresholdUnderRegulations(c: DatedPath): boolean {
  const figures = changeFigures(c)
  const threshold = changeThreshold(c)
  if (!changeUnderRegulations(c) || !figures || threshold === undefined) return false
  return belowThresholdAtAward(c) && valueAfter(figures) >= threshold
}

/** Test A6's values: within the below-threshold modification caps (the Act only). */
export function minorUnderAct(c: DatedPath): boolean {
  const figures = changeFigures(c)
  const threshold = changeThreshold(c)
  return (
    changeUnderAct(c) &&
    figures !== undefined &&
    threshold !== undefined &&
    belowThresholdModification(figures, threshold, isWorks(c))
  )
}

/** Test B4: de minimis under the 2015 Regulations, for a change that keeps the contract's nature. */
export function deMinimisChange(c: DatedPath): boolean {
  const figures = changeFigures(c)
  const threshold = changeThreshold(c)
  return (
    changeUnderRegulations(c) &&
    keepsNature(c) &&
    figures !== undefined &&
    threshold !== undefined &&
    deMinimis(figures, threshold, isWorks(c))
  )
}

/**
 * The 50% cap on a ground (tests A7-A9 and B6-B7): of Vnow under the Act, of V0 under the
 * 2015 Regulations.
 */
export function withinHalfCap(c: PathAnswers): boolean {
  const figures = changeFigures(c)
  if (!figures) return false
  return changeUnderAct(c) ? withinHalfUnderAct(figures) : withinHalfUnderRegulations(figures)
}

/** Test C5: within the Provider Selection Regimes' value limits, for a change of the same character. */
export function withinPsrValueLimits(c: PathAnswers): boolean {
  const figures = changeFigures(c)
  return keepsNature(c) && figures !== undefined && withinPsrLimits(figures)
}

/**
 * Variant `over-value-cap` (8.5.5): a ground's other conditions held and only its value
 * limit failed.
 */
export function overValueCap(c: PathAnswers): boolean {
  const yes = (q: Parameters<typeof answerOnPath>[1]) => answerOnPath(c, q) === 'yes'
  if (changeUnderPsr(c)) {
    const figures = changeFigures(c)
    return keepsNature(c) && figures !== undefined && !withinPsrLimits(figures)
  }
  const unforeseeable = yes('mod-unforeseeable') && keepsNature(c)
  if (changeUnderAct(c))
    return unforeseeable || yes('mod-known-risk') || yes('mod-additional-supplies')
  return unforeseeable || yes('mod-additional-supplies')
}

/**
 * The answers a change that needs a new procurement carries into the new-award journey
 * (section 8.8.5): who is commissioning; buying services; a procurement started now (under
 * the Act, so not begun before it: not asked of a devolved Scottish body); health care where
 * the contract was; the service category, except for works, which the new-award journey does
 * not model; the threshold class; and this change's value as the contract value to confirm.
 */
export function carriedToNewAward(c: PathAnswers): Answers {
  const carried: Answers = { approach: 'buy-services' }
  for (const q of ['jurisdiction', 'authority-type', 'scotland-body', 'threshold-class'] as const) {
    const answer = answerOnPath(c, q)
    if (answer !== undefined) carried[q] = answer
  }
  if (!isDevolvedScottishBody(c)) carried['existing-procurement'] = 'no'
  if (answerOnPath(c, 'mod-health-care') === 'yes') carried['health-care'] = 'yes'
  const category = answerOnPath(c, 'mod-contract-category')
  const service = category === undefined ? undefined : serviceCategoryOf[String(category)]
  if (service) carried['service-category'] = service
  const change = answerOnPath(c, 'mod-change-value')
  if (typeof change === 'number') carried['contract-value'] = change
  return carried
}

const serviceCategoryOf: Record<string, string | undefined> = {
  'light-touch-services': 'light-touch',
  'other-services-or-goods': 'standard',
  'not-sure': 'not-sure',
}
