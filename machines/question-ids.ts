/**
 * The questions of the decision model, by id alone: what the start page needs to tell a
 * question id from anything else (record-draft.ts), without the options of every question,
 * which load with the wizard (questions.ts).
 *
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
  // Section 8: changing or extending a contract the organisation already has.
  'mod-health-care',
  'mod-procurement-start',
  'mod-regulated-award',
  'mod-ni-transferred',
  'mod-contract-category',
  'mod-original-value',
  'mod-earlier-changes-value',
  'mod-change-value',
  'mod-supplier-change',
  'mod-restructuring',
  'mod-extends-term',
  'mod-bridging',
  'mod-max-term-months',
  'mod-extension-months',
  'mod-changes-nature',
  'psr-mod-original-process',
  'mod-provided-for',
  'psr-mod-external-factors',
  'psr-mod-urgent',
  'psr-mod-continuity',
  'mod-new-kind-of-supply',
  'mod-favours-supplier',
  'mod-would-attract-others',
  'mod-scope-considerable',
  'mod-unforeseeable',
  'mod-known-risk',
  'mod-additional-supplies',
  'mod-urgent',
] as const

export type QuestionId = (typeof questionIds)[number]

/** Ids retired from the model: refused as unknown, never reused. */
export const retiredQuestionIds = ['sib-unique', 'psr-situation'] as const

export function isQuestionId(id: string): id is QuestionId {
  return (questionIds as readonly string[]).includes(id)
}
