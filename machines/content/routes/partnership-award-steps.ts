// Steps shared by the innovation partnership, alliance and reserved mutual routes under the
// Procurement Act 2023 (legal review 2026-12 A, M2 and I10): the over-£5m duties as one step,
// and, for a devolved Welsh authority, how its tender notice reaches the central digital platform.
import { isDevolvedWelshAuthority } from '../../devolved-welsh-authority'
import { largeContractSteps } from '../contract-duties'
import type { RouteContext } from '../route-content'
import { throughSell2Wales } from '../welsh-notices'

/**
 * The over-£5m duties of contract-duties.ts as a single step (none at or below £5m), so the
 * step list stays within its length.
 */
export function largeContractStep(ctx: RouteContext, lightTouch: boolean): string[] {
  const steps = largeContractSteps(ctx, lightTouch)
  return steps.length === 0 ? [] : [steps.join(' ')]
}

/**
 * WSI 2024/782 reg 5(1)-(2), (5)(c): a devolved Welsh authority meets the duty to publish a
 * tender notice on the central digital platform by submitting it to the Welsh digital platform
 * (Sell2Wales). Returns the sentence to add to the tender notice step, or nothing outside Wales.
 */
export function welshTenderNoticeSentence(ctx: RouteContext): string {
  return isDevolvedWelshAuthority(ctx)
    ? ` As a devolved Welsh authority, ${throughSell2Wales('tender notice')}.`
    : ''
}
