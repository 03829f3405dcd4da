import { appReady, axeViolations, expect, test } from './support/fixtures'

// An above-threshold competition under the Procurement Act 2023 (England), open by default.
const competition =
  '/result?jurisdiction=england&authority-type=local-authority&approach=buy-services&existing-procurement=no&health-care=no&provider-relationship=other&service-category=standard&user-choice=no&use-framework=no&contract-value=700000&concession=no&innovation=no&single-provider=no&extreme-urgency=no&supported-employment-reservation=no&mutual-reservation=no&relationship-model=conventional'

test('the plan settings: change the procedure with the keyboard, the steps and dates move and a reload keeps them; no axe violations', async ({
  page,
  pageErrors,
}) => {
  await page.clock.setFixedTime(new Date('2026-12-02T12:00:00Z'))
  await page.goto(competition)
  await appReady(page)
  const plan = page.locator('section.app-plan')
  await expect(plan.getByRole('heading', { name: 'Your procurement plan' })).toBeVisible()

  // Date the tender notice, so the periods after it have dates.
  await plan.locator('summary', { hasText: 'Set your own dates' }).focus()
  await page.keyboard.press('Enter')
  await plan.locator('#plan-pa-uk4-day').focus()
  for (const part of ['1', '3', '2027']) {
    await page.keyboard.type(part)
    await page.keyboard.press('Tab')
  }
  await plan.getByRole('button', { name: 'Update the plan', exact: true }).focus()
  await page.keyboard.press('Enter')
  const tenders = plan.locator('[data-step="pa.tender-deadline"]')
  await expect(tenders).toContainText('2027')
  const openDeadline = (await tenders.locator('td').nth(1).textContent()) ?? ''
  await expect(plan.locator('[data-step="pa.participation-deadline"]')).toHaveCount(0)

  await plan.locator('summary', { hasText: 'Change the plan’s settings' }).focus()
  await page.keyboard.press('Enter')
  // Tab into the procedure radios (the default, open, is selected), then choose the next one.
  await page.keyboard.press('Tab')
  await expect(plan.getByLabel('Open procedure')).toBeFocused()
  await expect(plan.getByLabel('Open procedure')).toBeChecked()
  await page.keyboard.press('ArrowDown')
  await expect(plan.getByLabel('Competitive flexible procedure')).toBeChecked()
  // The question about a participation stage now matters, and follows.
  const stage = plan.getByRole('group', { name: 'Will there be a participation stage?' })
  await expect(stage).toBeVisible()
  await page.keyboard.press('Tab')
  await expect(stage.getByLabel('No')).toBeFocused()
  await page.keyboard.press('ArrowLeft')
  await expect(stage.getByLabel('Yes')).toBeChecked()
  await plan.getByRole('button', { name: 'Save plan settings' }).focus()
  await page.keyboard.press('Enter')

  await expect(plan.getByText('The plan settings are saved')).toBeVisible()
  const participation = plan.locator('[data-step="pa.participation-deadline"]')
  await expect(participation).toContainText('26 March 2027')
  await expect(tenders.locator('td').nth(1)).not.toHaveText(openDeadline)
  expect(await axeViolations(page)).toEqual([])
  await plan
    .locator('details.app-plan-options')
    .screenshot({ path: 'test-results/screenshots/plan-options-form.png' })
  await plan
    .locator('table.app-plan__table')
    .screenshot({ path: 'test-results/screenshots/plan-options-steps.png' })

  // Kept in the record draft: a reload shows the same plan and the same answers.
  await page.reload()
  await expect(plan.locator('[data-step="pa.participation-deadline"]')).toContainText(
    '26 March 2027',
  )
  await plan.locator('summary', { hasText: 'Change the plan’s settings' }).focus()
  await page.keyboard.press('Enter')
  await expect(plan.getByLabel('Competitive flexible procedure')).toBeChecked()
  await expect(
    plan.getByRole('group', { name: 'Will there be a participation stage?' }).getByLabel('Yes'),
  ).toBeChecked()
  expect(pageErrors).toEqual([])
})

// Minimal financial assistance from an English council: the amount decides the database entry.
const assistance =
  '/result?jurisdiction=england&authority-type=local-authority&approach=fund-organisation&enforceable-deliverables=no&economic-activity=yes&mfa-headroom=yes'

test('the plan settings: an amount that is not whole pounds is refused, saying what to enter; no axe violations', async ({
  page,
}) => {
  await page.goto(assistance)
  const plan = page.locator('section.app-plan')
  await plan.locator('summary', { hasText: 'Change the plan’s settings' }).focus()
  await page.keyboard.press('Enter')
  const amount = plan.getByLabel('How much is the subsidy or assistance?')
  await amount.focus()
  await page.keyboard.type('12.50')
  await page.keyboard.press('Enter')
  const summary = plan.locator('.govuk-error-summary')
  await expect(summary).toBeFocused()
  await expect(summary).toContainText('Enter the amount in whole pounds, without pence')
  expect(await axeViolations(page)).toEqual([])
  await plan
    .locator('details.app-plan-options')
    .screenshot({ path: 'test-results/screenshots/plan-options-amount-error.png' })

  // The link in the summary goes to the field; a whole amount under the cut-off drops the entry.
  const database = plan.locator('[data-step="sca.database"]')
  await expect(database).toBeVisible()
  await summary.getByRole('link').press('Enter')
  await expect(amount).toBeFocused()
  await amount.fill('')
  await page.keyboard.type('50,000')
  await page.keyboard.press('Enter')
  await expect(plan.locator('.govuk-error-summary')).toHaveCount(0)
  await expect(database).toHaveCount(0)
  await expect(amount).toHaveValue('50,000')
})
