import { readFile } from 'node:fs/promises'
import { appReady, axeViolations, expect, test } from './support/fixtures'

// A most suitable provider process under the Provider Selection Regime (England).
const msp =
  '/result?jurisdiction=england&authority-type=nhs&approach=buy-services&existing-procurement=no&health-care=yes&psr-existing-only=no&psr-patient-choice=no&psr-framework=no&psr-urgent=no&psr-continue-existing=no&psr-most-suitable=yes'

test('the procurement plan: set dates with the keyboard and the dependent dates move; no axe violations', async ({
  page,
}) => {
  await page.goto(msp)
  await appReady(page)
  const plan = page.locator('section.app-plan')
  await expect(plan.getByRole('heading', { name: 'Your procurement plan' })).toBeVisible()
  await expect(plan.locator('[data-step="psr.standstill"]')).toContainText('No computed date')

  await plan.locator('summary', { hasText: 'Set your own dates' }).focus()
  await page.keyboard.press('Enter')
  await plan.locator('#plan-psr-msp-intent-follow-day').focus()
  for (const part of ['1', '2', '2027']) {
    await page.keyboard.type(part)
    await page.keyboard.press('Tab')
  }
  await plan.locator('#plan-psr-intent-msp-day').focus()
  for (const part of ['3', '3', '2027']) {
    await page.keyboard.type(part)
    await page.keyboard.press('Tab')
  }
  await plan.getByRole('button', { name: 'Update the plan', exact: true }).focus()
  await page.keyboard.press('Enter')

  await expect(plan.locator('[data-step="psr.msp.step2"]')).toContainText('15 February 2027')
  const standstill = plan.locator('[data-step="psr.standstill"]')
  await expect(standstill).toContainText('16 March 2027')
  await expect(standstill).toContainText('Check: 15 March 2027 if the start day counts')
  await expect(plan.locator('[data-step="psr.award-notice.after-standstill"]')).toContainText(
    '15 April 2027',
  )
  expect(await axeViolations(page)).toEqual([])

  const [file] = await Promise.all([
    page.waitForEvent('download'),
    plan.getByRole('button', { name: 'Add to calendar (.ics)' }).click(),
  ])
  expect(file.suggestedFilename()).toBe('procurement-plan.ics')
  const ics = (await readFile((await file.path()) as string, 'utf8')).replace(/\r\n /g, '')
  const events = ics.split('BEGIN:VEVENT').slice(1)
  const standstillEvent = events.find((e) =>
    /UID:[0-9a-f]{16}-psr\.standstill@route-finder/.test(e),
  )
  expect(standstillEvent).toContain('DTSTART;VALUE=DATE:20270316')
  expect(events.every((e) => e.includes('\r\nEND:VEVENT'))).toBe(true)
})

// A light touch competition under the Procurement Act 2023 (England), as case B01 of the plan.
const lightTouch =
  '/result?jurisdiction=england&authority-type=local-authority&approach=buy-services&existing-procurement=no&health-care=no&provider-relationship=other&service-category=light-touch&user-choice=no&use-framework=no&contract-value=700000&concession=no&innovation=no&single-provider=no&extreme-urgency=no&supported-employment-reservation=no&mutual-reservation=no&relationship-model=conventional'

test('the procurement plan: work back from a date with the keyboard and see latest dates; no axe violations', async ({
  page,
  pageErrors,
}) => {
  await page.clock.setFixedTime(new Date('2026-12-02T12:00:00Z'))
  await page.goto(lightTouch)
  const plan = page.locator('section.app-plan')
  await expect(plan.getByRole('heading', { name: 'Your procurement plan' })).toBeVisible()

  await plan.locator('summary', { hasText: 'Work back from a date' }).focus()
  await page.keyboard.press('Enter')
  // Tab into the radios, choose the first, then on through the date's three fields.
  await page.keyboard.press('Tab')
  await expect(plan.getByLabel('The new contract must start by')).toBeFocused()
  await page.keyboard.press('Space')
  await page.keyboard.press('Tab')
  await expect(plan.locator('#plan-target-day')).toBeFocused()
  for (const part of ['1', '4', '2027']) {
    await page.keyboard.type(part)
    await page.keyboard.press('Tab')
  }
  await expect(plan.getByRole('button', { name: 'Plan back from this date' })).toBeFocused()
  await page.keyboard.press('Enter')

  await expect(plan.getByRole('status')).toContainText('Working back from 1 April 2027')
  const uk6 = plan.locator('[data-step="pa.uk6"]')
  await expect(uk6).toContainText('18 March 2027')
  await expect(uk6).toContainText('latest date')
  await expect(plan.locator('[data-step="pa.tender-deadline"]')).toContainText(
    'No statutory period: allow your own period before “Contract award notice”.',
  )
  expect(await axeViolations(page)).toEqual([])

  // A date the statutory minimums cannot reach: the error summary says which step has passed.
  await plan.locator('#plan-target-day').focus()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type('10')
  await page.keyboard.press('Tab')
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type('12')
  await page.keyboard.press('Tab')
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type('2026')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  const summary = plan.getByRole('alert')
  await expect(summary).toContainText('Contract award notice: its latest date, 27 November 2026')
  await expect(plan.locator('.govuk-error-summary')).toBeFocused()
  // The row says so too, not only the summary.
  await expect(plan.locator('[data-step="pa.uk6"] .govuk-tag')).toHaveText('Date passed')
  await plan
    .locator('[data-step="pa.uk6"]')
    .screenshot({ path: 'test-results/screenshots/plan-passed-row.png' })
  expect(await axeViolations(page)).toEqual([])
  expect(pageErrors).toEqual([])
})

// A council's community asset transfer at an undervalue (England): no procurement notices.
const transfer =
  '/result?jurisdiction=england&authority-type=local-authority&approach=transfer-asset&asset-service-obligations=no&asset-value=undervalue'

test('the procurement plan of a route with no procurement notices: its undated steps, and the open-space and subsidy steps it may need; no axe violations', async ({
  page,
}) => {
  await page.goto(transfer)
  await appReady(page)
  const plan = page.locator('section.app-plan')
  const none = plan.locator('.app-plan__none')
  await expect(none).toContainText('No procurement notices.')
  await expect(none.getByRole('listitem')).toContainText(['best consideration'])
  await expect(plan.locator('[data-step="lga.open-space.advert-1"]')).toContainText(
    'Required if a principal council in England or Wales disposes of open space',
  )
  await expect(plan.locator('[data-step="sca.database"]')).toContainText(
    'Required if the transfer is a subsidy',
  )
  expect(await axeViolations(page)).toEqual([])
  await plan.screenshot({ path: 'test-results/screenshots/plan-no-notices.png' })
})
