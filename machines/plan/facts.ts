/**
 * The facts of shared/domain/plan/plan-facts.md that the plan's dates rest on where the point is
 * UNVERIFIED: a source citing one of these is marked `unverified`, so the app never states it as fact.
 * A fact confirmed in its text but uncertain in the point a step relies on passes `point`.
 */
import type { SourceRef } from './types'

const unverified = new Set([
  'F-WD-PCR', // which part of the UK's bank holidays PCR 2015 counts
  'F-CCR-2', // the same question for CCR 2016
  'F-WD-PSRW', // the Legislation (Wales) Act 2019 wording of "working day"
  'F-CNT-WITHIN', // "within 30 days of", "within three months of"
  'F-PA-NWD', // a UK6 or UK10 published on a non-working day
  'F-PSR-12-CNT', // whether the PSR England standstill counts its start day
  'F-PSRW-FW-SS', // the day a PSR Wales call-off standstill begins
  'F-PCR-72N', // no time limit found for the reg 72(3) notice
  'F-PCS-72N',
  'F-PA-75', // whether one limb of s.75(2) is enough
  'F-SCA-SAU', // Subsidy Advice Unit periods
  'F-CCR-39', // the 5-day cut on a single-stage 30-day period
])

/** A source line of a step: the instrument, the provision and the fact it was checked as. */
export function src(
  instrument: string,
  provision: string,
  factId: string,
  point?: 'unverified',
): SourceRef {
  const status = point ?? (unverified.has(factId) ? 'unverified' : 'confirmed')
  return { instrument, provision, factId, status }
}
