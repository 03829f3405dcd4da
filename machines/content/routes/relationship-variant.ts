// The relationship-model variants that the light touch and standard competitions share: the
// same procedure under each regime, with a different relationship written into the contract.
// Their sentences are written once here and read by both routes.
import type { RouteContext, RouteText, TextFor } from '../route-content'

export type Relationship = 'open-book' | 'outcomes-based' | 'conventional'

const relationships: readonly Relationship[] = ['open-book', 'outcomes-based', 'conventional']

function isRelationship(variant: string | null): variant is Relationship {
  return relationships.includes(variant as Relationship)
}

/** A text written for every relationship, given this result's one. */
export function byRelationship(
  text: (ctx: RouteContext, relationship: Relationship) => RouteText,
): TextFor {
  return (ctx) => {
    if (!isRelationship(ctx.variant))
      throw new Error(`${ctx.route} has no relationship variant ${ctx.variant}`)
    return text(ctx, ctx.variant)
  }
}

/** The labels of the variants, for display. */
export const relationshipLabels: Record<Relationship, string> = {
  'open-book': 'Open-book partnership (reasonable surplus and gain sharing)',
  'outcomes-based': 'Outcomes-based contract (payment for results achieved)',
  conventional: 'Conventional contract',
}

/** The summary's sentence on the relationship chosen. */
export const relationshipSentence: Record<Relationship, string> = {
  'open-book':
    'You chose an open-book partnership: the provider shows you its costs, keeps an agreed reasonable surplus, and shares any gain above it with you.',
  'outcomes-based':
    'You chose an outcomes-based contract: you pay the provider for the results it achieves, as in a Social Impact Bond or another payment-by-results contract.',
  conventional:
    'You chose a conventional relationship: you specify the outcomes, and the competition sets the price.',
}

/**
 * Decision model 6.2, variant outcomes-based: the same procedure as a conventional contract,
 * plus the design of the outcome payments (outcome metrics, prices, caps, verification, the
 * counterfactual) and its risks. A result reached through the Social Impact Bond branch already
 * carries both in the SIB notes (social-impact-bond.ts), so there they are not repeated.
 */
const outcomePaymentStep =
  'Write the outcome payments into the contract: the outcomes you pay for and how you measure them, a price for each, and a cap on the total. Agree how results will be verified, and the baseline that shows what would have happened without the service.'

const outcomePaymentRisk =
  'You may pay for results that would have happened anyway, and providers may game the measures, for example by picking easier cases; verifying results costs money too.'

const openBookStep =
  'Write the open-book terms into the contract: the cost base, the reasonable surplus, the gain-sharing formula and your audit rights.'

const changeRisk =
  'Stretching the service beyond what you advertised can be an unlawful change, so describe foreseeable changes in the contract now.'

/** The step the relationship adds before the procedure starts (none for a conventional contract). */
export function relationshipSteps(ctx: RouteContext, relationship: Relationship): string[] {
  switch (relationship) {
    case 'open-book':
      return [openBookStep]
    case 'outcomes-based':
      return ctx.sib ? [] : [outcomePaymentStep]
    case 'conventional':
      return []
  }
}

/** The last risk of the list, which depends on the relationship. */
export function relationshipRisk(ctx: RouteContext, relationship: Relationship): string {
  switch (relationship) {
    case 'open-book':
      return 'Open-book pricing fails without audit rights and an agreed cost base, so define the surplus and the gain-sharing formula before you sign.'
    case 'outcomes-based':
      return ctx.sib ? changeRisk : outcomePaymentRisk
    case 'conventional':
      return changeRisk
  }
}
