// The notifiable below-threshold contract rule of the Procurement Act 2023 (s.87(4)), as a
// predicate beside the other rules, so wording asks it instead of working it out.
import type { ThresholdKind } from './thresholds'
import { notifiableValue } from './thresholds'

/** What s.87(4) needs to know about the body. */
export type NotifiableBody = {
  jurisdiction: 'england' | 'wales' | 'northern-ireland' | 'scotland'
  authorityType: 'central-government' | 'local-authority' | 'nhs' | 'other-public-body'
  /** The threshold the contract was measured against, when the value was asked. */
  thresholdKind: ThresholdKind | undefined
}

/**
 * Whether the body is a central government authority for s.87(4); undefined when unknown. The
 * threshold measured tells it when the kind of body does not: the central threshold is a central
 * government authority's, the sub-central one any other body's.
 */
export function isCentralGovernment(body: NotifiableBody): boolean | undefined {
  if (body.authorityType === 'central-government') return true
  if (body.authorityType === 'local-authority') return false
  if (body.thresholdKind === 'central') return true
  if (body.thresholdKind === 'sub-central') return false
  return undefined
}

/**
 * The value from which a below-threshold contract is notifiable (s.87(4)), including VAT:
 * £12,000 for a central government authority that is not a devolved Welsh authority
 * (s.87(4)(a)(i)), £30,000 otherwise, so £30,000 for every devolved Welsh authority, central
 * government included (s.87(4)(a)(ii) and (b); review A, W1). The app treats a body in Wales
 * under the Act as a devolved Welsh authority. Undefined when whether the body is central
 * government is unknown.
 */
export function notifiableFrom(body: NotifiableBody): number | undefined {
  if (body.jurisdiction === 'wales') return notifiableValue({ central: true, devolvedWelsh: true })
  const central = isCentralGovernment(body)
  return central === undefined ? undefined : notifiableValue({ central, devolvedWelsh: false })
}

/**
 * Whether the contract is notifiable (s.87(4)). When the figure or the value is unknown, it is
 * taken as notifiable, so the notice duties are never left out by default.
 */
export function isNotifiable(body: NotifiableBody, value: number | undefined): boolean {
  const from = notifiableFrom(body)
  return from === undefined || value === undefined || value >= from
}
