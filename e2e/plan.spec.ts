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
  await plan.getByRole('button', { name: 'Update the plan' }).focus()
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
