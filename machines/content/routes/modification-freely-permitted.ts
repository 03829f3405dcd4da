// The rules on modifying contracts do not limit this change, because of the kind of contract
// (decision model 4.2, 5.3, 8.8.3). PA 2023 ss.3, 5(5), 9, 74(2), 74(9), 75(6)(b); PCR 2015 and
// PCS Regs 2015 reg 5; the Procurement Reform (Scotland) Act 2014 (no rule on changes: check).

import { belowThresholdSentence, modificationFigures, valueAfter } from '../modification/figures'
import {
  actRefs,
  modificationsGuidance,
  pcrSaving,
  regulationsRefs,
} from '../modification/references'
import type { ModificationRouteContent } from '../modification/route'
import {
  changeLogStep,
  decisionNoteStep,
  localRulesStep,
  recordsReferences,
  retentionStep,
} from '../modification/sentences'
import { formatPounds } from '../money'
import { ref } from '../reference'
import { byRegime, byVariantId, type RouteContext, type RouteText } from '../route-content'

const present = (xs: (string | undefined)[]) => xs.filter((x): x is string => x !== undefined)

/** The later change that would take a below-threshold contract to the threshold. */
function headroomSentence(ctx: RouteContext): string | undefined {
  const f = modificationFigures(ctx)
  if (f?.threshold === undefined) return undefined
  return `A later change taking the value from ${formatPounds(valueAfter(f))} to ${formatPounds(f.threshold)} or more would bring the rules on changes into play.`
}

function actLightTouch(): RouteText {
  return {
    title: 'Light touch contract: change permitted without a ground',
    summary: [
      'This is a light touch contract under the Procurement Act 2023, so you can change it without fitting the change to a permitted ground (s.74(2)).',
      'No contract change notice is needed (s.75(6)(b)), and the duty to publish the modified contract does not arise.',
      'The one limit that still applies is the supplier: it may change only after a corporate restructuring (s.74(9)).',
      'Have regard to the procurement objectives when you decide, and record the decision.',
      'A change so radical that it is in substance a new contract may still be treated as a new award: check where that line falls.',
    ].join(' '),
    references: [
      actRefs.lightTouch,
      actRefs.lightTouchContract,
      actRefs.noticeExceptions,
      actRefs.objectives,
      modificationsGuidance,
      ...recordsReferences('pa-2023'),
    ],
    risks: [
      'Where a change of scope or length turns the contract into a different one, it may count as a new award: check where the line falls before a large change.',
      'Check that the contract really is a light touch contract: its main subject must be services on the light touch list in Schedule 1 to the Procurement Regulations 2024.',
      'A later change of supplier other than after a corporate restructuring is not allowed (s.74(9)).',
    ],
    nextSteps: [
      'Check that the contract’s main subject is light touch services, and record why.',
      'Decide the change with regard to the procurement objectives, such as value for money and public benefit (s.12).',
      `${decisionNoteStep} ${retentionStep('pa-2023')}`,
      changeLogStep,
      localRulesStep,
    ],
  }
}

function actBelowThreshold(ctx: RouteContext): RouteText {
  const f = modificationFigures(ctx)
  return {
    title: 'Below-threshold contract: the Act’s rules on changes do not apply',
    summary: present([
      'This contract is below the threshold, before and after the change, so the Procurement Act 2023’s rules on modifying contracts do not apply to it.',
      'Those rules cover public contracts (s.3) and contracts that a change would make public, and a below-threshold contract is neither (s.5(5)).',
      f ? belowThresholdSentence(f) : undefined,
      headroomSentence(ctx),
      'Cabinet Office guidance says such contracts may be freely modified under the Act.',
      'No contract change notice is needed, but your own procedure rules still apply.',
      'Record the decision and the figures, because a later change will be measured from them.',
    ]).join(' '),
    references: [actRefs.publicContract, actRefs.permittedModification, modificationsGuidance],
    risks: [
      'A later change that takes the value to the threshold or over makes this a convertible contract, and that change must then fit a ground.',
      'If the original value was understated, the contract may not be below the threshold at all, so check the figure in the award notice.',
      'Changes that could reasonably have been made together count together, so do not split a change to keep under the threshold.',
    ],
    nextSteps: [
      'Record the contract’s value before and after the change, and the threshold it is measured against.',
      'We used the threshold in force when the contract’s procurement started, which is a reading of the rules: check it.',
      `${decisionNoteStep} ${retentionStep('pa-2023')}`,
      changeLogStep,
      localRulesStep,
    ],
  }
}

function regulationsBelowThreshold(scotland: boolean) {
  return (ctx: RouteContext): RouteText => {
    const f = modificationFigures(ctx)
    const refs = regulationsRefs(scotland ? 'pcs-regs-2015' : 'pcr-2015')
    return {
      title: scotland
        ? 'Contract below the Scottish regulations’ thresholds'
        : 'Contract below the 2015 Regulations’ thresholds',
      summary: present([
        scotland
          ? 'This contract was below the threshold when awarded and stays below it, and regulation 72 applies only at or above the thresholds (reg 5).'
          : 'This contract was below the threshold when awarded and stays below it, and regulation 72 of the 2015 Regulations applies only at or above the thresholds (reg 5).',
        f ? belowThresholdSentence(f) : undefined,
        scotland
          ? 'Check whether any rule on changes applies to a regulated procurement under the Procurement Reform (Scotland) Act 2014 (£50,000 or more for goods and services).'
          : 'Check whether the Regulations’ rules for lower-value contracts say anything about changes; we found no such rule.',
        headroomSentence(ctx),
        'Your own procedure rules still apply.',
        'Changes that could reasonably have been made together count together, so test this change with any others you plan.',
        'Record the decision and the figures, because a later change will be measured from them.',
      ]).join(' '),
      references: [
        ...(scotland
          ? [
              ref(
                'procurement-reform-scotland-2014',
                'Regulated procurements: no rule on changes found (check)',
                'Procurement Reform (Scotland) Act 2014',
              ),
            ]
          : [pcrSaving]),
        refs.scope,
      ],
      risks: [
        'A change that takes the value to the threshold or over is treated here as regulated, so it would need a ground under reg 72.',
        'If the original value was understated, the contract may not have been below the threshold at all, so check the figure at award.',
        'Changes that could reasonably have been made together count together, so do not split a change to keep under the threshold.',
      ],
      nextSteps: [
        'Record the contract’s value at award and after the change, and the threshold it is measured against.',
        'Check the threshold figure used, since which figures apply to this contract now is a point to confirm.',
        `${decisionNoteStep} ${retentionStep(scotland ? 'pcr-scotland-2015' : 'pcr-2015')}`,
        changeLogStep,
        localRulesStep,
      ],
    }
  }
}

export const modificationFreelyPermitted: ModificationRouteContent = {
  id: 'modification-freely-permitted',
  name: 'Change not limited by the rules on changes',
  appliesWhen:
    'The contract is light touch under the Procurement Act 2023, or below the threshold, so the rules on changes do not limit this change.',
  variantLabels: {
    'light-touch': 'Light touch contract',
    'below-threshold-contract': 'Below-threshold contract',
  },
  text: byRegime({
    'pa-2023': byVariantId({
      'light-touch': actLightTouch,
      'below-threshold-contract': actBelowThreshold,
    }),
    'pcr-2015': regulationsBelowThreshold(false),
    'pcr-scotland-2015': regulationsBelowThreshold(true),
  }),
}
