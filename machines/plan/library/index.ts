/** Every regime's step library, keyed by step id (plan-model.md section 5): one definition per step. */
import type { RegimeId } from '../../regimes'
import type { StepDef } from '../step'
import { paLibrary } from './pa-2023'
import { pcrLibrary } from './pcr-2015'
import { pcsLibrary } from './pcr-scotland-2015'
import { psrLibrary } from './psr-2023'
import { psrwLibrary } from './psr-wales-2025'
import { neutralLibrary } from './regime-neutral'

const libraries: Record<RegimeId, StepDef[]> = {
  'pa-2023': paLibrary,
  'pcr-2015': pcrLibrary,
  'pcr-scotland-2015': pcsLibrary,
  'psr-2023': psrLibrary,
  'psr-wales-2025': psrwLibrary,
}

const byId = new Map<string, StepDef>(
  [...Object.values(libraries).flat(), ...neutralLibrary].map((d) => [d.id, d]),
)

export const libraryStep = (id: string): StepDef | undefined => byId.get(id)

/** True when the id is a step of the regime's library or a regime-neutral one (the runner refuses others). */
export const inLibrary = (regime: RegimeId, id: string): boolean =>
  libraries[regime].some((d) => d.id === id) || neutralLibrary.some((d) => d.id === id)

export const allStepIds = (): string[] => [...byId.keys()]
