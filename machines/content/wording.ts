import { type ChoiceQuestionId, isNumberQuestion, type QuestionId } from '../questions'
import { formatPounds } from './money'
import { type Checklist, type ChoiceWording, type HintContext, resolve } from './question-wording'
import { approach } from './questions/approach'
import { assetServiceObligations } from './questions/asset-service-obligations'
import { assetValue } from './questions/asset-value'
import { authorityType } from './questions/authority-type'
import { concession } from './questions/concession'
import { contractValue } from './questions/contract-value'
import { contractingAuthority } from './questions/contracting-authority'
import { directBenefit } from './questions/direct-benefit'
import { economicActivity } from './questions/economic-activity'
import { enforceableDeliverables } from './questions/enforceable-deliverables'
import { existingProcurement } from './questions/existing-procurement'
import { extremeUrgency } from './questions/extreme-urgency'
import { frameworkRegime } from './questions/framework-regime'
import { healthCare } from './questions/health-care'
import { innovation } from './questions/innovation'
import { jurisdiction } from './questions/jurisdiction'
import { mfaHeadroom } from './questions/mfa-headroom'
import { modAdditionalSupplies } from './questions/mod-additional-supplies'
import { modBridging } from './questions/mod-bridging'
import { modChangesNature } from './questions/mod-changes-nature'
import { modContractCategory } from './questions/mod-contract-category'
import { modExtendsTerm } from './questions/mod-extends-term'
import { modFavoursSupplier } from './questions/mod-favours-supplier'
import { modHealthCare } from './questions/mod-health-care'
import { modKnownRisk } from './questions/mod-known-risk'
import { modNewKindOfSupply } from './questions/mod-new-kind-of-supply'
import { modNiTransferred } from './questions/mod-ni-transferred'
import { modProcurementStart } from './questions/mod-procurement-start'
import { modProvidedFor } from './questions/mod-provided-for'
import { modRegulatedAward } from './questions/mod-regulated-award'
import { modRestructuring } from './questions/mod-restructuring'
import { modScopeConsiderable } from './questions/mod-scope-considerable'
import { modSupplierChange } from './questions/mod-supplier-change'
import { modUnforeseeable } from './questions/mod-unforeseeable'
import { modUrgent } from './questions/mod-urgent'
import { months, numberWording } from './questions/mod-values'
import { modWouldAttractOthers } from './questions/mod-would-attract-others'
import { mutualConditions } from './questions/mutual-conditions'
import { mutualReservation } from './questions/mutual-reservation'
import { providerRelationship } from './questions/provider-relationship'
import { psrContinueExisting } from './questions/psr-continue-existing'
import { psrExistingOnly } from './questions/psr-existing-only'
import { psrFramework } from './questions/psr-framework'
import { psrModContinuity } from './questions/psr-mod-continuity'
import { psrModExternalFactors } from './questions/psr-mod-external-factors'
import { psrModOriginalProcess } from './questions/psr-mod-original-process'
import { psrModUrgent } from './questions/psr-mod-urgent'
import { psrMostSuitable } from './questions/psr-most-suitable'
import { psrPatientChoice } from './questions/psr-patient-choice'
import { psrUrgent } from './questions/psr-urgent'
import { relationshipModel } from './questions/relationship-model'
import { scotlandBody } from './questions/scotland-body'
import { serviceCategory } from './questions/service-category'
import { sibAuthorityPays } from './questions/sib-authority-pays'
import { sibInitiator } from './questions/sib-initiator'
import { singleProvider } from './questions/single-provider'
import { supportedEmploymentReservation } from './questions/supported-employment-reservation'
import { thresholdClass } from './questions/threshold-class'
import { useFramework } from './questions/use-framework'
import { userChoice } from './questions/user-choice'

/** The wording of every choice question, keyed by question id. */
export const choiceWording: { [Q in ChoiceQuestionId]: ChoiceWording<Q> } = {
  jurisdiction,
  'authority-type': authorityType,
  'scotland-body': scotlandBody,
  approach,
  'asset-service-obligations': assetServiceObligations,
  'asset-value': assetValue,
  'enforceable-deliverables': enforceableDeliverables,
  'direct-benefit': directBenefit,
  'economic-activity': economicActivity,
  'mfa-headroom': mfaHeadroom,
  'sib-initiator': sibInitiator,
  'sib-authority-pays': sibAuthorityPays,
  'contracting-authority': contractingAuthority,
  'existing-procurement': existingProcurement,
  'health-care': healthCare,
  'psr-existing-only': psrExistingOnly,
  'psr-patient-choice': psrPatientChoice,
  'psr-framework': psrFramework,
  'psr-urgent': psrUrgent,
  'psr-continue-existing': psrContinueExisting,
  'psr-most-suitable': psrMostSuitable,
  'provider-relationship': providerRelationship,
  'service-category': serviceCategory,
  'user-choice': userChoice,
  'use-framework': useFramework,
  'framework-regime': frameworkRegime,
  'threshold-class': thresholdClass,
  concession,
  innovation,
  'single-provider': singleProvider,
  'extreme-urgency': extremeUrgency,
  'supported-employment-reservation': supportedEmploymentReservation,
  'mutual-reservation': mutualReservation,
  'mutual-conditions': mutualConditions,
  'relationship-model': relationshipModel,
  'mod-health-care': modHealthCare,
  'mod-procurement-start': modProcurementStart,
  'mod-regulated-award': modRegulatedAward,
  'mod-ni-transferred': modNiTransferred,
  'mod-contract-category': modContractCategory,
  'mod-supplier-change': modSupplierChange,
  'mod-restructuring': modRestructuring,
  'mod-extends-term': modExtendsTerm,
  'mod-bridging': modBridging,
  'mod-changes-nature': modChangesNature,
  'psr-mod-original-process': psrModOriginalProcess,
  'mod-provided-for': modProvidedFor,
  'psr-mod-external-factors': psrModExternalFactors,
  'psr-mod-urgent': psrModUrgent,
  'psr-mod-continuity': psrModContinuity,
  'mod-new-kind-of-supply': modNewKindOfSupply,
  'mod-favours-supplier': modFavoursSupplier,
  'mod-would-attract-others': modWouldAttractOthers,
  'mod-scope-considerable': modScopeConsiderable,
  'mod-unforeseeable': modUnforeseeable,
  'mod-known-risk': modKnownRisk,
  'mod-additional-supplies': modAdditionalSupplies,
  'mod-urgent': modUrgent,
}

export { startDateWording } from './questions/contract-value'
export { contractValue as contractValueWording, numberWording }

/** A question's title, for summaries, exports and the decision map. */
export function questionTitle(id: QuestionId): string {
  if (id === 'contract-value') return contractValue.title
  return isNumberQuestion(id) ? numberWording[id].title : choiceWording[id].title
}

/** A question's hint, resolved for the path so far (the paragraph; see `questionChecklist`). */
export function questionHint(id: QuestionId, context: HintContext): string {
  if (id === 'contract-value') return contractValue.hint(context)
  if (isNumberQuestion(id)) return numberWording[id].hint
  return resolve(choiceWording[id].hint, context)
}

/** A question's conditions that must all hold, as a list, resolved for the path so far. */
export function questionChecklist(id: QuestionId, context: HintContext): Checklist | undefined {
  if (isNumberQuestion(id)) return undefined
  const checklist = choiceWording[id].checklist
  return checklist && resolve(checklist, context)
}

/** Everything the hint says, as sentences: for text that cannot show a list. */
export function questionHintText(id: QuestionId, context: HintContext): string {
  const list = questionChecklist(id, context)
  const listed =
    list && `${list.intro} ${list.items.join('; ')}.${list.after ? ` ${list.after}` : ''}`
  return [questionHint(id, context), listed].filter(Boolean).join(' ')
}

/** The hint of one option of a choice question, resolved for the path so far. */
export function optionHint(
  id: ChoiceQuestionId,
  option: string,
  context: HintContext,
): string | undefined {
  const wording = (choiceWording[id].options as Record<string, { hint?: unknown }>)[option]
  const hint = wording?.hint as Parameters<typeof resolve<string | undefined>>[0] | undefined
  return hint === undefined ? undefined : resolve(hint, context)
}

/** The words for an answer as a person reads it ("£250,000", "36 months", "Yes", "England"). */
export function answerLabel(id: QuestionId, value: string | number): string {
  if (isNumberQuestion(id)) {
    if (typeof value !== 'number') return String(value)
    const unit = id === 'contract-value' ? 'pounds' : numberWording[id].unit
    return unit === 'pounds' ? formatPounds(value) : months(value)
  }
  const options = choiceWording[id].options as Record<string, { label: string }>
  return options[String(value)]?.label ?? String(value)
}
