// A change permitted under a Provider Selection Regime (decision model 4.2, 5.3, 8.5.4, 8.8.6, 8.9).
// SI 2023/1348 regs 13, 14, 22, 24, 25, 29; WSI 2025/99 regs 13, 14, 24, 28, 30, 31, 33 (as made).
// 8.11 items 11-15 stay "check".

import {
  type ModificationFigures,
  modAnswer,
  modificationFigures,
  psrNoticeValue,
  psrValueSentence,
} from '../modification/figures'
import { psrRefs, welshModificationWarning } from '../modification/references'
import type { ModificationRouteContent } from '../modification/route'
import {
  changeLogStep,
  decisionNoteStep,
  localRulesStep,
  retentionStep,
  splittingRisk,
  terminationReference,
  terminationRisk,
} from '../modification/sentences'
import { formatPounds } from '../money'
import { byRegime, type Reference, type RouteContext, type RouteText } from '../route-content'

export const psrVariantLabels = {
  'original-direct-award': 'Contract awarded by a direct award process',
  'provided-for': 'Provided for in the contract',
  'provider-succession': 'New provider by succession',
  'external-factors': 'External factors beyond your control',
  'within-value-limits': 'Within the value limits',
  urgent: 'Urgent modification',
  continuity: 'Keeping the service running during a new award’s standstill',
} as const

type Variant = keyof typeof psrVariantLabels
type Nation = 'england' | 'wales'

const present = (xs: (string | undefined)[]) => xs.filter((x): x is string => x !== undefined)
const half = formatPounds(500_000)

type Ground = { title: string; summary: string[]; evidence: string; references: Reference[] }

function ground(variant: Variant, nation: Nation, f: ModificationFigures | undefined): Ground {
  const r = psrRefs[nation]
  const reg = (england: string, wales: string) => (nation === 'england' ? england : wales)
  switch (variant) {
    case 'original-direct-award':
      return {
        title: 'Change permitted: contract awarded by a direct award process',
        summary: [
          nation === 'england'
            ? 'The contract was awarded by Direct Award Process A or B, so it may be changed as long as it does not become materially different in character (reg 13(3)).'
            : 'The contract was awarded by Direct Award Process 1, so it may be changed as long as it does not become materially different in character (reg 13(1)).',
        ],
        evidence:
          'Record how the contract was awarded, and why the change leaves it no different in character from the contract you entered into.',
        references: [r.originalDirectAward],
      }
    case 'provided-for':
      return {
        title: 'Change permitted: provided for in the contract',
        summary: [
          `The change is clearly and unambiguously provided for in the contract documents, which permits it (reg ${reg('13(1)(a)', '13(4)(a)')}).`,
          'The regulations add no limit on character for this ground, but a clause should not be used to make the contract materially different.',
        ],
        evidence:
          'Keep a copy of the clause, and show that this change is within what it says may change, by how much and when.',
        references: [r.providedFor],
      }
    case 'provider-succession':
      return {
        title: 'Change permitted: new provider by succession',
        summary: [
          `The change is solely a change in the provider’s identity by succession after corporate changes such as a takeover, merger or insolvency (reg ${reg('13(1)(b)', '13(4)(b)')}).`,
          'You must be satisfied that the new provider meets the basic selection criteria.',
        ],
        evidence:
          'Record the corporate change with its documents, and your check of the new provider against the basic selection criteria.',
        references: [r.succession],
      }
    case 'external-factors':
      return {
        title: 'Change permitted: a response to external factors',
        summary: [
          `The change responds to factors beyond your control and the provider’s, such as patient numbers or a price formula in the contract (reg ${reg('13(1)(c)', '13(4)(c)')}).`,
          'It must not make the contract materially different in character.',
        ],
        evidence:
          'Record the external factor, with the figures that show it, and why the change does not alter the contract’s character.',
        references: [r.externalFactors],
      }
    case 'within-value-limits':
      return {
        title: 'Change permitted: within the value limits',
        summary: present([
          `The change is your decision, and it is permitted because it does not make the contract materially different and stays within the value limits (reg ${reg('13(1)(d) and (2)', '13(4)(d) and (5)')}).`,
          `The cumulative change in lifetime value must be below ${half} or less than 25% of the original lifetime value.`,
          f ? psrValueSentence(f) : undefined,
          'Check whether the lifetime value includes VAT for this test.',
        ]),
        evidence:
          'Record the original lifetime value, every change since, and the figure and percentage this change brings them to.',
        references: [r.withinValueLimits],
      }
    case 'urgent':
      return {
        title: 'Change permitted: urgent modification',
        summary: [
          `The change is urgent for a reason you did not foresee and did not cause, and waiting would likely put patients or the public at risk (reg ${reg('14(2)', '14(1)-(2)')}).`,
          'Urgent modifications are counted in the annual summary.',
        ],
        evidence:
          'Record why the change was urgent, why you could not foresee it, and the risk that delay would have caused, with dates.',
        references: [r.urgent, r.annualSummary],
      }
    case 'continuity':
      return {
        title: 'Change permitted: keeping the service running during a standstill',
        summary: [
          `The change keeps the current contract running while the replacement award is in its standstill, with independent expert advice sought during it (reg ${reg('14(3)', '14(3)-(4)')}).`,
          'The current contract must be likely to end before that standstill does.',
          'Such changes are counted in the annual summary.',
        ],
        evidence:
          'Record the independent expert advice, the dates of the standstill and of the current contract’s end, and why the usual rules could not be met in time.',
        references: [r.continuity, r.annualSummary],
      }
  }
}

/** The notice of the modification (8.8.6; 8.11 items 14 and 15). */
function noticeSteps(
  variant: Variant,
  nation: Nation,
  f: ModificationFigures | undefined,
): string[] {
  const schedule = nation === 'england' ? 'Schedule 12' : 'Schedule 13'
  const where =
    nation === 'england'
      ? 'on the central digital platform'
      : 'through the Welsh digital platform to the central digital platform'
  if (variant === 'urgent')
    return [
      `Within 30 days of the change, submit a notice of the urgent modification for publication ${where}. Include the information in ${nation === 'england' ? 'Schedule 14' : 'Schedule 15'}.`,
    ]
  if (variant === 'continuity')
    return [
      'The regulation’s text requires no notice for this change: check that reading, and record the change in the annual summary.',
    ]
  const big = psrNoticeValue(f)
  const attributable =
    variant === 'original-direct-award' ||
    variant === 'provided-for' ||
    variant === 'within-value-limits'
  if (!big)
    return [
      `No notice of the modification is needed while the cumulative change stays below ${half}; keep the figures so you know when it is reached.`,
    ]
  if (attributable)
    return [
      `Within 30 days of the change, submit a notice of the modification for publication ${where}. Include the information in ${schedule}; it is due because the cumulative change is ${half} or more.`,
    ]
  return [
    `The regulation asks for a notice only where the change is your decision. The cumulative change is ${half} or more, so we recommend one anyway: check which reading the guidance takes.`,
  ]
}

function psrText(nation: Nation) {
  return (ctx: RouteContext): RouteText => {
    const f = modificationFigures(ctx)
    const variant = ctx.variant as Variant
    const g = ground(variant, nation, f)
    const r = psrRefs[nation]
    const regime = nation === 'england' ? 'psr-2023' : 'psr-wales-2025'
    const bridging = modAnswer(ctx, 'mod-bridging') === 'yes'
    const notice = noticeSteps(variant, nation, f)
    const warnsWales = nation === 'wales' && bridging
    return {
      title: g.title,
      summary: present([
        nation === 'england'
          ? 'This health care contract is governed by the Provider Selection Regime, whenever it was awarded (SI 2023/1348, reg 29(2)), and the change fits one of its grounds.'
          : 'The Welsh Provider Selection Regime governs changes to this health care contract made from 24 February 2025 (WSI 2025/99, reg 33(2)), and the change fits one of its grounds.',
        ...g.summary,
        variant !== 'within-value-limits' && f ? psrValueSentence(f) : undefined,
        'No standstill applies to a change: the regime’s standstill is for award decisions.',
        warnsWales
          ? 'The Welsh Government’s consultation text warns against using changes to avoid a new award when a contract ends; check whether the final guidance says the same.'
          : undefined,
      ]).join(' '),
      references: [
        ...g.references,
        ...(variant === 'urgent' || variant === 'continuity' ? [] : [r.notice]),
        r.transitional,
        terminationReference(regime),
        r.records,
        ...(warnsWales ? [welshModificationWarning] : []),
      ],
      risks: present([
        bridging
          ? 'A delay in your own procurement of the replacement is not a reason the regime accepts, so plan the new award now.'
          : 'A change that makes the contract materially different in character needs a new process, so keep each change within what the ground allows.',
        variant === 'provided-for'
          ? 'Check whether using an option counts as a change attributable to your decision, which decides whether a notice is due.'
          : undefined,
        terminationRisk(regime),
        splittingRisk(regime),
      ]),
      nextSteps: [
        g.evidence,
        ...notice,
        `${decisionNoteStep} ${retentionStep(regime)}`,
        changeLogStep,
        localRulesStep,
      ],
    }
  }
}

export const psrModificationPermitted: ModificationRouteContent = {
  id: 'psr-modification-permitted',
  name: 'Change permitted under the Provider Selection Regime',
  appliesWhen:
    'The contract is for health care services under a Provider Selection Regime, and the change fits one of its grounds.',
  variantLabels: psrVariantLabels,
  text: byRegime({ 'psr-2023': psrText('england'), 'psr-wales-2025': psrText('wales') }),
}
