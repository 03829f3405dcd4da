import { expect, test } from './support/fixtures'

test('the start page and question pages arrive as HTML, before any script runs', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Route Finder')
  await page.goto('/questions/approach?jurisdiction=england&authority-type=local-authority')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What do you want to do?')
  await expect(page.locator('input[name="approach"]')).toHaveCount(5)
  await expect(page).toHaveTitle('What do you want to do? – Route Finder')
  await context.close()
})

test('a prerendered question page hydrates without errors and then applies the answers in its link', async ({
  page,
  pageErrors,
}) => {
  await page.goto(
    '/questions/approach?jurisdiction=england&authority-type=local-authority&approach=transfer-asset',
  )
  await expect(page.locator('input[name="approach"][value="transfer-asset"]')).toBeChecked()
  await expect(page.getByRole('link', { name: 'Back' })).toHaveAttribute(
    'href',
    '/questions/authority-type?jurisdiction=england&authority-type=local-authority&approach=transfer-asset',
  )
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Will the organisation have to deliver services in return for the asset?',
  )
  expect(pageErrors).toEqual([])
})

test('a page that is not prerendered never shows the start page first', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/result?jurisdiction=england')
  await expect(page.getByText('Start now')).toHaveCount(0)
  // Nor a blank page: the layout and a message show while the app loads.
  await expect(page.getByRole('banner')).toContainText('Route Finder')
  await expect(page.getByRole('status')).toHaveText('Loading the page…')
  await context.close()
})
