import { axeViolations, expect, test } from './support/fixtures'

// Issue 19: questions people can answer, and what every page shares (Back, the phase
// banner, the header menu on a phone, the compare table at 320 px).

const toValue =
  'jurisdiction=england&authority-type=local-authority&approach=buy-services&existing-procurement=no&health-care=no&provider-relationship=other&service-category=standard&use-framework=no'
const toMutualConditions =
  'jurisdiction=england&authority-type=local-authority&approach=buy-services&existing-procurement=no&health-care=no&provider-relationship=other&service-category=light-touch&user-choice=no&use-framework=no&contract-value=900000&concession=no&innovation=no&single-provider=no&extreme-urgency=no&supported-employment-reservation=no&mutual-reservation=yes'
const toPsrContinue =
  'jurisdiction=england&authority-type=nhs&approach=buy-services&existing-procurement=no&health-care=yes&psr-existing-only=no&psr-patient-choice=no&psr-framework=no&psr-urgent=no'

test('the browser’s Back brings the previous question back with its answer chosen', async ({
  page,
}) => {
  await page.goto('/questions/jurisdiction')
  const form = page.locator('main form[data-question]')
  for (const [question, value] of [
    ['jurisdiction', 'wales'],
    ['authority-type', 'nhs'],
  ] as const) {
    await form.locator(`input[name="${question}"][value="${value}"]`).check()
    await page.getByRole('button', { name: 'Continue' }).click()
  }
  await expect(form).toHaveAttribute('data-question', 'approach')
  await page.goBack()
  await expect(form).toHaveAttribute('data-question', 'authority-type')
  await expect(page.getByRole('radio', { name: 'NHS body' })).toBeChecked()
  await page.goBack()
  await expect(form).toHaveAttribute('data-question', 'jurisdiction')
  await expect(page.getByRole('radio', { name: 'Wales' })).toBeChecked()
  // Forward again, and the answers carry on as before.
  await page.goForward()
  await expect(page.getByRole('radio', { name: 'NHS body' })).toBeChecked()
})

test('the value page takes "2.4m", and Back shows it again', async ({ page }) => {
  await page.goto(`/questions/contract-value?${toValue}`)
  await page
    .getByRole('textbox', { name: 'What is the estimated value of the contract?' })
    .fill('2.4m')
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(page).toHaveURL(/contract-value=2400000/)
  await expect(page.locator('main form[data-question]')).not.toHaveAttribute(
    'data-question',
    'contract-value',
  )
  await page.goBack()
  await expect(page.locator('#contract-value')).toHaveValue('2400000')
})

test('the value page: a £ prefix, the start date as its own question, clear refusals', async ({
  page,
}) => {
  await page.goto(`/questions/contract-value?${toValue}`)
  await expect(page.locator('.govuk-input__prefix')).toHaveText('£')
  await expect(
    page.getByRole('group', { name: 'When did or will the procurement start? (optional)' }),
  ).toBeVisible()
  await page.locator('#contract-value').fill('2.4.1')
  await page.locator('#startDate-day').fill('1')
  await page.locator('#startDate-month').fill('1')
  await page.locator('#startDate-year').fill('2025')
  await page.getByRole('button', { name: 'Continue' }).click()
  const summary = page.locator('.govuk-error-summary')
  await expect(summary).toContainText('Enter the value with one decimal point at most, like 2.4m')
  // The contradicted answer is named in its own words.
  await expect(summary).toContainText(
    'because you answered “No, it started on or after that date, or has not started” to “Did this procurement formally start before 24 February 2025?”',
  )
  expect(await axeViolations(page)).toEqual([])
})

test('conditions read as checklists, with where to check them', async ({ page }) => {
  test.slow() // two pages, each through axe
  await page.goto(`/questions/mutual-conditions?${toMutualConditions}`)
  const hint = page.locator('#mutual-conditions-hint')
  await expect(hint).toContainText('All of these must be true:')
  await expect(hint.getByRole('listitem')).toHaveCount(3)
  await expect(hint.getByRole('link')).toHaveAttribute(
    'href',
    'https://www.legislation.gov.uk/uksi/2024/692/schedule/1',
  )
  expect(await axeViolations(page)).toEqual([])
  await page.goto(`/questions/psr-continue-existing?${toPsrContinue}`)
  await expect(page.locator('#psr-continue-existing-hint').getByRole('listitem')).toHaveCount(4)
  expect(await axeViolations(page)).toEqual([])
})

test('a beta phase banner, with no feedback link when no address was built in', async ({
  page,
  pageErrors,
}) => {
  await page.goto('/')
  const banner = page.locator('.app-phase-banner')
  await expect(banner).toContainText('Beta')
  await expect(banner).toContainText('This is a new service.')
  // This build has no VITE_FEEDBACK_EMAIL (src/config/feedback.test.ts covers the link).
  await expect(banner.getByRole('link')).toHaveCount(0)
  await expect(page.getByText(/allow about an hour/)).toBeVisible()
  expect(pageErrors).toEqual([])
})

test('on a phone the header folds behind "Menu"; the compare table scrolls in its box', async ({
  page,
  pageErrors,
}) => {
  test.slow() // three pages at three sizes, one through axe
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/')
  const menu = page.getByRole('button', { name: 'Menu' })
  const map = page.getByRole('link', { name: 'Decision map' })
  await expect(menu).toHaveAttribute('aria-expanded', 'false')
  await expect(map).toBeHidden()
  await menu.click()
  await expect(menu).toHaveAttribute('aria-expanded', 'true')
  await expect(map).toBeVisible()
  expect(await axeViolations(page)).toEqual([])
  // A new page starts with the menu folded.
  await map.click()
  await expect(page.getByRole('heading', { level: 1, name: 'Decision map' })).toBeVisible()
  await expect(menu).toHaveAttribute('aria-expanded', 'false')

  await page.setViewportSize({ width: 320, height: 700 })
  const scenario = (answers: string) => `s=${encodeURIComponent(answers)}`
  await page.goto(
    `/compare?${scenario('jurisdiction=england&authority-type=local-authority&approach=fund-organisation&enforceable-deliverables=no&economic-activity=no')}&${scenario('jurisdiction=wales&authority-type=local-authority&approach=transfer-asset&asset-service-obligations=no&asset-value=full-value')}`,
  )
  await expect(page.locator('table')).toBeVisible()
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    box: document.querySelector('.app-table-scroll')?.scrollWidth ?? 0,
  }))
  expect(widths.page).toBeLessThanOrEqual(320)
  expect(widths.box).toBeGreaterThan(320)

  await page.setViewportSize({ width: 1280, height: 900 })
  await expect(menu).toBeHidden()
  await expect(page.getByRole('link', { name: 'Decision map' })).toBeVisible()
  expect(pageErrors).toEqual([])
})
