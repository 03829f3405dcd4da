import { ruleset } from '@machines/ruleset'
import { useSyncExternalStore } from 'react'

const noSubscription = () => () => {}

/** Today as YYYY-MM-DD in the person's own time zone. */
export function isoToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/**
 * Today's date, read outside render so prerendered HTML and hydration agree: the server
 * snapshot is the ruleset's check date, the browser's is the real day.
 */
export function useToday(): string {
  return useSyncExternalStore(noSubscription, isoToday, () => ruleset.checked)
}
