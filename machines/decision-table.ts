import type { ConditionName } from './conditions'
import type { ChoiceQuestionId, OptionOf, QuestionId } from './questions'
import type { RouteId } from './routes'

/**
 * The decision model (shared/domain/decision-model.md, ruleset 2027-01) as data, read top
 * to bottom like the decision. Each step lists its rules in order; the first rule whose
 * answers and condition hold is taken. The statechart (decision-machine.ts), the decision
 * map (decision-graph.ts) and each route's variants (routes.ts) are all built from it, so
 * this is the only place routing is written. Conditions are named predicates over the
 * path (conditions.ts); wording lives in content/.
 */

/** Steps that ask nothing: they only choose the way on. */
export const junctionIds = [
  'contract-branch',
  'procurement-timing',
  'below-threshold-award',
  'user-choice-award',
] as const
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
      // Section 8: the second journey, after the questions that say who is commissioning.
      { answers: ['change-existing-contract'], when: 'asksModHealthCare', next: 'mod-health-care' },
      { answers: ['change-existing-contract'], next: 'mod-procurement-start' },
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

    // 2c. Social Impact Bond. "Not sure" who pays takes the cautious reading: if the
    // organisation pays anything for the services or outcomes, it is buying them.
    'sib-initiator': [
      { answers: ['commissioner'], next: 'contract-branch' },
      { next: 'sib-authority-pays' },
    ],
    'sib-authority-pays': [
      { answers: ['yes', 'not-sure'], next: 'contract-branch' },
      { route: 'joint-venture-partnership' },
    ],

    // 2d. Contract branch. A body that may not be a contracting authority is asked first.
    // Devolved Scottish bodies are never asked about timing: the Scottish regulations apply
    // to them whenever the procurement began.
    'contract-branch': [
      { when: 'asksContractingAuthority', next: 'contracting-authority' },
      { next: 'procurement-timing' },
    ],
    'contracting-authority': [
      // "Not sure" follows the rules: doing so when not bound is lawful, the reverse is not.
      {
        answers: ['no'],
        route: 'outside-procurement-rules',
        variant: 'not-a-contracting-authority',
      },
      { next: 'procurement-timing' },
    ],
    'procurement-timing': [
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

    // 2e. Provider Selection Regimes: the processes that must be used come first, then a
    // call-off under a framework, then an urgent award.
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
      { next: 'psr-framework' },
    ],
    'psr-patient-choice': [
      { answers: ['yes'], route: 'provider-selection-regime', variant: 'direct-award-b' },
      { next: 'psr-framework' },
    ],
    'psr-framework': [
      { answers: ['yes'], route: 'provider-selection-regime', variant: 'framework-call-off' },
      { next: 'psr-urgent' },
    ],
    'psr-urgent': [
      { answers: ['yes'], route: 'provider-selection-regime', variant: 'urgent-award' },
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

    // 2f. Everything else on the contract branch.
    'provider-relationship': [
      { answers: ['controlled-company'], route: 'public-public-exempt', variant: 'vertical' },
      {
        answers: ['public-body-cooperation'],
        route: 'public-public-exempt',
        variant: 'horizontal',
      },
      { next: 'service-category' },
    ],
    'service-category': [{ when: 'isLightTouch', next: 'user-choice' }, { next: 'use-framework' }],
    'user-choice': [
      // A direct payment is the person's own purchase, not a contract of the body's.
      {
        answers: ['direct-payment'],
        route: 'outside-procurement-rules',
        variant: 'direct-payment',
      },
      { next: 'use-framework' },
    ],
    // Since ruleset 2027-01 the framework comes before the threshold test: a call-off is a
    // call-off at any value, however small.
    'use-framework': [
      { answers: ['yes'], next: 'framework-regime' },
      { when: 'asksThresholdClass', next: 'threshold-class' },
      { next: 'contract-value' },
    ],
    'framework-regime': [
      { when: 'isLightTouch', route: 'framework-call-off', variant: 'light-touch' },
      { route: 'framework-call-off', variant: 'standard' },
    ],
    'threshold-class': [
      { when: 'isChangeJourney', next: 'mod-original-value' },
      { next: 'contract-value' },
    ],

    // 3. The threshold test, then what the value leaves open.
    'contract-value': [
      { when: 'belowThreshold', next: 'below-threshold-award' },
      { when: 'choseProvider', next: 'user-choice-award' },
      { next: 'concession' },
    ],
    'below-threshold-award': [
      { when: 'choseProvider', route: 'below-threshold', variant: 'user-choice' },
      { route: 'below-threshold' },
    ],
    // Only the Act has a user choice ground; under the 2015 rules the path goes on with the
    // user-choice flag (user-choice.ts).
    'user-choice-award': [
      { when: 'underTheAct', route: 'direct-award-user-choice' },
      { next: 'innovation' },
    ],
    // A concession is measured against the concession threshold (threshold.ts reads the
    // answer "yes"); "not sure" takes the ordinary rules, the stricter ones.
    concession: [
      {
        answers: ['yes'],
        when: 'belowThreshold',
        route: 'below-threshold',
        variant: 'concession',
      },
      {
        answers: ['yes'],
        when: 'isLightTouch',
        route: 'concession-contract',
        variant: 'light-touch',
      },
      { answers: ['yes'], route: 'concession-contract', variant: 'standard' },
      { next: 'innovation' },
    ],

    // Where a route's variant is the service category, the light touch rule comes first.
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
      { next: 'extreme-urgency' },
    ],
    'extreme-urgency': [
      {
        answers: ['yes'],
        when: 'isLightTouch',
        route: 'direct-award-urgency',
        variant: 'light-touch',
      },
      { answers: ['yes'], route: 'direct-award-urgency', variant: 'standard' },
      { next: 'supported-employment-reservation' },
    ],
    'supported-employment-reservation': [
      {
        answers: ['yes'],
        when: 'isLightTouch',
        route: 'reserved-contract-supported-employment',
        variant: 'light-touch',
      },
      {
        answers: ['yes'],
        route: 'reserved-contract-supported-employment',
        variant: 'standard',
      },
      { when: 'mutualsReservable', next: 'mutual-reservation' },
      { next: 'relationship-model' },
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
      {
        answers: ['outcomes-based'],
        when: 'isLightTouch',
        route: 'light-touch-flexible',
        variant: 'outcomes-based',
      },
      { answers: ['outcomes-based'], route: 'competitive-procedure', variant: 'outcomes-based' },
      { when: 'isLightTouch', route: 'light-touch-flexible', variant: 'conventional' },
      { route: 'competitive-procedure', variant: 'conventional' },
    ],

    // 8. Changing or extending a contract you already have. Questions come in the order of
    // sections 8.1-8.4; after each answer the tests of 8.5 for the regime run in order, so
    // each step first lists the results its answer can settle (the first test to succeed),
    // then the next question asked. The figures are compared in contract-change.ts.
    // 8.1 Which rules govern the change.
    'mod-health-care': [
      { answers: ['yes'], next: 'mod-original-value' },
      { next: 'mod-procurement-start' },
    ],
    'mod-procurement-start': [
      { answers: ['before-2024'], next: 'mod-regulated-award' },
      { when: 'asksNiTransferred', next: 'mod-ni-transferred' },
      { next: 'mod-contract-category' },
    ],
    'mod-regulated-award': [{ next: 'mod-contract-category' }],
    'mod-ni-transferred': [{ next: 'mod-contract-category' }],

    // 8.2 The contract. A light touch contract under the Act needs no values (test A1).
    'mod-contract-category': [
      { when: 'asksChangeThresholdClass', next: 'threshold-class' },
      { when: 'lightTouchUnderAct', next: 'mod-supplier-change' },
      { next: 'mod-original-value' },
    ],
    'mod-original-value': [{ next: 'mod-earlier-changes-value' }],
    'mod-earlier-changes-value': [{ next: 'mod-change-value' }],
    'mod-change-value': [
      // Tests A2 and B1: below the threshold, the modification rules do not reach it.
      {
        when: 'belowThresholdContract',
        route: 'modification-freely-permitted',
        variant: 'below-threshold-contract',
      },
      { next: 'mod-supplier-change' },
    ],

    // 8.3 The change.
    'mod-supplier-change': [
      { answers: ['yes'], next: 'mod-restructuring' },
      // Test A1 waits for this answer: a light touch contract may not change its supplier.
      {
        when: 'lightTouchUnderAct',
        route: 'modification-freely-permitted',
        variant: 'light-touch',
      },
      { next: 'mod-extends-term' },
    ],
    // Tests A3, B2 and C1: the Act allows no other change of supplier (s.74(9)); the others
    // may still allow one under a review clause.
    'mod-restructuring': [
      {
        answers: ['yes'],
        when: 'changeUnderPsr',
        route: 'psr-modification-permitted',
        variant: 'provider-succession',
      },
      { answers: ['yes'], route: 'modification-permitted', variant: 'corporate-restructuring' },
      { when: 'changeUnderAct', route: 'modification-not-permitted', variant: 'supplier-change' },
      { next: 'mod-provided-for' },
    ],
    'mod-extends-term': [
      { answers: ['yes'], next: 'mod-bridging' },
      { next: 'mod-changes-nature' },
    ],
    // Only the Act measures an extension against the maximum term.
    'mod-bridging': [
      { when: 'changeUnderAct', next: 'mod-max-term-months' },
      { next: 'mod-changes-nature' },
    ],
    'mod-max-term-months': [{ next: 'mod-extension-months' }],
    'mod-extension-months': [{ next: 'mod-changes-nature' }],
    'mod-changes-nature': [
      { answers: ['no'], when: 'changeUnderPsr', next: 'psr-mod-original-process' },
      { next: 'mod-provided-for' },
    ],

    // 8.4 Grounds, in table order; each result is the first test of 8.5 that succeeds.
    // Test C2: a contract awarded by a direct award process may change in any way that keeps
    // its character. Each option belongs to one regime (the other is refused as input).
    'psr-mod-original-process': [
      {
        answers: ['direct-award-a-or-b'],
        when: 'inEngland',
        route: 'psr-modification-permitted',
        variant: 'original-direct-award',
      },
      {
        answers: ['direct-award-1'],
        when: 'inWales',
        route: 'psr-modification-permitted',
        variant: 'original-direct-award',
      },
      { next: 'mod-provided-for' },
    ],
    'mod-provided-for': [
      // Test C3 (and C1 for a new provider): the contract documents are enough.
      {
        answers: ['yes', 'contract-only'],
        when: 'changeUnderPsr',
        route: 'psr-modification-permitted',
        variant: 'provided-for',
      },
      // Test B2: a new supplier under a review clause; otherwise a new award.
      {
        answers: ['yes'],
        when: 'changesSupplier',
        route: 'modification-permitted',
        variant: 'provided-for',
      },
      { when: 'changesSupplier', route: 'modification-not-permitted', variant: 'supplier-change' },
      // Tests A4 and B3.
      {
        answers: ['yes'],
        when: 'keepsNature',
        route: 'modification-permitted',
        variant: 'provided-for',
      },
      // Test B4.
      { when: 'deMinimisChange', route: 'modification-minor', variant: 'de-minimis' },
      { when: 'changeUnderAct', next: 'mod-new-kind-of-supply' },
      { when: 'asksPsrExternalFactors', next: 'psr-mod-external-factors' },
      { when: 'changeUnderPsr', next: 'psr-mod-urgent' },
      { when: 'asksFavoursUnderRegulations', next: 'mod-favours-supplier' },
      { next: 'mod-additional-supplies' },
    ],
    // Tests C4 and C5.
    'psr-mod-external-factors': [
      { answers: ['yes'], route: 'psr-modification-permitted', variant: 'external-factors' },
      {
        when: 'withinPsrValueLimits',
        route: 'psr-modification-permitted',
        variant: 'within-value-limits',
      },
      { next: 'psr-mod-urgent' },
    ],
    // Tests C6 to C8.
    'psr-mod-urgent': [
      { answers: ['yes'], route: 'psr-modification-permitted', variant: 'urgent' },
      { when: 'asksPsrContinuity', next: 'psr-mod-continuity' },
      { when: 'overValueCap', route: 'modification-not-permitted', variant: 'over-value-cap' },
      { route: 'modification-not-permitted', variant: 'no-ground' },
    ],
    'psr-mod-continuity': [
      { answers: ['yes'], route: 'psr-modification-permitted', variant: 'continuity' },
      { when: 'overValueCap', route: 'modification-not-permitted', variant: 'over-value-cap' },
      { route: 'modification-not-permitted', variant: 'no-ground' },
    ],
    // The Act (tests A5 and A6): more of the same supply is not a change of scope, and a
    // term change of a tenth or less is not substantial.
    'mod-new-kind-of-supply': [
      { answers: ['no'], when: 'termWithinLimit', next: 'mod-favours-supplier' },
      {
        answers: ['no'],
        when: 'minorUnderAct',
        route: 'modification-minor',
        variant: 'below-threshold-modification',
      },
      { when: 'keepsNature', next: 'mod-unforeseeable' },
      { next: 'mod-known-risk' },
    ],
    'mod-favours-supplier': [
      {
        answers: ['no'],
        when: 'changeUnderAct',
        route: 'modification-permitted',
        variant: 'not-substantial',
      },
      { answers: ['no'], next: 'mod-would-attract-others' },
      // Test A6 is tried only after A5 fails (s.74(4)(d)).
      {
        when: 'minorUnderAct',
        route: 'modification-minor',
        variant: 'below-threshold-modification',
      },
      { when: 'keepsNature', next: 'mod-unforeseeable' },
      { next: 'mod-known-risk' },
    ],
    // The 2015 Regulations (test B5): each condition of reg 72(8) in turn.
    'mod-would-attract-others': [
      { answers: ['no'], next: 'mod-scope-considerable' },
      { next: 'mod-unforeseeable' },
    ],
    'mod-scope-considerable': [
      { answers: ['no'], route: 'modification-permitted', variant: 'not-substantial' },
      { next: 'mod-unforeseeable' },
    ],
    // Tests A7 to A10 and B6 to B8: each ground with its 50% cap.
    'mod-unforeseeable': [
      {
        answers: ['yes'],
        when: 'withinHalfCap',
        route: 'modification-permitted',
        variant: 'unforeseeable',
      },
      { when: 'changeUnderAct', next: 'mod-known-risk' },
      { next: 'mod-additional-supplies' },
    ],
    'mod-known-risk': [
      {
        answers: ['yes'],
        when: 'withinHalfCap',
        route: 'modification-permitted',
        variant: 'known-risk',
      },
      { next: 'mod-additional-supplies' },
    ],
    'mod-additional-supplies': [
      {
        answers: ['yes'],
        when: 'withinHalfCap',
        route: 'modification-permitted',
        variant: 'additional-supplies',
      },
      { next: 'mod-urgent' },
    ],
    // Under the Act urgency is a ground for the change; under the 2015 Regulations it only
    // allows a short new contract awarded directly (section 8.5.5).
    'mod-urgent': [
      {
        answers: ['yes'],
        when: 'changeUnderAct',
        route: 'modification-permitted',
        variant: 'urgency',
      },
      { answers: ['yes'], route: 'modification-not-permitted', variant: 'urgent-direct-award' },
      { when: 'overValueCap', route: 'modification-not-permitted', variant: 'over-value-cap' },
      { route: 'modification-not-permitted', variant: 'no-ground' },
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
