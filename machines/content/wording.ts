import type { ChoiceQuestionId, QuestionId } from '../questions'
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
import { mutualConditions } from './questions/mutual-conditions'
import { mutualReservation } from './questions/mutual-reservation'
import { providerRelationship } from './questions/provider-relationship'
import { psrContinueExisting } from './questions/psr-continue-existing'
import { psrExistingOnly } from './questions/psr-existing-only'
import { psrFramework } from './questions/psr-framework'
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
}

export { startDateWording } from './questions/contract-value'
export { contractValue as contractValueWording }

/** A question's title, for summaries, exports and the decision map. */
export function questionTitle(id: QuestionId): string {
  return id === 'contract-value' ? contractValue.title : choiceWording[id].title
}

/** A question's hint, resolved for the path so far (the paragraph; see `questionChecklist`). */
export function questionHint(id: QuestionId, context: HintContext): string {
  if (id === 'contract-value') return contractValue.hint(context)
  return resolve(choiceWording[id].hint, context)
}

/** A question's conditions that must all hold, as a list, resolved for the path so far. */
export function questionChecklist(id: QuestionId, context: HintContext): Checklist | undefined {
  if (id === 'contract-value') return undefined
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

/** The words for an answer as a person reads it ("£250,000", "Yes", "England"). */
export function answerLabel(id: QuestionId, value: string | number): string {
  if (id === 'contract-value')
    return typeof value === 'number' ? formatPounds(value) : String(value)
  const options = choiceWording[id].options as Record<string, { label: string }>
  return options[String(value)]?.label ?? String(value)
}
