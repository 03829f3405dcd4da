/**
 * The plan's options (plan-model.md section 2, `PlanInput.options`) as data: the closed list of
 * names and, for each, the values it takes. The runner's input check and a record file's plan
 * both read it, so an option is added in one place.
 */
import type { PlanOptions } from './types'

/** Options that are true or false. */
export const BOOLEAN_OPTIONS = [
  'participationStage',
  'electronicSubmission',
  'documentsWithNotice',
  'urgency',
  'negotiatedTenderingPeriod',
  'voluntaryStandstill',
  'pipelineAuthority',
  'preliminaryMarketEngagement',
  'devolvedWelsh',
  'transferredNI',
  'openSpace',
  'concessionStages',
  'groupedAwardNotices',
  'coreSupplierInfoGiven',
] as const satisfies readonly (keyof PlanOptions)[]

/** Options that take one of a closed list of words. */
export const ENUM_OPTIONS = {
  procedure: [
    'open',
    'competitive-flexible',
    'restricted',
    'cpn',
    'competitive-dialogue',
    'innovation-partnership',
  ],
  subsidy: ['none', 'mfa', 'spei', 'scheme', 'standalone'],
  callOff: ['competition', 'without-competition', 'single-provider'],
} as const satisfies { [K in keyof PlanOptions]?: readonly NonNullable<PlanOptions[K]>[] }

/** Options that are a whole number of pounds. */
export const WHOLE_POUND_OPTIONS = ['amountGbp'] as const satisfies readonly (keyof PlanOptions)[]

/** The changes journey's option `change` (decision-model.md section 8.5.1): its whole numbers and flags. */
export const CHANGE_NUMBERS = ['V0', 'Ve', 'Vc', 'maxTermMonths', 'extensionMonths'] as const
/** `works` is required; the others are optional. */
export const CHANGE_BOOLEANS = [
  'works',
  'niTransferred',
  'devolvedWelshNotReserved',
  'authorityCaused',
] as const

/**
 * Where the decision already says what kind of subsidy a route gives, the plan offers only the
 * kinds left (decision-model.md section 2: a grant's variant). One kind left: nothing to ask.
 */
export const SUBSIDY_KINDS_BY_VARIANT: Readonly<
  Record<string, readonly NonNullable<PlanOptions['subsidy']>[]>
> = {
  'grant|minimal-financial-assistance': ['mfa'],
  'grant|subsidy-assessment': ['spei', 'scheme', 'standalone'],
}
