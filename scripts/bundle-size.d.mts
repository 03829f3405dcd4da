export function initialFiles(dist?: string, html?: string): string[]
export function bundleReport(dist?: string): {
  initial: { file: string; gzip: number }[]
  initialGzip: number
  allGzip: number
  lazy: Record<'docx' | 'elk' | 'map' | 'compare', string[]>
}
