// The relationship-model variants that the light touch and standard competitions share: the
// same procedure under each regime, with a different relationship written into the contract.
// Their sentences are written once here and read by both routes.
import type { RouteContext, RouteText, TextFor } from '../route-content'

export type Relationship = 'open-book' | 'conventional'

const relationships: readonly Relationship[] = ['open-book', 'conventional']

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
  conventional: 'Conventional contract',
}

/** The summary's sentence on the relationship chosen. */
export const relationshipSentence: Record<Relationship, string> = {
  'open-book':
    'You chose an open-book partnership: the provider shows you its costs, keeps an agreed reasonable surplus, and shares any gain above it with you.',
  conventional:
    'You chose a conventional relationship: you specify the outcomes, and the competition sets the price.',
}

/** The step the relationship adds before the procedure starts (none for a conventional contract). */
export function relationshipSteps(relationship: Relationship): string[] {
  return relationship === 'open-book'
    ? [
        'Write the open-book terms into the contract: the cost base, the reasonable surplus, the gain-sharing formula and your audit rights.',
      ]
    : []
}

/** The last risk of the list, which depends on the relationship. */
export function relationshipRisk(relationship: Relationship): string {
  return relationship === 'open-book'
    ? 'Open-book pricing fails without audit rights and an agreed cost base, so define the surplus and the gain-sharing formula before you sign.'
    : 'Stretching the service beyond what you advertised can be an unlawful change, so describe foreseeable changes in the contract now.'
}
