import {
  asksContractingAuthority,
  asksScotlandBody,
  type DatedPath,
  inEngland,
  inWales,
  isDevolvedScottishBody,
} from './body'
import {
  asksChangeThresholdClass,
  asksFavoursUnderRegulations,
  asksModHealthCare,
  asksNiTransferred,
  asksPsrContinuity,
  asksPsrExternalFactors,
  belowThresholdContract,
  changesSupplier,
  changeUnderAct,
  changeUnderPsr,
  deMinimisChange,
  isChangeJourney,
  keepsNature,
  lightTouchUnderAct,
  minorUnderAct,
  overValueCap,
  termWithinLimit,
  withinHalfCap,
  withinPsrValueLimits,
} from './contract-change'
import { mutualsReservable } from './mutuals'
import { psrMayApply } from './provider-selection'
import { isLightTouch } from './service-category'
import { asksThresholdClass, belowThreshold } from './threshold'
import { choseProvider, underTheAct } from './user-choice'

/**
 * The named conditions the decision table may test besides the answer itself. Each is a
 * pure predicate over the path, written once in the file of its domain; the machine's
 * guards and the decision map's words are keyed by these names.
 */
export const conditions = {
  asksScotlandBody,
  asksContractingAuthority,
  isDevolvedScottishBody,
  psrMayApply,
  inEngland,
  isLightTouch,
  asksThresholdClass,
  belowThreshold,
  mutualsReservable,
  choseProvider,
  underTheAct,
  // The changes journey (section 8): contract-change.ts.
  inWales,
  isChangeJourney,
  asksModHealthCare,
  asksNiTransferred,
  asksChangeThresholdClass,
  lightTouchUnderAct,
  changeUnderAct,
  changeUnderPsr,
  changesSupplier,
  keepsNature,
  asksPsrExternalFactors,
  asksPsrContinuity,
  asksFavoursUnderRegulations,
  termWithinLimit,
  belowThresholdContract,
  minorUnderAct,
  deMinimisChange,
  withinHalfCap,
  withinPsrValueLimits,
  overValueCap,
} as const satisfies Record<string, (path: DatedPath) => boolean>

export type ConditionName = keyof typeof conditions
