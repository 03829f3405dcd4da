// What the Procurement Act asks a permitted change to publish and wait for (decision model 8.8.2):
// the contract change notice (s.75), the voluntary standstill (s.76) and the publication of the
// modified contract (s.77). 8.11 items 1, 2 and 18 stay "check".
import { modificationLimits, termWithinTenth } from '../../modification-arithmetic'
import { formatPounds } from '../money'
import type { Reference, RouteContext } from '../route-content'
import {
  atMost,
  convertible,
  type ModificationFigures,
  minorCap,
  modAnswer,
  valueAfter,
  valueBefore,
} from './figures'
import { actRefs, changeNoticeContent, welshPlatform } from './references'

/** Why a contract change notice is or is not due. */
export type ChangeNoticeDuty =
  /** A notice before the change: s.75(1). */
  | 'required'
  /** Both limbs of s.75(2) hold (the model's cautious reading, 8.11 item 1). */
  | 'exempt'
  /** s.75(6)(b): light touch contracts are outside s.75. */
  | 'light-touch'
  /** s.75(6)(d): a transferred Northern Ireland authority (mod-ni-transferred = yes). */
  | 'ni-transferred'

/** The contract change notice duty for a permitted change under the Act (8.8.2). */
export function changeNoticeDuty(
  ctx: RouteContext,
  f: ModificationFigures | undefined,
  restructuring: boolean,
): ChangeNoticeDuty {
  if (modAnswer(ctx, 'mod-contract-category') === 'light-touch-services') return 'light-touch'
  if (modAnswer(ctx, 'mod-ni-transferred') === 'yes') return 'ni-transferred'
  if (restructuring || f === undefined) return 'required'
  const termWithin =
    f.maxTermMonths === undefined ||
    f.extensionMonths === undefined ||
    termWithinTenth(f.extensionMonths, f.maxTermMonths)
  return termWithin && atMost(f.changeValue, valueBefore(f), minorCap(f)) ? 'exempt' : 'required'
}

/** s.77 applies only where a notice was required and the value is over £5 million. */
const overFiveMillion = (f: ModificationFigures | undefined) =>
  f !== undefined && valueAfter(f) > modificationLimits.publicationPounds

/** The next steps on notices, standstill and publication, in order. */
export function actNoticeSteps(
  ctx: RouteContext,
  f: ModificationFigures | undefined,
  restructuring = false,
): string[] {
  const duty = changeNoticeDuty(ctx, f, restructuring)
  const wales = ctx.jurisdiction === 'wales'
  const platform = wales
    ? 'through the Welsh digital platform, which passes it to the central digital platform'
    : 'on the central digital platform (Find a Tender)'
  const steps: string[] = []
  if (duty === 'light-touch')
    return [
      'No contract change notice is needed, because light touch contracts are outside s.75 (s.75(6)(b)).',
    ]
  if (duty === 'ni-transferred')
    return [
      'As a transferred Northern Ireland authority you publish no contract change notice (s.75(6)(d)), unless the contract was awarded under a UK-wide or Welsh arrangement: check which.',
    ]
  if (duty === 'exempt') {
    steps.push(
      'No contract change notice is needed, because the change is 10% or less of the value (15% for works) and of the longest term (s.75(2)). Check whether one limb alone is enough.',
      'If you are unsure the exemption applies, consider publishing a notice anyway; check whether a voluntary notice carries the s.76 standstill.',
    )
    return steps
  }
  steps.push(
    wales
      ? `Before you make the change, publish a contract change notice ${platform} (s.75). Give the ground, why it applies, and the change in value and term; check the Welsh rules on its content.`
      : `Before you make the change, publish a contract change notice ${platform} (s.75). Include what reg 40 requires: the ground, why it applies, and the change in value and term.`,
    'Set a voluntary standstill of at least 8 working days in the notice, beginning with the day it is published, and make the change only after it ends (s.76).',
  )
  if (overFiveMillion(f)) {
    const condition = wales
      ? ' If you are a devolved Welsh authority, this applies only if the contract was awarded under a reserved procurement arrangement (s.77(3)).'
      : ''
    steps.push(
      `Within 90 days of the change, publish a copy of the contract as modified, or of the modification, because its value is over ${formatPounds(modificationLimits.publicationPounds)} (s.77).${condition}`,
    )
  }
  return steps
}

/** Why a standstill is worth having, and the time limits for a claim (8.8.2 notes). */
export const standstillRisk =
  'A claim issued during the standstill suspends the change (s.101). Making the change only after the standstill ends removes one ground for setting it aside (s.105).'

export const claimTimeRisk =
  'A claim to set aside a change must be brought within 30 days of knowledge, and within six months of the change (s.106). A court must set aside a change in breach where a set-aside condition is met, unless the public interest overrides it.'

/** A convertible contract: the notice duties apply to it from now on (8.8.2). */
export function convertibleSentence(f: ModificationFigures | undefined): string | undefined {
  if (!convertible(f) || f?.threshold === undefined) return undefined
  return `This change takes the contract to the threshold of ${formatPounds(f.threshold)} or over, making it a public contract: the notice duties apply to it from now on.`
}

/** References for the notice steps. */
export function actNoticeReferences(
  ctx: RouteContext,
  f: ModificationFigures | undefined,
  restructuring = false,
): Reference[] {
  const duty = changeNoticeDuty(ctx, f, restructuring)
  if (duty === 'light-touch' || duty === 'ni-transferred') return [actRefs.noticeExceptions]
  // Reg 40 is the Cabinet Office's rule; a devolved Welsh authority's notice content is a point
  // to check (8.11 item 18), and no answer says whether a body in Wales is one.
  const wales = ctx.jurisdiction === 'wales'
  const refs = [
    actRefs.changeNotice,
    ...(wales ? [] : [changeNoticeContent]),
    actRefs.voluntaryStandstill,
    actRefs.remedies,
  ]
  if (duty === 'required' && overFiveMillion(f)) refs.push(actRefs.publishModification)
  if (duty === 'required' && wales) refs.push(welshPlatform)
  return refs
}
