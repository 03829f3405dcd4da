import type { ConditionName } from './conditions'
import type { ChoiceQuestionId, OptionOf, QuestionId } from './questions'
import type { RouteId } from './routes'

/**
 * The decision model (shared/domain/decision-model.md, ruleset 2026-11) as data, read top
 * to bottom like the decision. Each step lists its rules in order; the first rule whose
 * answers and condition hold is taken. The statechart (decision-machine.ts), the decision
 * map (decision-graph.ts) and each route's variants (routes.ts) are all built from it, so
 * this is the only place routing is written. Conditions are named predicates over the
 * path (conditions.ts); wording lives in content/.
 *
 * Ruleset 2027-01 moves the framework question before the threshold test and adds
 * questions and routes; none of that is here yet.
 */

/** Steps that ask nothing: they only choose the way on. */
export const junctionIds = ['contract-branch'] as const
export type JunctionId = (typeof junctionIds)[number]
export type StepId = QuestionId | JunctionId

/** Where a rule leads: the next step, or a route and, where the route has them, its variant. */
type Leads =
  | { next: StepId; route?: never; variant?: never }
  | { route: RouteId; variant?: string; next?: never }

export type Rule<S extends StepId = StepId> = {
  /** The answers that take this rule; absent: any answer an earlier rule did not take. */
  answers?: S extends ChoiceQuestionId ? readonly OptionOf<S>[] : never
  /** A named condition that must hold as well. */
  when?: ConditionName
} & Leads

export type DecisionTable = {
  first: QuestionId
  steps: { [S in StepId]: readonly Rule<S>[] }
}

export const decisionTable: DecisionTable = {
  first: 'jurisdiction',
  steps: {
    // 1. Who is commissioning, and which rules apply
    jurisdiction: [{ next: 'authority-type' }],
    'authority-type': [{ when: 'asksScotlandBody', next: 'scotland-body' }, { next: 'approach' }],
    'scotland-body': [{ next: 'approach' }],
    approach: [
      { answers: ['transfer-asset'], next: 'asset-service-obligations' },
      { answers: ['fund-organisation', 'not-sure'], next: 'enforceable-deliverables' },
      { answers: ['social-impact-bond'], next: 'sib-initiator' },
      { answers: ['buy-services'], next: 'contract-branch' },
    ],

    // 2a. Asset transfer
    'asset-service-obligations': [
      { answers: ['no'], next: 'asset-value' },
      { next: 'contract-branch' },
    ],
    'asset-value': [
      { answers: ['full-value'], route: 'community-asset-transfer', variant: 'full-value' },
      { route: 'community-asset-transfer', variant: 'undervalue' },
    ],

    // 2b. Funding an organisation: grant or contract is decided by substance
    'enforceable-deliverables': [
      { answers: ['no'], next: 'economic-activity' },
      { next: 'direct-benefit' },
    ],
    'direct-benefit': [{ answers: ['no'], next: 'economic-activity' }, { next: 'contract-branch' }],
    'economic-activity': [
      { answers: ['no'], route: 'grant', variant: 'not-a-subsidy' },
      { next: 'mfa-headroom' },
    ],
    'mfa-headroom': [
      { answers: ['yes'], route: 'grant', variant: 'minimal-financial-assistance' },
      { route: 'grant', variant: 'subsidy-assessment' },
    ],

    // 2c. Social Impact Bond
    'sib-initiator': [
      { answers: ['commissioner'], next: 'contract-branch' },
      { next: 'sib-authority-pays' },
    ],
    'sib-authority-pays': [
      { answers: ['yes'], next: 'contract-branch' },
      { route: 'joint-venture-partnership' },
    ],

    // 2d. Contract branch. Devolved Scottish bodies are never asked about timing: the
    // Scottish regulations apply to them whenever the procurement began.
    'contract-branch': [
      { when: 'isDevolvedScottishBody', next: 'provider-relationship' },
      { next: 'existing-procurement' },
    ],
    'existing-procurement': [
      { when: 'psrMayApply', next: 'health-care' },
      { next: 'provider-relationship' },
    ],
    'health-care': [
      { answers: ['yes'], next: 'psr-existing-only' },
      { next: 'provider-relationship' },
    ],
    'psr-existing-only': [
      {
        answers: ['yes'],
        when: 'inEngland',
        route: 'provider-selection-regime',
        variant: 'direct-award-a',
      },
      { answers: ['yes'], route: 'provider-selection-regime', variant: 'direct-award-1' },
      // Wales has no patient choice process.
      { when: 'inEngland', next: 'psr-patient-choice' },
      { next: 'psr-continue-existing' },
    ],
    'psr-patient-choice': [
      { answers: ['yes'], route: 'provider-selection-regime', variant: 'direct-award-b' },
      { next: 'psr-continue-existing' },
    ],
    'psr-continue-existing': [
      {
        answers: ['yes'],
        when: 'inEngland',
        route: 'provider-selection-regime',
        variant: 'direct-award-c',
      },
      { answers: ['yes'], route: 'provider-selection-regime', variant: 'direct-award-2' },
      { next: 'psr-most-suitable' },
    ],
    'psr-most-suitable': [
      { answers: ['yes'], route: 'provider-selection-regime', variant: 'most-suitable-provider' },
      { route: 'provider-selection-regime', variant: 'competitive-process' },
    ],
    'provider-relationship': [
      { answers: ['controlled-company'], route: 'public-public-exempt', variant: 'vertical' },
      {
        answers: ['public-body-cooperation'],
        route: 'public-public-exempt',
        variant: 'horizontal',
      },
      { next: 'service-category' },
    ],
    'service-category': [
      { when: 'asksThresholdClass', next: 'threshold-class' },
      { next: 'contract-value' },
    ],
    'threshold-class': [{ next: 'contract-value' }],
    'contract-value': [
      { when: 'belowThreshold', route: 'below-threshold' },
      { next: 'innovation' },
    ],

    // 3. At or above the threshold. Where a route's variant is the service category, the
    // light touch rule comes first.
    innovation: [
      {
        answers: ['yes'],
        when: 'isLightTouch',
        route: 'innovation-partnership',
        variant: 'light-touch',
      },
      { answers: ['yes'], route: 'innovation-partnership', variant: 'standard' },
      { next: 'single-provider' },
    ],
    'single-provider': [
      {
        answers: ['yes'],
        when: 'isLightTouch',
        route: 'direct-award-uniqueness',
        variant: 'light-touch',
      },
      { answers: ['yes'], route: 'direct-award-uniqueness', variant: 'standard' },
      { next: 'use-framework' },
    ],
    'use-framework': [
      { answers: ['yes'], next: 'framework-regime' },
      { when: 'mutualsReservable', next: 'mutual-reservation' },
      { next: 'relationship-model' },
    ],
    'framework-regime': [
      { when: 'isLightTouch', route: 'framework-call-off', variant: 'light-touch' },
      { route: 'framework-call-off', variant: 'standard' },
    ],
    'mutual-reservation': [
      { answers: ['yes'], next: 'mutual-conditions' },
      { next: 'relationship-model' },
    ],
    'mutual-conditions': [
      // Reservation is only asked about for light touch services (mutualsReservable).
      { answers: ['yes'], route: 'reserved-contract-mutual', variant: 'light-touch' },
      { next: 'relationship-model' },
    ],
    'relationship-model': [
      {
        answers: ['alliance'],
        when: 'isLightTouch',
        route: 'alliance-partnership',
        variant: 'light-touch',
      },
      { answers: ['alliance'], route: 'alliance-partnership', variant: 'standard' },
      {
        answers: ['open-book-partnership'],
        when: 'isLightTouch',
        route: 'light-touch-flexible',
        variant: 'open-book',
      },
      { answers: ['open-book-partnership'], route: 'competitive-procedure', variant: 'open-book' },
      { when: 'isLightTouch', route: 'light-touch-flexible', variant: 'conventional' },
      { route: 'competitive-procedure', variant: 'conventional' },
    ],
  },
}

/** The variants the table gives each route it leads to, in the order it names them. */
export function variantsByRoute(table: DecisionTable = decisionTable): Map<RouteId, string[]> {
  const found = new Map<RouteId, string[]>()
  for (const rules of Object.values(table.steps) as (readonly Rule[])[]) {
    for (const rule of rules) {
      if (!rule.route) continue
      const variants = found.get(rule.route) ?? []
      if (rule.variant && !variants.includes(rule.variant)) variants.push(rule.variant)
      found.set(rule.route, variants)
    }
  }
  return found
}
