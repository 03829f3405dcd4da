import { axeViolations, expect, test } from './support/fixtures'

test('the start page and question pages arrive as HTML, before any script runs', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Route Finder')
  await page.goto('/questions/approach?jurisdiction=england&authority-type=local-authority')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What do you want to do?')
  // The six options of `approach` in ruleset 2027-01, change-existing-contract among them.
  await expect(page.locator('input[name="approach"]')).toHaveCount(6)
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
    '/questions/authority-type?jurisdiction=england&authority-type=local-authority&approach=transfer-asset&ruleset=2027-01',
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

test('a result link shows the recommendation before the app has loaded, then the whole page', async ({
  browser,
}) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  // Hold back the app's entry, as a slow connection would, until the early result is seen.
  let release: () => void = () => {}
  const held = new Promise<void>((resolve) => {
    release = resolve
  })
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await held
    await route.continue()
  })
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(
    '/result?jurisdiction=england&authority-type=local-authority&approach=buy-services&existing-procurement=no&health-care=no&provider-relationship=other&service-category=light-touch&user-choice=no&use-framework=no&contract-value=800000&concession=no&innovation=no&single-provider=no&extreme-urgency=no&supported-employment-reservation=no&mutual-reservation=yes&mutual-conditions=yes&ruleset=2027-01',
  )
  const h1 = page.getByRole('heading', { level: 1 })
  await expect(h1).toHaveText('Competitive flexible procedure reserved to public service mutuals')
  await expect(page.locator('.govuk-body-l')).toContainText('public service mutual')
  await expect(page.getByRole('status')).toHaveText('The rest of the page is loading.')
  await expect(page).toHaveTitle(
    'Competitive flexible procedure reserved to public service mutuals – Route Finder',
  )
  // Not the app yet: no buttons, and no data-route element for anything to read early.
  expect(await page.locator('html').getAttribute('data-app-ready')).toBeNull()
  await expect(page.locator('[data-route]')).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Print this record' })).toHaveCount(0)
  expect(await axeViolations(page)).toEqual([])

  release()
  await page.locator('html[data-app-ready="true"]').waitFor({ state: 'attached' })
  await expect(page.locator('[data-route]')).toHaveCount(1)
  await expect(page.locator('[data-route]')).toHaveAttribute(
    'data-route',
    'reserved-contract-mutual',
  )
  await expect(h1).toHaveCount(1)
  await expect(page.getByRole('button', { name: 'Print this record' })).toBeVisible()
  expect(errors).toEqual([])
  await context.close()
})

test('Continue pressed before the app has loaded waits for it and keeps the answers', async ({
  browser,
}) => {
  // A page of its own: the suite's pages wait for the app on every navigation.
  const context = await browser.newContext()
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  let release = () => {}
  const held = new Promise<void>((resolve) => {
    release = resolve
  })
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await held
    await route.continue()
  })
  const link = '/questions/approach?jurisdiction=england&authority-type=local-authority'
  await page.goto(link)
  await page.locator('input[name="approach"][value="buy-services"]').check()
  // The prerendered form on its own would send only its fields, as a new page load. The
  // submit event, seen once it has reached the document, says whether the boot module held
  // it: a held submit starts no load, so the address below is final, not merely not yet changed.
  type Watched = { submitHeld?: Promise<boolean> }
  await page.evaluate(() => {
    ;(window as unknown as Watched).submitHeld = new Promise((resolve) =>
      window.addEventListener('submit', (e) => resolve(e.defaultPrevented), { once: true }),
    )
  })
  await page.getByRole('button', { name: 'Continue' }).click()
  expect(await page.evaluate(() => (window as unknown as Watched).submitHeld)).toBe(true)
  expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(link)
  expect(await page.locator('html').getAttribute('data-app-ready')).toBeNull()

  release()
  await expect(page.locator('main form[data-question]')).toHaveAttribute(
    'data-question',
    'existing-procurement',
  )
  await expect(page).toHaveURL(
    /\/questions\/existing-procurement\?jurisdiction=england&authority-type=local-authority&approach=buy-services&ruleset=2027-01$/,
  )
  expect(errors).toEqual([])
  await context.close()
})
