import { appReady, axeViolations, expect, test } from './support/fixtures'

// Issue 17, "One source for notices and periods": a light touch competition under the
// Procurement Act 2023 (England), whose next steps name the plan's award notice and standstill.
const lightTouch =
  '/result?jurisdiction=england&authority-type=local-authority&approach=buy-services&existing-procurement=no&health-care=no&provider-relationship=other&service-category=light-touch&user-choice=no&use-framework=no&contract-value=700000&concession=no&innovation=no&single-provider=no&extreme-urgency=no&supported-employment-reservation=no&mutual-reservation=no&relationship-model=conventional'

test('next steps link to the plan rows, the card shows the next dates, by keyboard; no axe violations', async ({
  page,
  pageErrors,
}) => {
  await page.clock.setFixedTime(new Date('2026-12-02T12:00:00Z'))
  await page.goto(lightTouch)
  await appReady(page)
  const plan = page.locator('section.app-plan')
  await expect(plan.getByRole('heading', { name: 'Your procurement plan' })).toBeVisible()

  // The row states its rule in words, above its sources.
  const standstillRow = plan.locator('[data-step="pa.standstill.voluntary"]')
  await expect(standstillRow.locator('.app-plan__rule')).toHaveText(
    /^At least 8 working days from “Contract award notice”, counting its day as the first/,
  )

  // A next step's words are a link to the step's row: Enter moves focus and scroll there.
  const nextSteps = page.locator('#next-steps + ol')
  const link = nextSteps.getByRole('link', { name: 'a voluntary standstill' })
  await expect(link).toHaveAttribute('href', '#plan-step-pa-standstill-voluntary')
  await expect(nextSteps).not.toContainText('(plan:')
  await link.focus()
  await page.keyboard.press('Enter')
  await expect(standstillRow).toBeFocused()
  await expect(standstillRow).toBeInViewport()
  await nextSteps.screenshot({ path: 'test-results/screenshots/plan-links-next-steps.png' })

  // No date yet, so the card has no next dates; the dates pinned in the plan give them.
  const card = page.locator('.app-result-summary')
  await expect(card.getByRole('heading', { name: 'Next dates' })).toHaveCount(0)
  await plan.locator('summary', { hasText: 'Set your own dates' }).focus()
  await page.keyboard.press('Enter')
  await plan.locator('#plan-pa-uk4-day').focus()
  for (const part of ['4', '1', '2027']) {
    await page.keyboard.type(part)
    await page.keyboard.press('Tab')
  }
  await plan.locator('#plan-pa-uk6-day').focus()
  for (const part of ['1', '3', '2027']) {
    await page.keyboard.type(part)
    await page.keyboard.press('Tab')
  }
  await plan.getByRole('button', { name: 'Update the plan', exact: true }).focus()
  await page.keyboard.press('Enter')

  await expect(card.getByRole('heading', { name: 'Next dates' })).toBeVisible()
  const dates = card.locator('.app-plan-next-dates li')
  await expect(dates).toHaveCount(3)
  await expect(dates.nth(0)).toHaveText('4 January 2027 (your date): Tender notice')
  await expect(dates.nth(1)).toHaveText('1 March 2027 (your date): Contract award notice')
  await expect(dates.nth(2)).toContainText('Voluntary standstill ends')
  expect(await axeViolations(page)).toEqual([])
  await card.screenshot({ path: 'test-results/screenshots/plan-links-card.png' })

  const first = dates.first().getByRole('link')
  await first.focus()
  await page.keyboard.press('Enter')
  const uk4Row = plan.locator('[data-step="pa.uk4"]')
  await expect(uk4Row).toBeFocused()
  await expect(uk4Row).toBeInViewport()
  await page.screenshot({ path: 'test-results/screenshots/plan-links-row.png' })
  expect(await axeViolations(page)).toEqual([])
  expect(pageErrors).toEqual([])
})
