const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/** "2026-11-25" -> "25 November 2026", the GOV.UK date style. Pure: no time zone involved. */
export function formatDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number)
  if (!y || !m || !d || m < 1 || m > 12) return isoDate
  return `${d} ${MONTHS[m - 1]} ${y}`
}
