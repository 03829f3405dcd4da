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

test('the plan settings: a grant’s amount is asked once, in the record details, and the plan follows it; no axe violations', async ({
  page,
  pageErrors,
}) => {
  await page.goto(assistance)
  await appReady(page)
  const plan = page.locator('section.app-plan')
  await plan.locator('summary', { hasText: 'Change the plan’s settings' }).focus()
  await page.keyboard.press('Enter')
  const settings = plan.locator('details.app-plan-options')
  // The grant is the subsidy: the settings do not ask its amount again.
  await expect(plan.getByLabel('How much is the subsidy or assistance?')).toHaveCount(0)
  await expect(settings).toContainText('No grant amount is given yet.')
  await settings.getByRole('link', { name: 'Amount (£)' }).press('Enter')
  const amount = page.locator('#record-amount')
  await expect(amount).toBeFocused()

  // An amount that is not whole pounds is refused where it is typed, saying what to enter.
  await page.keyboard.type('12.50')
  await page.keyboard.press('Tab')
  await expect(page.locator('#record-amount-error')).toContainText(
    'Enter the amount in whole pounds, without pence',
  )
  expect(await axeViolations(page)).toEqual([])

  // A whole amount under the £100,000 cut-off drops the database entry; one above brings it back.
  const database = plan.locator('[data-step="sca.database"]')
  await amount.fill('50,000')
  await expect(database).toHaveCount(0)
  await expect(settings).toContainText(
    'The plan uses the grant amount given in the record details under Amount (£): £50,000.',
  )
  await amount.fill('150,000')
  await expect(database).toBeVisible()
  await expect(settings).toContainText('Amount (£): £150,000.')
  expect(await axeViolations(page)).toEqual([])
  await settings.screenshot({ path: 'test-results/screenshots/plan-options-grant-amount.png' })
  await settings.screenshot({ path: 'test-results/screenshots/grant-amount-settings.png' })

  // A reload keeps the amount, and the plan still follows it.
  await page.reload()
  await expect(database).toBeVisible()
  expect(pageErrors).toEqual([])
})

// An asset transfer's subsidy is its undervalue, not the asset's value: its plan asks its own amount.
const transfer =
  '/result?jurisdiction=england&authority-type=local-authority&approach=transfer-asset'

test('the plan settings: an asset transfer’s own amount that is not whole pounds is refused, saying what to enter; no axe violations', async ({
  page,
}) => {
  await page.goto(`${transfer}&asset-service-obligations=no&asset-value=undervalue`)
  await appReady(page)
  // The asset's value in the record details is not the subsidy: the plan does not use it.
  await page.locator('#record-amount').fill('900,000')
  const plan = page.locator('section.app-plan')
  await plan.locator('summary', { hasText: 'Change the plan’s settings' }).focus()
  await page.keyboard.press('Enter')
  await plan.getByLabel('Minimal financial assistance').check()
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
  await summary.getByRole('link').press('Enter')
  await expect(amount).toBeFocused()
  await amount.fill('')
  await page.keyboard.type('50,000')
  await page.keyboard.press('Enter')
  await expect(plan.locator('.govuk-error-summary')).toHaveCount(0)
  await expect(database).toHaveCount(0)
  await expect(amount).toHaveValue('50,000')
})
