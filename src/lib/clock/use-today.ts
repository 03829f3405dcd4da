import { ruleset } from '@machines/ruleset'
import { useSyncExternalStore } from 'react'
import { isoToday } from './today'

const noSubscription = () => () => {}

/**
 * Today's date, read outside render so prerendered HTML and hydration agree: the server
 * snapshot is the ruleset's check date, the browser's is the real day.
 */
export function useToday(): string {
  return useSyncExternalStore(noSubscription, isoToday, () => ruleset.checked)
}
