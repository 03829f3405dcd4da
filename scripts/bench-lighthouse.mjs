// Lighthouse for the benchmark: installed on demand into bench/tmp (not a project
// dependency), run as its CLI with node, mobile form factor and simulated throttling
// (Lighthouse's defaults), in the Chromium the end-to-end tests use.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { launchOptions } from './bench-latency.mjs'

export const LIGHTHOUSE_VERSION = '12.2.3'
const categories = ['performance', 'accessibility', 'best-practices', 'seo']

/** Installs Lighthouse into `prefix` unless that version is there; returns its CLI. */
export function ensureLighthouse(prefix) {
  const pkg = join(prefix, 'node_modules', 'lighthouse', 'package.json')
  const cli = join(prefix, 'node_modules', 'lighthouse', 'cli', 'index.js')
  const installed = existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).version
  if (installed !== LIGHTHOUSE_VERSION) {
    mkdirSync(prefix, { recursive: true })
    console.log(`Installing lighthouse@${LIGHTHOUSE_VERSION} into ${prefix}`)
    const r = spawnSync(
      'npm',
      [
        'install',
        '--no-save',
        '--no-audit',
        '--no-fund',
        '--prefix',
        prefix,
        `lighthouse@${LIGHTHOUSE_VERSION}`,
      ],
      { stdio: 'inherit' },
    )
    if (r.status !== 0) throw new Error(`npm install lighthouse@${LIGHTHOUSE_VERSION} failed`)
  }
  return cli
}

export function chromePath() {
  return launchOptions().executablePath ?? process.env.CHROME_PATH
}

const chromeFlags = () => ['--headless=new', ...launchOptions().args].join(' ')

/** Runs Lighthouse once on `url`; resolves with the figures read from its JSON report. */
export function runLighthouse(cli, url, outFile, { timeoutMs = 180_000 } = {}) {
  return new Promise((resolve, reject) => {
    const args = [
      cli,
      url,
      '--output=json',
      `--output-path=${outFile}`,
      '--quiet',
      `--only-categories=${categories.join(',')}`,
      `--chrome-flags=${chromeFlags()}`,
    ]
    const env = { ...process.env }
    const chrome = chromePath()
    if (chrome) env.CHROME_PATH = chrome
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (d) => {
      stderr += d
    })
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`Lighthouse timed out after ${timeoutMs / 1000} s on ${url}`))
    }, timeoutMs)
    child.on('error', (e) => {
      clearTimeout(timer)
      reject(e)
    })
    child.on('exit', (code) => {
      clearTimeout(timer)
      if (code !== 0) {
        reject(new Error(`Lighthouse exited with ${code}: ${stderr.trim().slice(-500)}`))
        return
      }
      try {
        resolve(readReport(JSON.parse(readFileSync(outFile, 'utf8'))))
      } catch (e) {
        reject(e)
      }
    })
  })
}

/** The scores, LCP, TBT, CLS and the audits that lost points, from one report. */
export function readReport(report) {
  if (report.runtimeError)
    throw new Error(`${report.runtimeError.code}: ${report.runtimeError.message}`)
  const scores = {}
  const failing = {}
  for (const id of categories) {
    const category = report.categories[id]
    scores[id] = category?.score ?? null
    failing[id] = (category?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => report.audits[ref.id])
      .filter((audit) => audit && audit.score !== null && audit.score < 1)
      .map((audit) => ({ id: audit.id, score: audit.score, title: audit.title }))
  }
  const value = (id) => report.audits[id]?.numericValue ?? null
  return {
    scores,
    lcpMs: value('largest-contentful-paint'),
    tbtMs: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    fcpMs: value('first-contentful-paint'),
    failing,
    warnings: report.runWarnings ?? [],
    settings: {
      lighthouseVersion: report.lighthouseVersion,
      formFactor: report.configSettings?.formFactor,
      throttlingMethod: report.configSettings?.throttlingMethod,
      userAgent: report.environment?.hostUserAgent,
    },
  }
}
