import { expect, test } from '@playwright/test'
import { bundleReport } from '../scripts/bundle-size.mjs'

// Deterministic: reads the built files, no timing. The benchmark reports the same figures.
test('the start page loads at most 120 KB gzip of JS and CSS, and none of the on-demand code', () => {
  const report = bundleReport('dist')
  expect(report.initialGzip).toBeLessThanOrEqual(120 * 1024)
  const initial = report.initial.map((f) => f.file)
  // The boot module's imports count: the app's entry is part of the first load.
  expect(initial.some((file) => /^assets\/index-[^/]+\.js$/.test(file))).toBe(true)
  for (const [name, files] of Object.entries(report.lazy)) {
    for (const file of files)
      expect(initial, `${name} (${file}) must load on demand`).not.toContain(file)
  }
  expect(report.lazy.docx.length).toBeGreaterThan(0)
})
