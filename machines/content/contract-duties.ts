// Duties of the Procurement Act 2023 that fall on every award route alike, written once here
// so each route file adds them rather than restating them (legal review 2026-12 A, M2, I3, I11).
import { isLargeContract, largeContractValue } from '../large-contract'
import { PA } from './legislation'
import { formatPounds } from './money'
import { ref } from './reference'
import type { Reference, RouteContext } from './route-content'

// Issue 17: next steps name the plan's steps: the plan counts the periods these next steps link to.

/** Which notice opens the award: a tender notice (s.21) or a transparency notice (s.44). */
export type OpeningNotice = 'tender notice' | 'transparency notice'

/** s.83: the conflicts assessment comes before the tender or transparency notice. */
export function conflictsAssessmentStep(notice: OpeningNotice): string {
  return `Before you publish the ${notice}, prepare a conflicts assessment (s.83). It records any actual or potential conflicts of interest and the steps you will take to manage them.`
}

export const conflictsAssessmentReference: Reference = ref(
  'pa-2023',
  'Conflicts assessment before a tender or transparency notice',
  'Procurement Act 2023, s.83',
  `${PA}/section/83`,
)

/**
 * The over-£5m duties. KPIs (s.52) are not required for a light touch contract, a concession or
 * a framework (s.52(6)); a call-off under a framework is a contract of its own and is covered.
 * The copy of the contract (s.53(3)) is due within 90 days, or 180 days for a light touch
 * contract (the plan counts them: the step links to its row, issue 17), and the duty does not reach a devolved Welsh or transferred Northern Ireland
 * authority unless it procures under a reserved arrangement (s.53(4)). `kpisApply` is false for a
 * concession (s.52(6)(c)).
 */
export function largeContractSteps(
  ctx: RouteContext,
  lightTouch: boolean,
  kpisApply: boolean = !lightTouch,
): string[] {
  if (!isLargeContract(ctx.contractValue)) return []
  return overFiveMillionSteps(
    ctx,
    kpisApply,
    `Because the contract is worth more than ${formatPounds(largeContractValue)}`,
  )
}

/**
 * The same duties as a condition, for a call-off whose own value is not asked (decision model
 * 6.2): "If the call-off is worth more than £5,000,000, …".
 */
export function largeCallOffSteps(ctx: RouteContext, lightTouch: boolean): string[] {
  return overFiveMillionSteps(
    ctx,
    !lightTouch,
    `If the call-off is worth more than ${formatPounds(largeContractValue)}`,
  )
}

/** The over-£5m duties, each sentence opened by `over` (a reason or a condition). */
function overFiveMillionSteps(ctx: RouteContext, kpisApply: boolean, over: string): string[] {
  const publishKpis =
    ctx.jurisdiction === 'wales'
      ? 'Publish them too (s.52(3)).'
      : 'Publish them too (s.52(3)): publishing the contract usually does this.'
  const kpis = !kpisApply
    ? []
    : [
        `${over}, set at least three key performance indicators before you enter into it (s.52(1)). This does not apply if its performance could not appropriately be assessed by them (s.52(2)). ${publishKpis}`,
      ]
  const copy =
    ctx.jurisdiction === 'wales'
      ? 'As a devolved Welsh authority, you need not publish a copy of the contract under s.53(3) (s.53(4)). That changes if you procure under a reserved procurement arrangement: check whether yours is one.'
      : ctx.jurisdiction === 'northern-ireland'
        ? `${over}, publish [a copy of it](plan:pa.contract-copy) by its deadline after entering into it (s.53(3)). A transferred Northern Ireland authority need not, unless it procures under a reserved arrangement (s.53(4)).`
        : `${over}, publish [a copy of it](plan:pa.contract-copy) by its deadline after entering into it (s.53(3)).`
  return [...kpis, copy]
}

export function largeContractReferences(
  ctx: RouteContext,
  lightTouch: boolean,
  kpisApply: boolean = !lightTouch,
): Reference[] {
  if (!isLargeContract(ctx.contractValue)) return []
  return overFiveMillionReferences(kpisApply)
}

/** The references of the over-£5m duties stated as a condition (largeCallOffSteps). */
export const largeCallOffReferences = (lightTouch: boolean): Reference[] =>
  overFiveMillionReferences(!lightTouch)

function overFiveMillionReferences(kpisApply: boolean): Reference[] {
  return [
    ...(!kpisApply
      ? []
      : [
          ref(
            'pa-2023',
            'Key performance indicators for contracts over £5 million',
            'Procurement Act 2023, s.52',
            `${PA}/section/52`,
          ),
        ]),
    ref(
      'pa-2023',
      'Publishing a copy of a contract over £5 million, and who is exempt',
      'Procurement Act 2023, s.53(3)-(4)',
      `${PA}/section/53`,
    ),
  ]
}
