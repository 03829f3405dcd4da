// Finds a Chromium for Playwright, installing one when none is present.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

function playwrightOwn() {
  const probe = spawnSync(
    process.execPath,
    ['-e', "console.log(require('@playwright/test').chromium.executablePath())"],
    { encoding: 'utf8' },
  )
  const path = probe.stdout?.trim()
  return path && existsSync(path) ? path : undefined
}

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0

export function ensureBrowser() {
  if (process.env.CHROMIUM_PATH) {
    return existsSync(process.env.CHROMIUM_PATH)
      ? { ok: true, env: {} }
      : {
          ok: false,
          message: `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist: point it at a Chromium binary.`,
        }
  }
  if (existsSync('/usr/bin/chromium'))
    return { ok: true, env: { CHROMIUM_PATH: '/usr/bin/chromium' } }
  if (playwrightOwn()) return { ok: true, env: {} }
  const root = process.getuid?.() === 0
  if (root && has('apt-get')) {
    console.log('No Chromium found: installing Debian chromium with apt-get.')
    spawnSync('sh', ['-c', 'apt-get update -qq && apt-get install -y -qq chromium'], {
      stdio: 'inherit',
    })
    if (existsSync('/usr/bin/chromium'))
      return { ok: true, env: { CHROMIUM_PATH: '/usr/bin/chromium' } }
  } else {
    console.log('No Chromium found: running npx playwright install chromium.')
    spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' })
    if (playwrightOwn()) return { ok: true, env: {} }
  }
  return {
    ok: false,
    message:
      'No Chromium available. Run `sudo apt-get install -y chromium` (or `npx playwright install chromium`), or set CHROMIUM_PATH to a Chromium binary, then npm test again.',
  }
}
