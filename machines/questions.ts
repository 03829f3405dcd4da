/**
 * The questions of the decision model: ids and option ids are a public contract (share
 * links, saved files, exports and the runner use them), so they never change meaning.
 * Wording lives in content/questions/; routing lives in decision-table.ts.
 */
export const questionIds = [
  'jurisdiction',
  'authority-type',
  'scotland-body',
  'approach',
  'asset-service-obligations',
  'asset-value',
  'enforceable-deliverables',
  'direct-benefit',
  'economic-activity',
  'mfa-headroom',
  'sib-initiator',
  'sib-authority-pays',
  'contracting-authority',
  'existing-procurement',
  'health-care',
  'psr-existing-only',
  'psr-patient-choice',
  'psr-framework',
  'psr-urgent',
  'psr-continue-existing',
  'psr-most-suitable',
  'provider-relationship',
  'service-category',
  'user-choice',
  'use-framework',
  'framework-regime',
  'threshold-class',
  'contract-value',
  'concession',
  'innovation',
  'single-provider',
  'extreme-urgency',
  'supported-employment-reservation',
  'mutual-reservation',
  'mutual-conditions',
  'relationship-model',
] as const

export type QuestionId = (typeof questionIds)[number]

/** Ids retired from the model: refused as unknown, never reused. */
export const retiredQuestionIds = ['sib-unique', 'psr-situation'] as const

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
} as const satisfies Record<Exclude<QuestionId, 'contract-value'>, readonly string[]>

export type ChoiceQuestionId = keyof typeof choiceOptions
export type OptionOf<Q extends ChoiceQuestionId> = (typeof choiceOptions)[Q][number]

/** The option that means "not sure", where a question has one: always `not-sure`. */
export const NOT_SURE = 'not-sure'

/** The contract value: whole pounds including VAT, over the whole term with extensions. */
export const contractValueLimits = { min: 0, max: 1_000_000_000_000 } as const

export function isQuestionId(id: string): id is QuestionId {
  return (questionIds as readonly string[]).includes(id)
}

export function isChoiceQuestion(id: QuestionId): id is ChoiceQuestionId {
  return id !== 'contract-value'
}

export function optionsOf(id: ChoiceQuestionId): readonly string[] {
  return choiceOptions[id]
}

export function hasNotSure(id: QuestionId): boolean {
  return isChoiceQuestion(id) && optionsOf(id).includes(NOT_SURE)
}
