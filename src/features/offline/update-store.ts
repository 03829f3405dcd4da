import { create } from 'zustand'

type UpdateState = {
  /** A new version is waiting; the page offers to reload rather than swap under the user. */
  waiting: boolean
  apply: () => void
}

export const useUpdate = create<UpdateState>(() => ({ waiting: false, apply: () => {} }))
