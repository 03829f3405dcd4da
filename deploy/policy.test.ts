import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy } from './policy'

// The built page's meta tag is written from contentSecurityPolicy (vite.config.ts); the
// e2e suite checks the built file. Here the deployments are held to the same policy.
const headerPolicy = `${contentSecurityPolicy}; frame-ancestors 'none'`
const nginxHeaders = readFileSync('deploy/nginx/security-headers.conf', 'utf8')
const staticHeaders = readFileSync('deploy/_headers', 'utf8')

const headerValue = (text: string, name: string) =>
  new RegExp(`${name}:? "?([^"\\n]+)"?`)
    .exec(text)?.[1]
    ?.trim()
    .replace(/"? always;$/, '')

describe('the deployed policy', () => {
  it('is the page’s policy plus frame-ancestors, in nginx and in _headers', () => {
    expect(headerValue(nginxHeaders, 'Content-Security-Policy')).toBe(headerPolicy)
    expect(headerValue(staticHeaders, 'Content-Security-Policy')).toBe(headerPolicy)
  })

  it('stays strict', () => {
    expect(contentSecurityPolicy).not.toMatch(/unsafe-inline|unsafe-eval/)
    expect(contentSecurityPolicy).toContain("script-src 'self'")
    expect(contentSecurityPolicy).toContain("require-trusted-types-for 'script'")
  })

  it('sends the other headers the same way in both', () => {
    const expected: [string, string][] = [
      ['X-Content-Type-Options', 'nosniff'],
      ['Referrer-Policy', 'no-referrer'],
      ['Cross-Origin-Opener-Policy', 'same-origin'],
    ]
    for (const [name, value] of expected) {
      expect(headerValue(nginxHeaders, name)).toBe(value)
      expect(headerValue(staticHeaders, name)).toBe(value)
    }
    expect(headerValue(nginxHeaders, 'Permissions-Policy')).toBe(
      headerValue(staticHeaders, 'Permissions-Policy'),
    )
  })

  it('caches only the hashed assets for a year, and never a missing one (no `always`)', () => {
    const site = readFileSync('deploy/nginx/route-finder.conf', 'utf8')
    const immutable = site.split('\n').filter((line) => line.includes('immutable'))
    expect(immutable).toHaveLength(1)
    expect(immutable[0]).not.toMatch(/\balways\b/)
  })

  it('sets no header in two _headers rules that match one path (hosts merge them)', () => {
    // Rule blocks: a path line, then indented "Name: value" lines.
    const rules = staticHeaders
      .split(/\n(?=\/)/)
      .map((block) => block.split('\n').filter((line) => line && !line.startsWith('#')))
      .filter((lines) => lines[0]?.startsWith('/'))
      .map(([pattern = '', ...lines]) => ({
        matches: new RegExp(`^${pattern.replace(/[.]/g, '\\.').replace(/\*/g, '.*')}$`),
        names: lines.map((line) => line.trim().split(':')[0]?.toLowerCase()),
      }))
    for (const path of [
      '/',
      '/questions/approach',
      '/sw.js',
      '/assets/index-abc.js',
      '/manifest.webmanifest',
    ]) {
      const names = rules.filter((r) => r.matches.test(path)).flatMap((r) => r.names)
      expect(new Set(names).size, path).toBe(names.length)
    }
    expect(headerValue(staticHeaders, 'Cache-Control')).toBe('public, max-age=31536000, immutable')
  })

  it('gives the web manifest its own content type in nginx and _headers', () => {
    const site = readFileSync('deploy/nginx/route-finder.conf', 'utf8')
    expect(site).toMatch(
      /location = \/manifest\.webmanifest \{[\s\S]*?default_type application\/manifest\+json;/,
    )
    expect(headerValue(staticHeaders, 'Content-Type')).toBe('application/manifest+json')
  })

  // With Debian's nginx installed (CI installs it) the config must pass `nginx -t`;
  // without it, at least its blocks must balance.
  const nginx = spawnSync('sh', ['-c', 'command -v nginx']).stdout?.toString().trim()
  it(nginx ? 'passes nginx -t' : 'has balanced blocks (nginx is not installed here)', () => {
    const config = readFileSync('deploy/nginx/route-finder.conf', 'utf8')
    expect(config.split('{').length).toBe(config.split('}').length)
    if (!nginx) return
    const dir = mkdtempSync(join(tmpdir(), 'route-finder-nginx-'))
    const site = readFileSync('deploy/nginx/route-finder.conf', 'utf8').replace(
      /include \/etc\/nginx\/route-finder\/security-headers.conf;/g,
      `include ${join(process.cwd(), 'deploy/nginx/security-headers.conf')};`,
    )
    writeFileSync(join(dir, 'site.conf'), site)
    writeFileSync(
      join(dir, 'nginx.conf'),
      `pid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\nevents {}\nhttp {\n  include ${join(dir, 'site.conf')};\n}\n`,
    )
    const run = spawnSync(nginx as string, ['-t', '-c', join(dir, 'nginx.conf'), '-p', dir], {
      encoding: 'utf8',
    })
    expect(run.stderr).toContain('test is successful')
  })
})
