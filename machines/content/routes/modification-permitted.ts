// A change permitted without a new procurement on a named ground (decision model 4.2, 5.3, 8.8.1,
// 8.8.2, 8.8.4, 8.9). Provisions from legal-facts.md, "Changing existing contracts": PA 2023
// ss.74-78 and Schedule 8; PCR 2015 and PCS Regs 2015 regs 72-73.
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
  actBaseWarning,
  actChangeSentence,
  type ModificationFigures,
  modAnswer,
  modificationFigures,
  regulationsChangeSentence,
  termSentence,
} from '../modification/figures'
import {
  actRefs,
  modificationsGuidance,
  pathwayReg72,
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
import type { Reference, RouteContext, RouteText } from '../route-content'
import { byRegime } from '../route-content'

export const permittedVariantLabels = {
  'provided-for': 'Provided for in the contract',
  'not-substantial': 'Not a substantial change',
  urgency: 'Extreme and unavoidable urgency',
  unforeseeable: 'Unforeseeable circumstances',
  'known-risk': 'A known risk has materialised',
  'additional-supplies': 'Additional goods, services or works',
  'corporate-restructuring': 'New supplier after a corporate restructuring',
} as const

type Variant = keyof typeof permittedVariantLabels

/** What one ground adds to a result: its sentences, evidence, risks and references. */
type Ground = {
  title: string
  summary: string[]
  evidence: string[]
  risks: string[]
  references: Reference[]
}

const present = (xs: (string | undefined)[]) => xs.filter((x): x is string => x !== undefined)

// ——— Procurement Act 2023 ———

function actGround(variant: Variant, f: ModificationFigures | undefined): Ground {
  const fifty = f ? [actChangeSentence(f, 50)] : []
  switch (variant) {
    case 'provided-for':
      return {
        title: 'Change permitted: provided for in the contract',
        summary: [
          'The contract provides for this change, which makes it a permitted modification (Schedule 8, paragraph 1).',
          'The possibility of the change must be set out unambiguously in both the contract as awarded and the tender notice or transparency notice.',
          'It must not change the overall nature of the contract, and this ground has no value limit.',
          'Using an option whose value and period were counted at award is not a change of value: check against Cabinet Office guidance whether it needs a notice.',
        ],
        evidence: [
          'Keep copies of the clause in the contract and of the notice that described it, and show that this change is within their terms.',
        ],
        risks: [
          'A clause that is vague about what may change, by how much and when does not support this ground, so read it against this exact change.',
        ],
        references: [actRefs.providedFor, modificationsGuidance],
      }
    case 'not-substantial':
      return {
        title: 'Change permitted: not a substantial modification',
        summary: present([
          'This change is not a substantial modification, so the Act permits it (s.74(1)(b) and (3)).',
          'It does not extend the term by more than 10% of the longest term provided for on award, add a new kind of supply, or favour the supplier.',
          f ? termSentence(f) : undefined,
          'Adding more of what the contract already covers is not a change of scope (s.74(5)).',
        ]),
        evidence: [
          'Record why the change adds no new kind of supply and does not move the economic balance towards the supplier, with the term figures.',
        ],
        risks: [
          'A large increase in volume can still shift the economic balance towards the supplier: check how the Cabinet Office guidance treats it.',
        ],
        references: [actRefs.substantial, modificationsGuidance],
      }
    case 'urgency':
      return {
        title: 'Change permitted: extreme and unavoidable urgency',
        summary: [
          'This change is permitted on grounds of urgency, because a direct award under s.41 could otherwise meet its purpose (Schedule 8, paragraphs 2 and 3).',
          'That needs extreme and unavoidable urgency, from events you could not foresee and did not cause (Schedule 5, paragraphs 13 and 14).',
          'The ground has no value limit, but the change should go no further than the urgency strictly requires.',
          'The supplier must be one a direct award could go to: not an excluded supplier, unless the overriding public interest test in s.41 is met.',
        ],
        evidence: [
          'Record the events that made the change urgent, with their dates, and why no competition could be run in time.',
          'Check that the supplier is not an excluded supplier, and check the debarment list, before you make the change.',
        ],
        risks: [
          'Urgency caused by your own delay, such as a late re-procurement, is not unavoidable and defeats this ground (Schedule 5, paragraph 14).',
        ],
        references: [actRefs.urgency, actRefs.directAward, actRefs.extremeUrgency],
      }
    case 'unforeseeable':
      return {
        title: 'Change permitted: unforeseeable circumstances',
        summary: [
          'This change responds to circumstances that could not reasonably have been foreseen before award, so it is permitted (Schedule 8, paragraph 4).',
          'It must not change the overall nature of the contract, and may not raise its value by more than 50%.',
          ...fifty,
        ],
        evidence: [
          'Record what happened, when, and why it could not reasonably have been foreseen before the contract was awarded.',
        ],
        risks: [
          'A late start to your own re-procurement is not an unforeseeable circumstance, so this ground does not cover a bridging extension for it.',
        ],
        references: [actRefs.unforeseeable],
      }
    case 'known-risk':
      return {
        title: 'Change permitted: a known risk has materialised',
        summary: [
          'A risk described in the tender or transparency notice has happened, and the notice said the contract might change if it did (Schedule 8, paragraphs 5 to 7).',
          'It happened through no act or omission of yours or the supplier’s, and the change goes no further than necessary.',
          'The increase may not exceed 50%.',
          ...fifty,
        ],
        evidence: [
          'Record the public interest assessment: why a new contract would not be in the public interest, including whether it could give better value for money.',
          'Keep the notice that described the risk, and evidence that the contract cannot be performed satisfactorily without the change.',
        ],
        risks: [
          'If a new contract could give better value for money, the public interest test may fail, so weigh it honestly and record it.',
        ],
        references: [actRefs.knownRisk],
      }
    case 'additional-supplies':
      return {
        title: 'Change permitted: additional goods, services or works',
        summary: [
          'You need more from the existing supplier, and a different supplier would give you something different or incompatible (Schedule 8, paragraph 8).',
          'That must cause disproportionate technical difficulties or other significant inconvenience, and substantial duplication of costs.',
          'The increase may not exceed 50%.',
          ...fifty,
        ],
        evidence: [
          'Record the technical or practical reasons a different supplier would cause incompatibility, and the costs it would duplicate.',
        ],
        risks: [
          'Inconvenience alone is not enough: both the difficulty and the substantial duplication of costs must be shown.',
        ],
        references: [actRefs.additionalSupplies],
      }
    case 'corporate-restructuring':
      return {
        title: 'Change permitted: new supplier after a corporate restructuring',
        summary: [
          'The new supplier takes over because of a corporate restructuring or similar circumstance, which permits the change (Schedule 8, paragraph 9).',
          'The contract may be novated or assigned only to a supplier that is not an excluded supplier, and the Act allows no other change of supplier (s.74(9)).',
          'For this ground the contract change notice is needed whatever the change in value or term, unless the contract is outside s.75.',
        ],
        evidence: [
          'Record the restructuring, with its date and documents, and why the transfer is needed because of it.',
          'Check that the new supplier is not an excluded supplier, including against the debarment list, before the novation or assignment.',
        ],
        risks: ['Any other change made at the same time must fit a ground of its own.'],
        references: [actRefs.restructuring, actRefs.supplierChange],
      }
  }
}

function actText(ctx: RouteContext): RouteText {
  const f = modificationFigures(ctx)
  const variant = ctx.variant as Variant
  const restructuring = variant === 'corporate-restructuring'
  const ground = actGround(variant, f)
  const duty = changeNoticeDuty(ctx, f, restructuring)
  const capped =
    variant === 'unforeseeable' || variant === 'known-risk' || variant === 'additional-supplies'
  const commitment =
    duty === 'required'
      ? 'You must publish a contract change notice before the change, and a voluntary standstill protects it.'
      : duty === 'exempt'
        ? 'On our cautious reading of s.75(2), no contract change notice is needed.'
        : 'No contract change notice is needed for this contract.'
  const steps = [
    ...ground.evidence,
    ...actNoticeSteps(ctx, f, restructuring),
    `${decisionNoteStep} ${retentionStep('pa-2023')}`,
    changeLogStep,
    localRulesStep,
  ]
  return {
    title: ground.title,
    summary: present([
      'You can make this change without a new procurement under the Procurement Act 2023.',
      ...ground.summary,
      convertibleSentence(f),
      commitment,
    ]).join(' '),
    references: [
      actRefs.permittedModification,
      ...ground.references,
      ...actNoticeReferences(ctx, f, restructuring),
      actRefs.splitting,
      terminationReference('pa-2023'),
      ...recordsReferences('pa-2023'),
    ],
    risks: present([
      ...ground.risks,
      capped && f ? actBaseWarning(f, 50) : undefined,
      duty === 'required' ? standstillRisk : claimTimeRisk,
      terminationRisk('pa-2023'),
      splittingRisk('pa-2023'),
    ]),
    nextSteps: steps,
  }
}

// ——— Public Contracts Regulations 2015 and the Scottish regulations ———

type RegulationsRegime = Extract<RegimeId, 'pcr-2015' | 'pcr-scotland-2015'>

function regulationsGround(
  regime: RegulationsRegime,
  variant: Variant,
  ctx: RouteContext,
  f: ModificationFigures | undefined,
): Ground {
  const refs = regulationsRefs(regime === 'pcr-2015' ? 'pcr-2015' : 'pcs-regs-2015')
  const fifty = f ? [regulationsChangeSentence(f)] : []
  switch (variant) {
    case 'provided-for':
      if (modAnswer(ctx, 'mod-supplier-change') === 'yes')
        return {
          title: 'Change permitted: new contractor under a review clause',
          summary: [
            'A clear, precise and unequivocal review clause in the initial procurement documents provides for replacing the contractor, which permits the change (reg 72(1)(d)(i)).',
            'The replacement must follow that clause exactly, and this ground has no value limit.',
          ],
          evidence: [
            'Keep copies of the review clause in the tender documents and the contract, and show that this replacement is within its terms.',
          ],
          risks: [
            'A clause that does not say clearly when and how the contractor may be replaced does not support this ground.',
          ],
          references: [refs.reviewClauseSupplier],
        }
      return {
        title: 'Change permitted: provided for in the procurement documents',
        summary: [
          'The initial procurement documents provided for this change in a clear, precise and unequivocal review clause or option (reg 72(1)(a)).',
          'The clause must state the scope and nature of possible changes and the conditions for using it.',
          'The change must not alter the overall nature of the contract, and this ground has no value limit.',
        ],
        evidence: [
          'Keep copies of the clause in the tender documents and the contract, and show that this change is within their terms.',
        ],
        risks: [
          'A clause found only in the signed contract, or one that is vague about scope and conditions, does not support this ground.',
        ],
        references: [refs.providedFor],
      }
    case 'not-substantial':
      return {
        title: 'Change permitted: not a substantial modification',
        summary: [
          'This change is not substantial, so it is permitted (reg 72(1)(e) and (8)).',
          'It does not make the contract materially different in character, and could not have attracted other bidders or changed the winner.',
          'It does not favour the contractor in a way the contract did not provide for, or extend the scope considerably.',
          'This is a judgement with no percentage, and it is riskier the longer an extension runs.',
        ],
        evidence: [
          'Record your reasons on each test in reg 72(8), with the figures and every earlier change.',
        ],
        risks: [
          'Another supplier may see the change differently, so record the reasons on each test when you decide, not later.',
        ],
        references: [refs.notSubstantial],
      }
    case 'unforeseeable':
      return {
        title: 'Change permitted: unforeseeable circumstances',
        summary: [
          'The need for this change was brought about by circumstances a diligent contracting authority could not have foreseen (reg 72(1)(c)).',
          'It must not alter the overall nature of the contract, and the price increase may not exceed 50% of the initial contract value for each change.',
          ...fifty,
        ],
        evidence: [
          'Record what happened, when, and why a diligent authority could not have foreseen it when the contract was procured.',
        ],
        risks: [
          'A late start to your own re-procurement is not an unforeseeable circumstance, so this ground does not cover a bridging extension for it.',
        ],
        references: [refs.unforeseeable],
      }
    case 'additional-supplies':
      return {
        title: 'Change permitted: additional works, services or supplies',
        summary: [
          'Additional works, services or supplies from the contractor have become necessary, and were not in the original procurement (reg 72(1)(b)).',
          'A change of contractor cannot be made for economic or technical reasons, and would cause significant inconvenience or substantial duplication of costs.',
          'The price increase may not exceed 50% of the initial contract value for each change.',
          ...fifty,
        ],
        evidence: [
          'Record the economic or technical reasons a different contractor could not be used, such as interchangeability or interoperability, and the costs it would duplicate.',
        ],
        risks: [
          'Inconvenience alone is not enough: the economic or technical reason a new contractor cannot be used must be shown too.',
        ],
        references: [refs.additionalSupplies],
      }
    case 'corporate-restructuring':
      return {
        title: 'Change permitted: new contractor after a corporate restructuring',
        summary: [
          'The new contractor succeeds, wholly or partly, to the original contractor’s position after a takeover, merger, acquisition or insolvency (reg 72(1)(d)(ii)).',
          'It must meet the selection criteria of the original procurement, and the change may bring no other substantial modification.',
        ],
        evidence: [
          'Record the restructuring, with its date and documents, and check the new contractor against the original selection criteria.',
        ],
        risks: ['Any other change made at the same time must fit a ground of its own.'],
        references: [refs.restructuring],
      }
    default:
      throw new Error(`modification-permitted has no variant ${variant} under ${regime}`)
  }
}

function regulationsText(regime: RegulationsRegime) {
  return (ctx: RouteContext): RouteText => {
    const f = modificationFigures(ctx)
    const variant = ctx.variant as Variant
    const scotland = regime === 'pcr-scotland-2015'
    const refs = regulationsRefs(scotland ? 'pcs-regs-2015' : 'pcr-2015')
    const ground = regulationsGround(regime, variant, ctx, f)
    const notice = variant === 'unforeseeable' || variant === 'additional-supplies'
    const noticeSteps = notice
      ? [
          scotland
            ? 'After the change, send a modification notice with the information in Part G of Annex V to Directive 2014/24/EU (reg 72(3)-(4)). Check its channel and any deadline.'
            : 'After the change, send a modification notice for publication on Find a Tender, with the information in Part G of Annex V to Directive 2014/24/EU (reg 72(3)-(4)).',
          ...(scotland
            ? []
            : [
                'Reg 72 sets no deadline for the notice: send it promptly, and check current practice.',
              ]),
        ]
      : [
          'Reg 72 requires no notice for this ground, and no standstill applies to a change under reg 72.',
        ]
    const veat = scotland ? 'reg 91(7)' : 'reg 99(3)'
    return {
      title: ground.title,
      summary: [
        scotland
          ? 'Changes to this contract are governed by regulation 72 of the Public Contracts (Scotland) Regulations 2015, and this change fits one of its grounds.'
          : 'This contract was procured under the Public Contracts Regulations 2015, which still govern changes to it (SI 2024/716, reg 5).',
        ...ground.summary,
        notice
          ? 'You must send a modification notice for publication after the change; there is no standstill.'
          : 'No notice or standstill is required.',
        'Record the ground and its evidence before you make the change, because a later challenge will ask for them.',
      ].join(' '),
      references: [
        ...(scotland ? [] : [pcrSaving]),
        ...ground.references,
        ...(notice ? [refs.modificationNotice] : []),
        ...(notice && !scotland ? [pathwayReg72] : []),
        refs.splitting,
        terminationReference(regime),
      ],
      risks: [
        ...ground.risks,
        `Where a ground is doubtful, authorities used to publish a voluntary transparency notice and wait 10 days (${veat}): check whether that still protects a change made now.`,
        'Another supplier may challenge a change made in breach, and the contract could be declared ineffective: check which remedies apply to a change made now.',
        terminationRisk(regime),
        splittingRisk(regime),
      ],
      nextSteps: [
        ...ground.evidence,
        ...noticeSteps,
        `${decisionNoteStep} ${retentionStep(regime)}`,
        changeLogStep,
        localRulesStep,
      ],
    }
  }
}

export const modificationPermitted: ModificationRouteContent = {
  id: 'modification-permitted',
  name: 'Change permitted on a named ground',
  appliesWhen:
    'The change fits a ground the rules allow, so it can be made without a new procurement once its conditions are evidenced.',
  variantLabels: permittedVariantLabels,
  text: byRegime({
    'pa-2023': actText,
    'pcr-2015': regulationsText('pcr-2015'),
    'pcr-scotland-2015': regulationsText('pcr-scotland-2015'),
  }),
}
