#!/usr/bin/env node
// Every test, in order: type check, lint, unit and component tests, build, then the
// Playwright suite against the built app. Ends with one line counted from the
// runners' own JSON reports.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { ensureBrowser } from './browser.mjs'

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

function readJson(path) {
  try {
    return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined
  } catch {
    return undefined
  }
}
const vitest = readJson(`${reports}/vitest.json`)
const playwright = readJson(`${reports}/playwright.json`)
const passed =
  (vitest?.numPassedTests ?? 0) +
  (playwright?.stats?.expected ?? 0) +
  (playwright?.stats?.flaky ?? 0)
const failed = (vitest?.numFailedTests ?? 0) + (playwright?.stats?.unexpected ?? 0)
if (failures.length > 0) console.log(`\nFailed steps: ${failures.join(', ')}`)
console.log(`tests: ${passed} passed, ${failed} failed`)
process.exit(failures.length > 0 || failed > 0 ? 1 : 0)
