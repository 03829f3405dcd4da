import type { QuestionId } from './question-ids'

export { isQuestionId, type QuestionId, questionIds, retiredQuestionIds } from './question-ids'

const yesNo = ['yes', 'no'] as const
const yesNoNotSure = ['yes', 'no', 'not-sure'] as const

export const choiceOptions = {
  jurisdiction: ['england', 'wales', 'northern-ireland', 'scotland'],
  'authority-type': ['central-government', 'local-authority', 'nhs', 'other-public-body'],
  'scotland-body': ['devolved', 'reserved', 'not-sure'],
  approach: [
    'buy-services',
    'fund-organisation',
    'transfer-asset',
    'social-impact-bond',
    'change-existing-contract',
    'not-sure',
  ],
  'asset-service-obligations': yesNoNotSure,
  'asset-value': ['full-value', 'undervalue', 'not-sure'],
  'enforceable-deliverables': yesNoNotSure,
  'direct-benefit': yesNoNotSure,
  'economic-activity': yesNoNotSure,
  'mfa-headroom': yesNoNotSure,
  'sib-initiator': ['commissioner', 'provider', 'funder'],
  'sib-authority-pays': yesNoNotSure,
  'contracting-authority': yesNoNotSure,
  'existing-procurement': yesNo,
  'health-care': yesNoNotSure,
  'psr-existing-only': yesNoNotSure,
  'psr-patient-choice': yesNoNotSure,
  'psr-framework': yesNoNotSure,
  'psr-urgent': yesNoNotSure,
  'psr-continue-existing': yesNoNotSure,
  'psr-most-suitable': yesNoNotSure,
  'provider-relationship': ['controlled-company', 'public-body-cooperation', 'other'],
  'service-category': ['light-touch', 'standard', 'not-sure'],
  'user-choice': ['chosen-provider', 'direct-payment', 'no', 'not-sure'],
  'use-framework': yesNoNotSure,
  'framework-regime': ['pa-2023', 'pcr-2015', 'pcr-scotland-2015', 'not-sure'],
  'threshold-class': ['central', 'sub-central', 'not-sure'],
  concession: yesNoNotSure,
  innovation: yesNoNotSure,
  'single-provider': yesNoNotSure,
  'extreme-urgency': yesNoNotSure,
  'supported-employment-reservation': yesNo,
  'mutual-reservation': yesNoNotSure,
  'mutual-conditions': yesNoNotSure,
  'relationship-model': ['alliance', 'open-book-partnership', 'outcomes-based', 'conventional'],
  'mod-health-care': yesNoNotSure,
  'mod-procurement-start': ['before-2024', 'before-act', 'after-act-2025', 'from-2026'],
  'mod-regulated-award': yesNoNotSure,
  'mod-ni-transferred': yesNoNotSure,
  'mod-contract-category': ['light-touch-services', 'other-services-or-goods', 'works', 'not-sure'],
  'mod-supplier-change': yesNo,
  'mod-restructuring': yesNoNotSure,
  'mod-extends-term': yesNo,
  'mod-bridging': yesNo,
  'mod-changes-nature': yesNoNotSure,
  // Each regime's direct award option is refused under the other (scenario.ts).
  'psr-mod-original-process': [
    'direct-award-a-or-b',
    'direct-award-1',
    'other-or-before-psr',
    'not-sure',
  ],
  'mod-provided-for': ['yes', 'contract-only', 'no', 'not-sure'],
  'psr-mod-external-factors': yesNoNotSure,
  'psr-mod-urgent': yesNoNotSure,
  'psr-mod-continuity': yesNoNotSure,
  'mod-new-kind-of-supply': yesNoNotSure,
  'mod-favours-supplier': yesNoNotSure,
  'mod-would-attract-others': yesNoNotSure,
  'mod-scope-considerable': yesNoNotSure,
  'mod-unforeseeable': yesNoNotSure,
  'mod-known-risk': yesNoNotSure,
  'mod-additional-supplies': yesNoNotSure,
  'mod-urgent': yesNoNotSure,
} as const satisfies Record<Exclude<QuestionId, NumberQuestionId>, readonly string[]>

export type ChoiceQuestionId = keyof typeof choiceOptions
export type OptionOf<Q extends ChoiceQuestionId> = (typeof choiceOptions)[Q][number]

/** The option that means "not sure", where a question has one: always `not-sure`. */
export const NOT_SURE = 'not-sure'

/**
 * The questions answered with a whole number, and the range each accepts (decision model,
 * sections 2 and 8.2-8.3): pounds including VAT, or months.
 */
export const numberQuestions = {
  'contract-value': { unit: 'pounds', min: 0, max: 1_000_000_000_000 },
  'mod-original-value': { unit: 'pounds', min: 1, max: 1_000_000_000_000 },
  'mod-earlier-changes-value': { unit: 'pounds', min: 0, max: 1_000_000_000_000 },
  'mod-change-value': { unit: 'pounds', min: 0, max: 1_000_000_000_000 },
  'mod-max-term-months': { unit: 'months', min: 1, max: 1_200 },
  'mod-extension-months': { unit: 'months', min: 0, max: 1_200 },
} as const satisfies Record<string, { unit: 'pounds' | 'months'; min: number; max: number }>

export type NumberQuestionId = keyof typeof numberQuestions

/** The contract value: whole pounds including VAT, over the whole term with extensions. */
export const contractValueLimits = numberQuestions['contract-value']

export function isNumberQuestion(id: QuestionId): id is NumberQuestionId {
  return Object.hasOwn(numberQuestions, id)
}

export function isChoiceQuestion(id: QuestionId): id is ChoiceQuestionId {
  return !isNumberQuestion(id)
}

export function optionsOf(id: ChoiceQuestionId): readonly string[] {
  return choiceOptions[id]
}

export function hasNotSure(id: QuestionId): boolean {
  return isChoiceQuestion(id) && optionsOf(id).includes(NOT_SURE)
}
