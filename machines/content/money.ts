/** £1,234,567: whole pounds, the way the thresholds are written. */
export function formatPounds(amount: number): string {
  return `£${Math.round(amount).toLocaleString('en-GB')}`
}
