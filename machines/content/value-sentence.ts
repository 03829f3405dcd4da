import { isBelowThreshold } from '../threshold'
import type { ThresholdKind } from '../thresholds'
import { formatPounds } from './money'
import type { RouteContext } from './route-content'

/** How each threshold is named in a sentence. */
export const thresholdNames: Record<ThresholdKind, string> = {
  central: 'central government',
  'sub-central': 'sub-central',
  'light-touch': 'light touch',
  concession: 'concession',
  'light-touch-concession': 'light touch concession',
  works: 'works',
}

/** The threshold's name at the start of a sentence or a label ("Central government threshold"). */
export const thresholdLabel = (kind: ThresholdKind) => {
  const name = thresholdNames[kind]
  return name.charAt(0).toUpperCase() + name.slice(1)
}

const rulesFor = (kind: ThresholdKind | undefined) =>
  kind === 'light-touch' ? 'the light touch rules apply' : 'the full rules apply'

/** Where the value sits against the threshold that applies, in one sentence. */
export function valueSentence(
  ctx: RouteContext,
  {
    subject = 'contract',
    consequence = rulesFor,
  }: { subject?: string; consequence?: (kind: ThresholdKind | undefined) => string } = {},
): string {
  const t = ctx.threshold
  const v = ctx.contractValue
  if (!t || v === undefined) {
    return `You told us the ${subject} is at or above the threshold that applies, so ${consequence(undefined)}.`
  }
  const name = thresholdNames[t.kind]
  if (isBelowThreshold(v, t)) {
    return `At ${formatPounds(v)}, the ${subject} is below the ${formatPounds(t.amount)} ${name} threshold, so check the value before relying on this route.`
  }
  return `At ${formatPounds(v)}, the ${subject} is at or above the ${formatPounds(t.amount)} ${name} threshold, so ${consequence(t.kind)}.`
}
