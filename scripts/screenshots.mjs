#!/usr/bin/env node
// Screenshots of every page type, for a person to look at: `npm run screenshots`
// (builds, serves on port 4318, writes PNGs to screenshots/).
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { chromiumLaunchOptions } from './chromium.mjs'

const port = 4318
const out = 'screenshots'
mkdirSync(out, { recursive: true })
spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' })
const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], {
  stdio: 'ignore',
})
await new Promise((r) => setTimeout(r, 1500))

const browser = await chromium.launch(chromiumLaunchOptions())
const lt =
  'jurisdiction=england&authority-type=local-authority&approach=buy-services&existing-procurement=no&health-care=no&provider-relationship=other&service-category=light-touch'
const pages = {
  start: '/',
  'question-radio': '/questions/approach?jurisdiction=england&authority-type=local-authority',
  'question-not-sure': `/questions/service-category?${lt.replace('&service-category=light-touch', '')}`,
  'question-value': `/questions/contract-value?${lt}`,
  'check-answers': `/check-answers?${lt}&user-choice=no&use-framework=no&contract-value=800000&concession=no&innovation=no&single-provider=no&extreme-urgency=no&supported-employment-reservation=no&mutual-reservation=yes&mutual-conditions=yes`,
  'result-mutual': `/result?${lt}&user-choice=no&use-framework=no&contract-value=800000&concession=no&innovation=no&single-provider=no&extreme-urgency=no&supported-employment-reservation=no&mutual-reservation=yes&mutual-conditions=yes`,
  'result-assumptions':
    '/result?jurisdiction=scotland&authority-type=other-public-body&scotland-body=not-sure&approach=fund-organisation&enforceable-deliverables=no&economic-activity=not-sure&mfa-headroom=not-sure',
  'result-psr':
    '/result?jurisdiction=england&authority-type=nhs&approach=buy-services&existing-procurement=no&health-care=yes&psr-existing-only=no&psr-patient-choice=no&psr-continue-existing=yes',
  'link-problem': '/result?jurisdiction=england&approach=buy-stuff',
  sessions: '/sessions',
  open: '/open',
  compare: `/compare?s=${encodeURIComponent(`${lt}&user-choice=no&use-framework=no&contract-value=800000&concession=no&innovation=no&single-provider=no&extreme-urgency=no&supported-employment-reservation=no&mutual-reservation=yes&mutual-conditions=yes`)}&s=${encodeURIComponent(`${lt}&user-choice=no&use-framework=no&contract-value=800000&concession=no&innovation=no&single-provider=no&extreme-urgency=no&supported-employment-reservation=no&mutual-reservation=no&relationship-model=alliance`)}`,
  map: `/map?${lt}&user-choice=no&use-framework=no&contract-value=800000&concession=no&innovation=no&single-provider=no&extreme-urgency=no&supported-employment-reservation=no&mutual-reservation=no&relationship-model=alliance`,
  'not-covered': '/not-covered',
  'not-found': '/nowhere',
}
const only = process.argv.slice(2)
for (const [name, path] of Object.entries(pages)) {
  if (only.length && !only.includes(name)) continue
  for (const [suffix, viewport] of [
    ['', { width: 1280, height: 900 }],
    ['-mobile', { width: 390, height: 844 }],
  ]) {
    const page = await browser.newPage({ viewport })
    await page.goto(`http://localhost:${port}${path}`)
    await page.locator('main h1').first().waitFor()
    await page.screenshot({ path: `${out}/${name}${suffix}.png`, fullPage: true })
    if (name.startsWith('result') && !suffix) {
      await page.emulateMedia({ media: 'print' })
      await page.screenshot({ path: `${out}/${name}-print.png`, fullPage: true })
      await page.pdf({ path: `${out}/${name}.pdf`, format: 'A4' })
    }
    await page.close()
  }
}
await browser.close()
server.kill()
console.log(`Screenshots in ${out}/`)
