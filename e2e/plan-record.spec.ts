import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { appReady, axeViolations, expect, test } from './support/fixtures'
import { pdfText } from './support/pdf-text'

// A light touch competition under the Procurement Act 2023 (England), as case B01 of the plan.
const lightTouch =
  '/result?jurisdiction=england&authority-type=local-authority&approach=buy-services&existing-procurement=no&health-care=no&provider-relationship=other&service-category=light-touch&user-choice=no&use-framework=no&contract-value=700000&concession=no&innovation=no&single-provider=no&extreme-urgency=no&supported-employment-reservation=no&mutual-reservation=no&relationship-model=conventional'

const planOf = (page: Page) => page.locator('section.app-plan')
const uk6Of = (page: Page) => planOf(page).locator('[data-step="pa.uk6"]')

/** Pins the contract award notice (UK6) on 18 March 2027 through "Set your own dates". */
async function pinAwardNotice(page: Page) {
  const plan = planOf(page)
  await expect(plan.getByRole('heading', { name: 'Your procurement plan' })).toBeVisible()
  await plan.locator('summary', { hasText: 'Set your own dates' }).click()
  await plan.locator('#plan-pa-uk6-day').fill('18')
  await plan.locator('#plan-pa-uk6-month').fill('3')
  await plan.locator('#plan-pa-uk6-year').fill('2027')
  await plan.getByRole('button', { name: 'Update the plan', exact: true }).click()
  await expect(uk6Of(page)).toContainText('18 March 2027 (your date)')
}

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-02T12:00:00Z'))
})

test('a pinned date outlives a reload and is in the printed record, with the plan table; no axe violations', async ({
  page,
  pageErrors,
}) => {
  await page.goto(lightTouch)
  await pinAwardNotice(page)
  await page.reload()
  await expect(uk6Of(page)).toContainText('18 March 2027 (your date)')
  // The dates that follow from it moved: the voluntary standstill ends eight working days on.
  await expect(planOf(page).locator('[data-step="pa.standstill.voluntary"]')).toContainText(
    '31 March 2027',
  )
  expect(await axeViolations(page)).toEqual([])

  await page.emulateMedia({ media: 'print' })
  // About the width of A4 between the print margins, to look at the plan as it prints.
  await page.setViewportSize({ width: 680, height: 1000 })
  await planOf(page).screenshot({ path: 'test-results/screenshots/plan-record-print.png' })
  const text = await pdfText(await page.pdf({ format: 'A4' }))
  expect(text).toContain('Your procurement plan')
  expect(text).toMatch(/Steps and dates Step Date Rule and source/)
  expect(text).toMatch(/Contract award notice .*18 March 2027 \(your date\)/)
  expect(text).toContain('Contract entered into')
  // The tenth reason printed as "0." when its first digit was cut off.
  expect(text).toContain('10. The estimated value of £700,000')
  expect(pageErrors).toEqual([])
})

test('the plan is in the Markdown and JSON records, and a JSON file and a saved session bring it back', async ({
  page,
  browser,
  context,
}) => {
  await page.goto(lightTouch)
  await pinAwardNotice(page)

  const [md] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /Markdown/ }).click(),
  ])
  const markdown = readFileSync(await md.path(), 'utf8')
  expect(markdown).toContain('## Your procurement plan')
  expect(markdown).toContain('| Step | Date | Rule and source |')
  expect(markdown).toMatch(/\| UK6 Contract award notice\.[^|]*\| 18 March 2027 \(your date\) \|/)

  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /JSON/ }).click(),
  ])
  const path = await json.path()
  const record = JSON.parse(readFileSync(path, 'utf8'))
  expect(record.version).toBe(2)
  expect(record.plan).toEqual({ pinned: { 'pa.uk6': '2027-03-18' } })

  // A fresh browser opens the file: the plan comes back with the pinned date.
  const other = await browser.newContext()
  const fresh = await other.newPage()
  await fresh.clock.setFixedTime(new Date('2026-12-02T12:00:00Z'))
  await fresh.goto('/open')
  await appReady(fresh)
  await fresh.locator('input[type="file"]').setInputFiles(path)
  await expect(fresh.locator('[data-route]')).toBeVisible()
  await expect(uk6Of(fresh)).toContainText('18 March 2027 (your date)')
  await other.close()

  // A saved session, resumed in another tab (which starts with no draft of its own).
  await page.getByRole('button', { name: 'Save this session' }).click()
  await expect(page.getByText('Saved in this browser.')).toBeVisible()
  const tab = await context.newPage()
  await tab.clock.setFixedTime(new Date('2026-12-02T12:00:00Z'))
  await tab.goto('/sessions')
  await appReady(tab)
  await tab.getByRole('link', { name: /^Resume/ }).click()
  await expect(tab.locator('[data-route]')).toBeVisible()
  await expect(uk6Of(tab)).toContainText('18 March 2027 (your date)')
  expect(await axeViolations(tab)).toEqual([])
})

test('a record file whose plan names a step of no plan is refused, saying why, and changes nothing', async ({
  page,
}) => {
  await page.goto(lightTouch)
  await pinAwardNotice(page)
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /JSON/ }).click(),
  ])
  const record = JSON.parse(readFileSync(await json.path(), 'utf8'))
  record.plan.pinned = { 'pa.uk99': '2027-03-18' }
  await page.goto('/open')
  await page.locator('input[type="file"]').setInputFiles({
    name: 'record.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(record)),
  })
  await expect(page.locator('.govuk-error-summary [role="alert"]')).toContainText(
    'The record’s plan has a date for "pa.uk99", which is not a step of this plan.',
  )
  expect(await axeViolations(page)).toEqual([])
  await page.goto(lightTouch)
  await expect(uk6Of(page)).toContainText('18 March 2027 (your date)')
})
