import { describe, expect, it } from 'vitest'
import { auditVerdict } from './audit.mjs'

const report = (counts: Record<string, number>, vulnerabilities = {}) =>
  JSON.stringify({ auditReportVersion: 2, vulnerabilities, metadata: { vulnerabilities: counts } })

describe('npm run audit', () => {
  it('fails on a high or critical advisory, naming the package', () => {
    const verdict = auditVerdict(
      report({ high: 0, critical: 1, total: 1 }, { docx: { severity: 'critical' } }),
    )
    expect(verdict.code).toBe(1)
    expect(verdict.lines.join('\n')).toContain('docx: critical')
  })
  it('passes with only lower advisories', () => {
    expect(auditVerdict(report({ moderate: 2, high: 0, critical: 0, total: 2 })).code).toBe(0)
  })
  it('warns, loudly, when the advisory service cannot be reached', () => {
    const refused = JSON.stringify({
      message:
        '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
      statusCode: 405,
    })
    for (const text of [refused, '']) {
      const verdict = auditVerdict(text)
      expect(verdict.code).toBe(0)
      expect(verdict.lines[0]).toMatch(/^WARNING: /)
    }
  })
})
