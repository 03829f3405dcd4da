#!/usr/bin/env node
// npm run audit: the production dependencies' advisories. Exits 1 on a high or critical
// advisory; when the advisory service cannot be reached (a registry mirror that refuses
// the bulk endpoint, no network) it says so on a line starting WARNING: and exits 0,
// never silently and never as a pass it did not check.
import { spawnSync } from 'node:child_process'
import { pathToFileURL } from 'node:url'

/** What npm audit's JSON says: { code, lines } for the exit code and what to print. */
export function auditVerdict(text) {
  let report
  try {
    report = JSON.parse(text)
  } catch {
    report = undefined
  }
  const counts = report?.metadata?.vulnerabilities
  if (!counts || typeof counts !== 'object') {
    const why = report?.message ?? report?.error?.summary ?? 'no readable report'
    return {
      code: 0,
      lines: [
        `WARNING: the advisory service could not be reached (${why}). Dependencies are NOT checked: run npm run audit where the registry serves advisories.`,
      ],
    }
  }
  const high = (counts.high ?? 0) + (counts.critical ?? 0)
  const names = Object.entries(report.vulnerabilities ?? {})
    .filter(([, v]) => v.severity === 'high' || v.severity === 'critical')
    .map(([name, v]) => `  ${name}: ${v.severity}`)
  return high > 0
    ? {
        code: 1,
        lines: [`${high} high or critical advisories in production dependencies:`, ...names],
      }
    : { code: 0, lines: [`No high or critical advisories (${counts.total ?? 0} in all).`] }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' })
  const { code, lines } = auditVerdict(run.stdout ?? '')
  for (const line of lines) (code === 0 ? console.log : console.error)(line)
  process.exit(code)
}
