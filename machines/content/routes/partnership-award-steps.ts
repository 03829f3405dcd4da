// What the innovation partnership, alliance and reserved mutual routes share under the
// Procurement Act 2023 (legal review 2026-12 A, M2 and I10): the over-£5m duties as one step,
// the Welsh layer of the tender notice, and the references of a competitive flexible procedure.
import { isDevolvedWelshAuthority } from '../../devolved-welsh-authority'
import { pa2023 } from '../common-references'
import {
  conflictsAssessmentReference,
  largeContractReferences,
  largeContractSteps,
} from '../contract-duties'
import type { Reference, RouteContext } from '../route-content'
import { throughSell2Wales, welshDigitalPlatformReference } from '../welsh-notices'

/**
 * The over-£5m duties of contract-duties.ts as a single step (none at or below £5m), so the
 * step list stays within its length.
 */
export function largeContractStep(ctx: RouteContext, lightTouch: boolean): string[] {
  const steps = largeContractSteps(ctx, lightTouch)
  return steps.length === 0 ? [] : [steps.join(' ')]
}

/** What the nation adds to the tender notice step, and the reference for it. */
export type TenderNoticeLayer = { sentence: string; references: Reference[] }

/**
 * WSI 2024/782 reg 5(1)-(2), (5)(c): a devolved Welsh authority meets the duty to publish a
 * tender notice on the central digital platform by submitting it to the Welsh digital platform
 * (Sell2Wales). Under the Act, every body in Wales is a devolved Welsh authority here.
 */
export const tenderNoticeLayer: { wales: TenderNoticeLayer; elsewhere: TenderNoticeLayer } = {
  wales: {
    sentence: ` As a devolved Welsh authority, ${throughSell2Wales('tender notice')}.`,
    references: [welshDigitalPlatformReference],
  },
  elsewhere: { sentence: '', references: [] },
}

/** The sentence of the layer for this body, for a route whose text is not yet keyed by nation. */
export function welshTenderNoticeSentence(ctx: RouteContext): string {
  return (isDevolvedWelshAuthority(ctx) ? tenderNoticeLayer.wales : tenderNoticeLayer.elsewhere)
    .sentence
}

/** The references of a partnership chosen by a competitive flexible procedure (alliance, innovation). */
export function flexibleProcedureReferences(
  ctx: RouteContext,
  lightTouch: boolean,
  notice: TenderNoticeLayer,
): Reference[] {
  return [
    pa2023.competitiveFlexibleProcedure,
    ...(lightTouch ? [pa2023.lightTouchContracts] : []),
    pa2023.preliminaryMarketEngagement,
    conflictsAssessmentReference,
    pa2023.tenderNotice,
    ...notice.references,
    pa2023.contractAwardNotice,
    lightTouch ? pa2023.lightTouchStandstill : pa2023.mandatoryStandstill,
    ...largeContractReferences(ctx, lightTouch),
    pa2023.contractDetailsNotice,
  ]
}
