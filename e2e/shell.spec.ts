import { readFileSync } from 'node:fs'
import { contentSecurityPolicy } from '../deploy/policy'
import { axeViolations, expect, test } from './support/fixtures'

test('the start page names the service, passes axe and keeps every request on the origin', async ({
  page,
  offOrigin,
  pageErrors,
}) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Route Finder')
  await expect(page.getByRole('button', { name: 'Start now' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Open a saved file' }).first()).toBeVisible()
  await expect(page.getByText('This is not legal advice')).toBeVisible()
  await expect(page.locator('footer')).toContainText('Ruleset 2027-01')
  expect(await axeViolations(page)).toEqual([])
  expect(offOrigin).toEqual([])
  expect(pageErrors).toEqual([])
})

test('keyboard alone reaches and activates "Start now"', async ({ page }) => {
  await page.goto('/')
  const start = page.getByRole('button', { name: 'Start now' })
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab')
    if (await start.evaluate((el) => el === document.activeElement)) break
  }
  await expect(start).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/questions\/jurisdiction/)
})

test('an unknown path shows the not-found page with a way home, also after a reload', async ({
  page,
}) => {
  await page.goto('/no/such/page')
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
  await page.getByRole('link', { name: 'Go to the start page' }).click()
  await expect(page).toHaveURL(/\/$/)
  expect(await axeViolations(page)).toEqual([])
})

for (const [path, heading] of [
  ['/privacy', 'Privacy'],
  ['/accessibility', 'Accessibility statement'],
  ['/not-covered', 'What this tool does not cover yet'],
] as const) {
  test(`${path} renders with its own title and passes axe`, async ({ page, offOrigin }) => {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
    await expect(page).toHaveTitle(new RegExp(heading))
    expect(await axeViolations(page)).toEqual([])
    expect(offOrigin).toEqual([])
  })
}

test('the built page carries the strict CSP and no inline script', async ({ page }) => {
  const html = readFileSync('dist/index.html', 'utf8')
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? ''
  expect(meta).toBe(contentSecurityPolicy)
  for (const directive of [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "require-trusted-types-for 'script'",
  ]) {
    expect(meta.split('; ')).toContain(directive)
  }
  expect(meta).not.toContain('unsafe-inline')
  expect(meta).not.toContain('unsafe-eval')
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)
  await page.goto('/')
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content')
  expect(csp).toBe(contentSecurityPolicy)
})

test('the favicon and robots.txt are real files, not the app', async ({ request }) => {
  const icon = await request.get('/favicon.svg')
  expect(icon.headers()['content-type']).toContain('svg')
  const robots = await request.get('/robots.txt')
  expect(await robots.text()).toContain('User-agent')
})

test('pages carry the favicon in themselves, so it costs no request before the first paint', async ({
  request,
}) => {
  const icon = await request.get('/favicon.svg')
  for (const path of ['/', '/result', '/compare']) {
    const html = await (await request.get(path)).text()
    const href = /<link rel="icon" href="([^"]+)"/.exec(html)?.[1]
    expect(href, path).toMatch(/^data:image\/svg\+xml,/)
    expect(decodeURIComponent(href?.slice('data:image/svg+xml,'.length) ?? '')).toBe(
      (await icon.text()).trim(),
    )
  }
})
