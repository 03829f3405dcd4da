/**
 * The procedures a person can choose between, by regime, as data. The Act has two competitive
 * tendering procedures, open and competitive flexible (PA 2023 s.20; legal-facts.md "Procedures
 * under PA 2023"): the 2015 Regulations' restricted, CPN, competitive dialogue and innovation
 * partnership are folded into the competitive flexible one. The 2015 Regulations have no
 * competitive flexible procedure; the engine plans a negotiation as CPN there (settings.ts).
 */
import type { RegimeId } from '../regimes'
import type { PlanOptions } from './types'

type Procedure = NonNullable<PlanOptions['procedure']>

const ACT: readonly Procedure[] = ['open', 'competitive-flexible']
/** PCR 2015 regs 27-31; PCS 2015 regs 28-32 (plan-model.md section 3.5). */
const REGULATIONS_2015: readonly Procedure[] = [
  'open',
  'restricted',
  'cpn',
  'competitive-dialogue',
  'innovation-partnership',
]

export const PROCEDURES_BY_REGIME: Record<RegimeId, readonly Procedure[]> = {
  'pa-2023': ACT,
  'pcr-2015': REGULATIONS_2015,
  'pcr-scotland-2015': REGULATIONS_2015,
  // The PSR has no procedures of this kind: the option never changes a PSR plan, so it is not asked.
  'psr-2023': [],
  'psr-wales-2025': [],
}
