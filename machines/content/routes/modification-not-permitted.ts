// No ground fits the change: a new procurement is needed (decision model 4.2, 5.3, 8.5.5, 8.8.5).
// PA 2023 ss.41, 44, 51, 53, 74(9)-(10) and Sch 5 paras 7, 13-14; PCR 2015 and PCS Regs 2015
// reg 72(8)(e), (9) and PCS Regs reg 33(1)(c), (3); SI 2023/1348 regs 6, 9, 14; WSI 2025/99 regs 7,
// 9, 14.
import type { RegimeId } from '../../regimes'
import {
  actBaseWarning,
  actChangeSentence,
  allChanges,
  type ModificationFigures,
  modAnswer,
  modificationFigures,
  psrValueSentence,
  regulationsChangeSentence,
} from '../modification/figures'
import { actRefs, pcrSaving, psrRefs, regulationsRefs } from '../modification/references'
import type { ModificationRouteContent } from '../modification/route'
import {
  decisionNoteStep,
  retentionStep,
  splittingRisk,
  terminationReference,
} from '../modification/sentences'
import { formatPounds } from '../money'
import { ref } from '../reference'
import { byRegime, type Reference, type RouteContext, type RouteText } from '../route-content'

// Issue 17: next steps name the plan's steps: the plan counts the periods these next steps link to.

export const notPermittedVariantLabels = {
  'no-ground': 'No ground fits the change',
  'over-value-cap': 'Over the value limit of a ground',
  'supplier-change': 'A new supplier the rules do not allow',
  'urgent-direct-award': 'A short new contract awarded directly for urgency',
} as const

type Variant = keyof typeof notPermittedVariantLabels

const present = (xs: (string | undefined)[]) => xs.filter((x): x is string => x !== undefined)

/** The step into the new-award journey, with the answers that carry over (8.8.5). */
function newAwardStep(ctx: RouteContext): string {
  const works = modAnswer(ctx, 'mod-contract-category') === 'works'
  return works
    ? 'Start the new-award journey from this result to plan the procurement. It does not model works contracts yet, so take advice on the works procedure.'
    : 'Start the new-award journey from this result to plan the procurement: the answers that carry over are filled in, and the change’s value is offered as a start.'
}

/** Why the change failed, shown with the user's figures (8.5.5). */
function whyNot(
  variant: Variant,
  regime: RegimeId,
  f: ModificationFigures | undefined,
): (string | undefined)[] {
  const act = regime === 'pa-2023'
  const psr = regime === 'psr-2023' || regime === 'psr-wales-2025'
  switch (variant) {
    case 'supplier-change':
      return [
        act
          ? 'The supplier would change without a corporate restructuring, and the Act allows no other change of supplier (s.74(9)).'
          : psr
            ? 'The provider would change other than solely by succession, and no clause in the contract provides for it, so no ground permits it.'
            : 'The contractor would be replaced without a review clause or a succession after restructuring, which makes the change substantial (reg 72(8)(e)).',
      ]
    case 'over-value-cap':
      if (psr)
        return [
          `The change met the other conditions, but the cumulative change is ${formatPounds(500_000)} or more and 25% or more of the original lifetime value.`,
          f ? psrValueSentence(f) : undefined,
        ]
      return [
        'The change met the other conditions of a ground, but it is over that ground’s 50% value limit.',
        f ? (act ? actChangeSentence(f, 50) : regulationsChangeSentence(f)) : undefined,
        f && act ? actBaseWarning(f, 50) : undefined,
      ]
    case 'urgent-direct-award':
      return [
        'No ground in reg 72 permits the change itself, but the urgency may allow a short new contract to be awarded directly.',
      ]
    default:
      return [
        psr
          ? 'The change fits none of the regime’s grounds: it is not provided for, not a response to external factors, and not within the value limits or urgent.'
          : act
            ? 'It is a substantial change, and neither a Schedule 8 ground nor the below-threshold modification fits it.'
            : 'It is a substantial change, and none of the grounds in reg 72(1) fits it.',
      ]
  }
}

function actText(ctx: RouteContext): RouteText {
  const f = modificationFigures(ctx)
  const variant = ctx.variant as Variant
  return {
    title: 'New procurement needed',
    summary: present([
      'This change cannot be made to the existing contract under the Procurement Act 2023, because no ground in s.74 permits it.',
      ...whyNot(variant, 'pa-2023', f),
      'A contract to make the change would be a new award under Part 3 of the Act (s.74(10)).',
      'That new award may itself be a direct award if a justification in Schedule 5 applies, such as incompatibility or extreme urgency.',
      'Otherwise run a competitive procedure.',
    ]).join(' '),
    references: [
      actRefs.newAwardNeeded,
      actRefs.permittedModification,
      ...(variant === 'supplier-change' ? [actRefs.supplierChange] : []),
      actRefs.incompatibility,
      actRefs.extremeUrgency,
      actRefs.terminationTerm,
    ],
    risks: [
      'Making the change anyway exposes it to being set aside, and the contract to termination under the term the Act implies (s.78(2)(a)).',
      'The supplier agreeing to the change does not stop other suppliers challenging it.',
      'Urgency caused by your own delay, such as a late re-procurement, does not justify a direct award (Schedule 5, paragraph 14).',
      splittingRisk('pa-2023'),
    ],
    nextSteps: [
      'Do not make the change to the current contract.',
      'Check the direct award justifications. More from the existing supplier is possible where a new one would cause incompatibility, with a transparency notice (Schedule 5, paragraph 7).',
      'Extreme and unavoidable urgency is the other justification to check (Schedule 5, paragraphs 13 and 14).',
      newAwardStep(ctx),
      `${decisionNoteStep.replace('the ground relied on', 'each ground you tested')} ${retentionStep('pa-2023')}`,
    ],
  }
}

function pcrUrgentSteps(): { steps: string[]; references: Reference[] } {
  return {
    steps: [
      'Award a short new contract directly under the Procurement Act 2023 (s.41 with Schedule 5, paragraphs 13 and 14), for no longer than the urgency requires.',
      'Publish a [transparency notice](plan:pa.uk5) before the award (s.44), then a [contract details notice](plan:pa.uk7) by its deadline, which is later for a light touch contract (s.53(1)).',
      'The mandatory standstill does not apply (s.51(3)(a)), but you can set [a voluntary standstill](plan:pa.standstill.voluntary) (s.51(4)-(5)).',
    ],
    references: [
      actRefs.directAward,
      actRefs.extremeUrgency,
      actRefs.transparencyNotice,
      actRefs.contractDetailsNotice,
      actRefs.urgentAwardStandstill,
    ],
  }
}

function regulationsText(regime: Extract<RegimeId, 'pcr-2015' | 'pcr-scotland-2015'>) {
  return (ctx: RouteContext): RouteText => {
    const f = modificationFigures(ctx)
    const variant = ctx.variant as Variant
    const scotland = regime === 'pcr-scotland-2015'
    const refs = regulationsRefs(scotland ? 'pcs-regs-2015' : 'pcr-2015')
    const urgent = variant === 'urgent-direct-award'
    const pcrUrgent = urgent && !scotland ? pcrUrgentSteps() : undefined
    const scottishUrgent = ref(
      'pcs-regs-2015',
      'Negotiated procedure without prior publication for extreme urgency not attributable to you',
      'Public Contracts (Scotland) Regulations 2015, reg 33(1)(c) and (3)',
      'https://www.legislation.gov.uk/ssi/2015/446/regulation/33',
    )
    const routeSteps = urgent
      ? scotland
        ? [
            'Award a short new contract by the negotiated procedure without prior publication for extreme urgency (reg 33(1)(c)), for no longer than the urgency requires.',
            'That is open only if the urgency is not attributable to you (reg 33(3)).',
            'Check which award notice and standstill apply under regs 85 and 86, and whether a voluntary transparency notice under reg 91(7) would help.',
          ]
        : (pcrUrgent?.steps ?? [])
      : [
          scotland
            ? 'Plan a new procurement under the Public Contracts (Scotland) Regulations 2015, using a negotiated procedure without prior publication only if one of its grounds applies.'
            : 'Check the direct award justifications under the Act: incompatibility with what you have (Schedule 5, paragraph 7), similar services (paragraph 8) or extreme urgency (paragraphs 13 and 14).',
          ...(scotland
            ? []
            : [
                'For similar services under paragraph 8, the original procurement must have disclosed the possibility under reg 32(11), as SI 2024/716 reg 6 adapts paragraph 8.',
              ]),
        ]
    return {
      title: scotland
        ? urgent
          ? 'New procurement procedure needed: urgent award without prior publication'
          : 'New procurement procedure needed'
        : urgent
          ? 'New procurement needed: urgent direct award under the Act'
          : 'New procurement needed',
      summary: present([
        scotland
          ? 'This change cannot be made under regulation 72 of the Public Contracts (Scotland) Regulations 2015, so a new procurement procedure is needed (reg 72(9)).'
          : 'This change cannot be made under regulation 72 of the Public Contracts Regulations 2015, so a new procurement is needed (reg 72(9)).',
        ...whyNot(variant, regime, f),
        scotland
          ? 'The new procedure is under the Scottish regulations.'
          : 'Because the new procurement starts now, it is run under the Procurement Act 2023, not the 2015 Regulations.',
        urgent
          ? 'If the urgency comes from your own delay, such as a late re-procurement, this route is not open.'
          : 'Making the change anyway would be a new award without the procedure the rules require.',
        'Keep a record of each ground you tested and why it failed, because it shows the decision was taken with care.',
      ]).join(' '),
      references: [
        ...(scotland ? [] : [pcrSaving]),
        refs.newProcedure,
        ...(variant === 'supplier-change' ? [refs.supplierChange] : []),
        refs.termination,
        ...(pcrUrgent?.references ?? []),
        ...(urgent && scotland ? [scottishUrgent] : []),
        ...(!urgent && !scotland ? [actRefs.incompatibility, actRefs.extremeUrgency] : []),
      ],
      risks: [
        'A change made anyway may be challenged, and the contract could be declared ineffective: check which remedies apply to a change made now.',
        'A contract changed in breach can be terminated under the term reg 73(1)(a) requires, whatever the supplier agreed.',
        splittingRisk(regime),
      ],
      nextSteps: [
        'Do not make the change to the current contract.',
        ...routeSteps,
        newAwardStep(ctx),
        `${decisionNoteStep.replace('the ground relied on', 'each ground you tested')} ${retentionStep(regime)}`,
      ],
    }
  }
}

function psrText(nation: 'england' | 'wales') {
  return (ctx: RouteContext): RouteText => {
    const f = modificationFigures(ctx)
    const variant = ctx.variant as Variant
    const r = psrRefs[nation]
    const regime = nation === 'england' ? 'psr-2023' : 'psr-wales-2025'
    const continuing =
      nation === 'england'
        ? 'Direct Award Process C (reg 9) may be open to replace the contract at its end with the same provider.'
        : 'Direct Award Process 2 (reg 9) may be open to replace the contract at its end with the same provider.'
    return {
      title: 'New procurement process needed under the Provider Selection Regime',
      summary: present([
        nation === 'england'
          ? 'This change cannot be made to the existing contract under the Provider Selection Regime, so a new process is needed (SI 2023/1348, reg 6).'
          : 'This change cannot be made to the existing contract under the Welsh regime, so a new process is needed (WSI 2025/99, reg 7).',
        ...whyNot(variant, regime, f),
        continuing,
        'That needs the provider to be performing satisfactorily, and the considerable change threshold not to be met.',
        `That threshold is a new contract ${formatPounds(500_000)} and 25% higher in value, or materially different in character.`,
        'If delay would likely put patients or the public at risk, an urgent award may be possible.',
      ]).join(' '),
      references: [
        r.processes,
        nation === 'england' ? psrRefs.england.directAwardC : psrRefs.wales.directAward2,
        r.urgentAward,
        terminationReference(regime),
      ],
      risks: [
        'Making the change anyway breaches the regime, and the contract can be terminated under the term the regulations require.',
        'A delay in your own planning is not a reason for an urgent award, so start the new process in good time.',
        splittingRisk(regime),
      ],
      nextSteps: [
        'Do not make the change to the current contract.',
        nation === 'england'
          ? 'Choose the process for a new contract under reg 6, through the new-award journey’s Provider Selection Regime questions.'
          : 'Choose the process for a new contract under reg 7, through the new-award journey’s Provider Selection Regime questions.',
        newAwardStep(ctx),
        f && allChanges(f) > 0
          ? 'Measure the new contract against the current one for the considerable change test, with the figures you gave here.'
          : 'Measure the new contract against the current one for the considerable change test.',
        `${decisionNoteStep.replace('the ground relied on', 'each ground you tested')} ${retentionStep(regime)}`,
      ],
    }
  }
}

export const modificationNotPermitted: ModificationRouteContent = {
  id: 'modification-not-permitted',
  name: 'New procurement needed for the change',
  appliesWhen:
    'No ground fits the change, so it needs a new procurement, which may itself be a direct award where a justification applies.',
  variantLabels: notPermittedVariantLabels,
  text: byRegime({
    'pa-2023': actText,
    'pcr-2015': regulationsText('pcr-2015'),
    'pcr-scotland-2015': regulationsText('pcr-scotland-2015'),
    'psr-2023': psrText('england'),
    'psr-wales-2025': psrText('wales'),
  }),
}
