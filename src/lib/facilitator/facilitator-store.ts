import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { safeStorage } from '@/lib/storage/safe-storage'

type FacilitatorState = { enabled: boolean; toggle: () => void }

/** Facilitator mode, for projecting in workshops. Kept per browser. */
export const useFacilitator = create<FacilitatorState>()(
  persist((set) => ({ enabled: false, toggle: () => set((s) => ({ enabled: !s.enabled })) }), {
    name: 'route-finder-facilitator',
    version: 1,
    storage: safeStorage<{ enabled: boolean }>(
      () => window.localStorage,
      () => {},
    ),
    partialize: (s) => ({ enabled: s.enabled }),
    merge: (persisted, current) => ({
      ...current,
      enabled: (persisted as { enabled?: unknown } | undefined)?.enabled === true,
    }),
    skipHydration: true,
  }),
)

export function loadFacilitator() {
  void useFacilitator.persist.rehydrate()
}
