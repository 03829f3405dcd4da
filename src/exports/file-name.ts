/** "Day centre review", 2026-11-25, "docx" -> "day-centre-review-2026-11-25.docx". */
export function recordFileName(title: string | undefined, date: string, extension: string): string {
  const slug = (title ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
  return `${slug || 'route-finder-record'}-${date}.${extension}`
}
