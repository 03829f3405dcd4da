// Sentences every result of the changes journey shows (decision model 8.8.1 and 6.1), written
// once here so a correction reaches every route. "Check" marks each point 8.11 holds as
// UNVERIFIED; none is stated as fact.
import type { RegimeId } from '../../regimes'
import type { Reference, RouteContext } from '../route-content'
import { modAnswer } from './figures'
import { actRefs, psrRefs, regulationsRefs } from './references'

/** The dated decision note: the ground and the evidence a later challenge asks for (8.8.1). */
export const decisionNoteStep =
  'Write a dated decision note: the ground relied on, the evidence for each of its conditions, the figures and percentages, who decided and any declared conflict of interest.'

/** Later tests add earlier changes together, so every change is logged. */
export const changeLogStep =
  'Add this change to a running log of every change to the contract, because later changes are tested together with it.'

/** Local rules still apply (8.8.1). */
export const localRulesStep =
  'Follow your own contract standing orders or procedure rules too: approvals, waivers and the contracts register still apply to a change.'

/** How long to keep the record, by regime (8.8.1; s.98 and modifications is 8.11 item 20). */
export function retentionStep(regime: RegimeId): string {
  switch (regime) {
    case 'pa-2023':
      return 'Keep the record for at least three years. Section 98 requires records of award decisions; check whether it reaches changes, and keep the record anyway.'
    case 'psr-2023':
      return 'Keep the record with your decision records under reg 24, for at least three years.'
    case 'psr-wales-2025':
      return 'Keep the record with your decision records under reg 30, for three years.'
    default:
      return 'Keep the record, and the evidence behind it, for at least three years.'
  }
}

/** Changes that could have been made together are tested together (8.8.1). */
export function splittingRisk(regime: RegimeId): string {
  const where =
    regime === 'pa-2023' ? ' (s.74(7)-(8))' : regime.startsWith('pcr') ? ' (reg 72(2)(b))' : ''
  return `Splitting one change into smaller ones to stay under a limit is not allowed${where}: changes that could reasonably have been made together are tested together.`
}

/** The termination right and the supplier's agreement (8.8.1; Welsh reg 28(1)(a) is 8.11 item 13). */
export function terminationRisk(regime: RegimeId): string {
  const right: Record<RegimeId, string> = {
    'pa-2023': 'under the term the Act implies into it (s.78(2)(a))',
    'pcr-2015': 'under the term reg 73(1)(a) requires',
    'pcr-scotland-2015': 'under the term reg 73(1)(a) requires',
    'psr-2023': 'under the term reg 22(1)(a) requires',
    'psr-wales-2025':
      'under reg 28(1)(a), whose text refers to reg 14 and probably means reg 13 (check)',
  }
  return `A contract changed in breach of the rules can be terminated ${right[regime]}. The supplier agreeing to the change does not stop other suppliers challenging it.`
}

/** The reference for the termination right, by regime. */
export function terminationReference(regime: RegimeId): Reference {
  switch (regime) {
    case 'pa-2023':
      return actRefs.terminationTerm
    case 'pcr-2015':
      return regulationsRefs('pcr-2015').termination
    case 'pcr-scotland-2015':
      return regulationsRefs('pcs-regs-2015').termination
    case 'psr-2023':
      return psrRefs.england.termination
    case 'psr-wales-2025':
      return psrRefs.wales.termination
  }
}

/** The record-keeping reference, by regime (none is stated for the 2015 Regulations). */
export function recordsReferences(regime: RegimeId): Reference[] {
  if (regime === 'pa-2023') return [actRefs.records]
  if (regime === 'psr-2023') return [psrRefs.england.records]
  if (regime === 'psr-wales-2025') return [psrRefs.wales.records]
  return []
}

/**
 * The notes of a result of this journey (6.1, 8.1, 8.5.4, 8.11 items 10-12), for the machine to
 * add to the result's notes after the general ones. Each depends only on the path.
 */
export function modificationNotes(ctx: RouteContext): string[] {
  const notes: string[] = []
  if (ctx.authorityType === 'other-public-body')
    notes.push(
      'This result assumes your organisation is a contracting authority bound by the procurement rules. If the rules do not bind it, they do not limit this change either.',
    )
  if (ctx.regime === 'pcr-scotland-2015')
    notes.push(
      'This result does not cover a call-off under a UK-wide framework by a devolved Scottish body: check which rules govern a change to such a contract.',
    )
  if (ctx.regime === 'pcr-2015' && ctx.reservedBodyInScotland)
    notes.push(
      'Your organisation is a UK-wide body working in Scotland: check which regulations governed this contract when it was procured.',
    )
  const regulations = ctx.regime === 'pcr-2015' || ctx.regime === 'pcr-scotland-2015'
  if (regulations && modAnswer(ctx, 'mod-contract-category') === 'light-touch-services')
    notes.push(
      'We applied reg 72 to this light touch contract, which is a reading of how the Regulations are built: check it.',
    )
  if (
    ctx.regime === 'pcr-scotland-2015' &&
    modAnswer(ctx, 'mod-procurement-start') === 'before-2024'
  )
    notes.push(
      'If the contract was awarded before 18 April 2016, check which rules govern changes to it.',
    )
  if (ctx.regime === 'psr-2023' || ctx.regime === 'psr-wales-2025')
    notes.push(
      'If the contract was awarded under the Public Contracts Regulations 2015, check how their saving and this regime’s rules on changes fit together.',
    )
  if (ctx.regime === 'psr-wales-2025')
    notes.push(
      'For a contract awarded before 24 February 2025, which went through none of the Welsh processes, we applied reg 13(2)-(5), the cautious reading: check it.',
    )
  return notes
}

/**
 * What replaces the social value note in this journey (6.1): the duty to have regard to the
 * procurement objectives (pa-2023) or the procurement principles (the Provider Selection Regimes).
 * Under the 2015 Regulations, for which 6.1 names no duty, a note that states none as law.
 */
export function modificationDuties(ctx: RouteContext): { text: string; references: Reference[] } {
  switch (ctx.regime) {
    case 'pa-2023':
      return {
        text: 'The Act’s procurement objectives, maximising public benefit among them, apply when you manage a contract, so have regard to them in deciding this change (s.12 with s.1(1)(b)). Record how you did.',
        references: [actRefs.objectives],
      }
    case 'psr-2023':
      return {
        text: 'Under the Provider Selection Regime, act in line with the procurement principles when you change a contract, and record how this change serves patients and the public (reg 4).',
        references: [psrRefs.england.principles],
      }
    case 'psr-wales-2025':
      return {
        text: 'Under the Welsh regime, act in line with the procurement principles when you change a contract, and record how this change serves patients and the public (reg 5).',
        references: [psrRefs.wales.principles],
      }
    default:
      // 6.1 names no duty under the 2015 Regulations for a change, so none is stated as law.
      return {
        text: 'The 2015 Regulations set no separate social value duty for a change. Your organisation’s own value for money and social value policies still apply, so record how this change meets them.',
        references: [],
      }
  }
}

/**
 * Test B1 (8.5.3): a contract below the threshold at award that this change takes to it or over.
 * The machine adds this note when it continues past B1 (8.11 item 9).
 */
export const belowAtAwardNote =
  'Your contract was below the threshold when awarded, and this change takes it to the threshold or over. No rule covers this case expressly; we applied reg 72, the cautious course (check).'

/** A supplier's agreement is no defence, and the record is what a challenge asks for. */
export const recordIsTheDefence =
  'If the change is challenged, your decision note and its evidence are what you will rely on, so write them before you make the change.'
