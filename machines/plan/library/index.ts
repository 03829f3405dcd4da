/** Every regime's step library, keyed by step id (plan-model.md section 5): one definition per step. */
import type { RegimeId } from '../../regimes'
import type { StepDef } from '../step'
import { paLibrary } from './pa-2023'

const libraries: Record<RegimeId, StepDef[]> = {
  'pa-2023': paLibrary,
  'pcr-2015': [],
  'pcr-scotland-2015': [],
  'psr-2023': [],
  'psr-wales-2025': [],
}

/** Steps of routes outside procurement law (subsidy control, land), whatever the regime label. */
const neutral: StepDef[] = []

const byId = new Map<string, StepDef>(
  [...Object.values(libraries).flat(), ...neutral].map((d) => [d.id, d]),
)

export const libraryStep = (id: string): StepDef | undefined => byId.get(id)

/** True when the id is a step of the regime's library or a regime-neutral step (the runner refuses others). */
export const inLibrary = (regime: RegimeId, id: string): boolean =>
  libraries[regime].some((d) => d.id === id) || neutral.some((d) => d.id === id)

export const allStepIds = (): string[] => [...byId.keys()]
