// A change small enough to be permitted on value alone (decision model 4.2, 5.3, 8.5.1, 8.8).
// PA 2023 s.74(1)(c), (4), (6): the below-threshold modification; PCR 2015 and PCS Regs 2015
// reg 72(1)(f), (5)-(7): the de minimis change.
import type { RegimeId } from '../../regimes'
import {
  actNoticeReferences,
  actNoticeSteps,
  changeNoticeDuty,
  claimTimeRisk,
  convertibleSentence,
  standstillRisk,
} from '../modification/act-notices'
import {
  actAggregateSentence,
  actBaseWarning,
  actChangeSentence,
  deMinimisSentence,
  minorCap,
  modificationFigures,
  termSentence,
} from '../modification/figures'
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
  splittingRisk,
  terminationReference,
  terminationRisk,
} from '../modification/sentences'
import { byRegime, type RouteContext, type RouteText } from '../route-content'

const present = (xs: (string | undefined)[]) => xs.filter((x): x is string => x !== undefined)

function actText(ctx: RouteContext): RouteText {
  const f = modificationFigures(ctx)
  const cap = f ? minorCap(f) : 10
  const duty = changeNoticeDuty(ctx, f, false)
  return {
    title: 'Change permitted: below-threshold modification',
    summary: present([
      'This change is small enough to be a below-threshold modification, so you can make it without a new procurement (Procurement Act 2023, s.74(1)(c) and (4)).',
      `It may change the value by no more than ${cap}%, with all such changes together below the threshold, and adds no new kind of supply.`,
      'The ground is used only where no Schedule 8 ground applies and the change is substantial (s.74(4)(d)).',
      f ? actChangeSentence(f, cap) : undefined,
      f ? actAggregateSentence(f) : undefined,
      f ? termSentence(f) : undefined,
      convertibleSentence(f),
    ]).join(' '),
    references: [
      actRefs.belowThresholdModification,
      actRefs.permittedModification,
      modificationsGuidance,
      ...actNoticeReferences(ctx, f),
      actRefs.splitting,
      terminationReference('pa-2023'),
      ...recordsReferences('pa-2023'),
    ],
    risks: present([
      'We counted every earlier change, whatever its ground, which is the cautious reading: check whether changes on other grounds count. Later changes will count towards the same threshold.',
      f ? actBaseWarning(f, cap) : undefined,
      duty === 'required' ? standstillRisk : claimTimeRisk,
      terminationRisk('pa-2023'),
      splittingRisk('pa-2023'),
    ]),
    nextSteps: [
      'Record the figures: the value before the change, this change, every earlier change, and the threshold they are measured against.',
      'We used the threshold in force when the contract’s procurement started, which is a reading of the rules: check it.',
      ...actNoticeSteps(ctx, f),
      `${decisionNoteStep} ${retentionStep('pa-2023')}`,
      changeLogStep,
      localRulesStep,
    ],
  }
}

type RegulationsRegime = Extract<RegimeId, 'pcr-2015' | 'pcr-scotland-2015'>

function regulationsText(regime: RegulationsRegime) {
  return (ctx: RouteContext): RouteText => {
    const f = modificationFigures(ctx)
    const scotland = regime === 'pcr-scotland-2015'
    const refs = regulationsRefs(scotland ? 'pcs-regs-2015' : 'pcr-2015')
    const cap = f ? minorCap(f) : 10
    return {
      title: 'Change permitted: de minimis change',
      summary: present([
        scotland
          ? 'Changes to this contract are governed by regulation 72 of the Public Contracts (Scotland) Regulations 2015.'
          : 'This contract was procured under the Public Contracts Regulations 2015, which still govern changes to it (SI 2024/716, reg 5).',
        'You can make this change without a new procurement, because it is de minimis (reg 72(1)(f) and (5)).',
        `All changes since award, taken at their net cumulative value, must be below both the threshold and ${cap}% of the initial contract value.`,
        'The change must not alter the overall nature of the contract.',
        f ? deMinimisSentence(f) : undefined,
        'If the contract has an indexation clause, the updated value is the one to measure against (reg 72(7)).',
        'No notice or standstill is required.',
      ]).join(' '),
      references: [
        ...(scotland ? [] : [pcrSaving]),
        refs.deMinimis,
        refs.splitting,
        terminationReference(regime),
      ],
      risks: [
        'We counted every earlier change, whatever its ground, which is the cautious reading: check whether changes on other grounds count. Later changes will count towards the same limits.',
        'Another supplier may challenge a change made in breach, and the contract could be declared ineffective: check which remedies apply to a change made now.',
        terminationRisk(regime),
        splittingRisk(regime),
      ],
      nextSteps: [
        'Record the figures: the initial value, every earlier change and this one, with the threshold and percentage they are measured against.',
        'Check that the threshold figure used is the right one for this contract, since which figures apply to a change made now is a point to confirm.',
        `${decisionNoteStep} ${retentionStep(regime)}`,
        changeLogStep,
        localRulesStep,
      ],
    }
  }
}

export const modificationMinor: ModificationRouteContent = {
  id: 'modification-minor',
  name: 'Change permitted on value alone',
  appliesWhen:
    'The change, with earlier changes, is small enough in value to be permitted without a new procurement.',
  variantLabels: {
    'below-threshold-modification': 'Below-threshold modification',
    'de-minimis': 'De minimis change',
  },
  text: byRegime({
    'pa-2023': actText,
    'pcr-2015': regulationsText('pcr-2015'),
    'pcr-scotland-2015': regulationsText('pcr-scotland-2015'),
  }),
}
