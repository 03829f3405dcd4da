/**
 * 1,234,567: a whole number with its thousands grouped, as en-GB writes it. Grouped by
 * hand, not with toLocaleString('en-GB'): the first Intl call on a page loads the locale's
 * data, which took about 300 ms with the CPU slowed 4× on the result page (once in its early
 * paint, once as the app started). money.test.ts compares the two.
 */
export function groupDigits(amount: number): string {
  return String(Math.round(amount)).replace(/\B(?=(\d{3})+$)/g, ',')
}

/** £1,234,567: whole pounds, the way the thresholds are written. */
export function formatPounds(amount: number): string {
  return `£${groupDigits(amount)}`
}
