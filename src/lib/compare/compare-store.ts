import { create } from 'zustand'
import { MAX_SCENARIOS, type Scenario } from './compare-link'

type CompareState = {
  /** The comparison being put together in this tab, as the compare page last showed it. */
  scenarios: Scenario[]
  /** Adds a scenario unless its answers are there already; false when the set is full. */
  add: (scenario: Scenario) => 'added' | 'already' | 'full'
  /** The compare page's set, taken as the one to add to. */
  replace: (scenarios: Scenario[]) => void
}

/**
 * The comparison being built, shared by the compare page and "Add to compare" in what-if,
 * so a room can add several changed answers and then look at them side by side. The compare
 * URL is still what a comparison is: this only remembers the latest one, in memory.
 */
export const useCompareSet = create<CompareState>()((set, get) => ({
  scenarios: [],
  add: (scenario) => {
    const { scenarios } = get()
    if (scenarios.some((s) => s.query === scenario.query)) return 'already'
    if (scenarios.length >= MAX_SCENARIOS) return 'full'
    set({ scenarios: [...scenarios, scenario] })
    return 'added'
  },
  replace: (scenarios) => set({ scenarios: scenarios.slice(0, MAX_SCENARIOS) }),
}))
