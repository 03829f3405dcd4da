#!/usr/bin/env node
// Every test, in order: type check, lint, unit and component tests, build, then the
// Playwright suite against the built app (vite preview), then the specs that depend on
// the deployed headers again behind nginx with deploy/nginx. Ends with one line counted
// from the runners' own JSON reports.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { ensureBrowser } from './browser.mjs'
import { ensureNginx } from './nginx.mjs'

const reports = 'reports'
rmSync(reports, { recursive: true, force: true })
mkdirSync(reports, { recursive: true })

const failures = []
function step(name, command, args, env = {}) {
  console.log(`\n▶ ${name}`)
  const started = Date.now()
  const run = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  if (run.status !== 0) failures.push(name)
  console.log(`${run.status === 0 ? '✔' : '✘'} ${name} (${seconds} s)`)
  return run.status === 0
}

step('type check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json'])
step('lint', 'npx', ['biome', 'check', '.'])
step('unit and component tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${reports}/vitest.json`,
])
const built = step('build', 'npm', ['run', '-s', 'build'])
const browser = ensureBrowser()
if (built && browser.ok) {
  step('end-to-end tests', 'npx', ['playwright', 'test'], browser.env)
} else if (!browser.ok) {
  console.error(browser.message)
  failures.push('browser')
}
const nginx = ensureNginx()
if (built && browser.ok && nginx.ok) {
  step(
    'end-to-end tests behind nginx (deploy/nginx headers)',
    'npx',
    ['playwright', 'test', '-c', 'playwright.nginx.config.ts'],
    { ...browser.env, ...nginx.env },
  )
} else if (!nginx.ok) {
  console.error(nginx.message)
  failures.push('nginx')
}

function readJson(path) {
  try {
    return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined
  } catch {
    return undefined
  }
}
const vitest = readJson(`${reports}/vitest.json`)
// Both Playwright runs count: the same offline spec passing under vite preview and
// failing behind nginx is one pass and one failure.
const playwrightRuns = ['playwright.json', 'playwright-nginx.json'].map((name) =>
  readJson(`${reports}/${name}`),
)
const count = (key) => playwrightRuns.reduce((sum, run) => sum + (run?.stats?.[key] ?? 0), 0)
const passed = (vitest?.numPassedTests ?? 0) + count('expected') + count('flaky')
const failed = (vitest?.numFailedTests ?? 0) + count('unexpected')
if (failures.length > 0) console.log(`\nFailed steps: ${failures.join(', ')}`)
console.log(`tests: ${passed} passed, ${failed} failed`)
process.exit(failures.length > 0 || failed > 0 ? 1 : 0)
