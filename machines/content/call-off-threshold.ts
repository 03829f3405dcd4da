// A call-off's own value is not asked (ruleset 2027-01, decision model 6.2), so its result states
// each duty that depends on value as a condition, measured against the threshold of the
// framework's rules that the route context carries (route-context.ts, from thresholdFor).
import { formatPounds } from './money'
import type { RouteContext } from './route-content'
import { thresholdNames } from './value-sentence'

export type CallOffThreshold = {
  /** Completes "If the call-off is …": "worth £207,720 or more". */
  atOrAbove: string
  /** Completes "If the call-off is …": "worth less than £207,720". */
  below: string
  /** As `atOrAbove`, naming the threshold: "worth £207,720 or more (the sub-central threshold)". */
  atOrAboveNamed: string
  /** Completes "duties that depend on it apply …": "from £214,904, the 2015 Regulations' sub-central threshold". */
  from: string
  /** What to check about the figure itself, one sentence each (none when it is settled). */
  checks: string[]
}

/**
 * NHS and other bodies are not asked their threshold class on a call-off path, so the threshold
 * module takes the lower, central figure for them (threshold.ts, thresholdKind).
 */
const classNotAsked = (ctx: RouteContext) =>
  ctx.threshold?.kind === 'central' &&
  (ctx.authorityType === 'nhs' || ctx.authorityType === 'other-public-body')

export function callOffThreshold(ctx: RouteContext): CallOffThreshold {
  const t = ctx.threshold
  if (!t)
    return {
      atOrAbove: 'at or above the threshold that applies',
      below: 'below the threshold that applies',
      atOrAboveNamed: 'at or above the threshold that applies',
      from: 'at or above the threshold that applies',
      checks: [],
    }
  const figure = formatPounds(t.amount)
  const whose = t.rules === 'pcr-2015' ? "the 2015 Regulations' " : 'the '
  const checks: string[] = []
  // That a saved framework keeps the figures of 23 February 2025 is a reading of SI 2024/716
  // reg 5 (legal-facts.md, Thresholds: unverified), so the result says to check it.
  if (t.rules === 'pcr-2015')
    checks.push(
      'That is the figure the 2015 Regulations held on 23 February 2025, which a framework they still govern keeps on one reading of SI 2024/716 reg 5: check it.',
    )
  if (t.unconfirmed)
    checks.push(
      "That figure is taken as the UK's and is not yet confirmed for Scotland, so check it against SPPN 4/2025.",
    )
  if (classNotAsked(ctx))
    checks.push(
      "This tool takes the lower, central government figure for your organisation. A sub-central body's threshold is higher, so check which applies to you.",
    )
  const name = `${whose}${thresholdNames[t.kind]} threshold`
  return {
    atOrAbove: `worth ${figure} or more`,
    below: `worth less than ${figure}`,
    atOrAboveNamed: `worth ${figure} or more (${name})`,
    from: `from ${figure}, ${name}`,
    checks,
  }
}
