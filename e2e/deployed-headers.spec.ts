import { contentSecurityPolicy } from '../deploy/policy'
import { expect, test } from './support/fixtures'

// Runs behind nginx with deploy/nginx only (playwright.nginx.config.ts): what the
// deployed headers do, which `vite preview` (no headers) cannot show.
const headerPolicy = `${contentSecurityPolicy}; frame-ancestors 'none'`
const result =
  '/result?jurisdiction=england&authority-type=local-authority&approach=transfer-asset&asset-service-obligations=no&asset-value=undervalue'

test('every response carries the policy; the worker gets it too, unweakened', async ({
  request,
}) => {
  const asset = /src="(\/assets\/[^"]+\.js)"/.exec(await (await request.get('/')).text())?.[1]
  expect(asset).toBeDefined()
  for (const path of ['/', '/questions/approach', result, '/sw.js', `${asset}`, '/nope']) {
    const response = await request.get(path)
    expect(response.headers()['content-security-policy'], path).toBe(headerPolicy)
  }
  expect((await request.get('/sw.js')).headers()['cache-control']).toBe('no-cache')
  expect((await request.get(`${asset}`)).headers()['cache-control']).toContain('immutable')
})

test('scripts, styles and pages are sent compressed, as the budgets assume', async ({
  request,
}) => {
  const html = await (await request.get('/')).text()
  const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1]
  const style = /href="(\/assets\/[^"]+\.css)"/.exec(html)?.[1]
  expect(script && style).toBeTruthy()
  for (const path of ['/', result, `${script}`, `${style}`, '/manifest.webmanifest']) {
    const response = await request.get(path, { headers: { 'Accept-Encoding': 'gzip' } })
    expect(response.headers()['content-encoding'], path).toBe('gzip')
    expect(response.headers().vary ?? '', path).toContain('Accept-Encoding')
  }
})

test('a missing asset is not cached, and the manifest has its own type', async ({ request }) => {
  const missing = await request.get('/assets/gone-after-a-deploy-0000.js')
  expect(missing.status()).toBe(404)
  expect(missing.headers()['cache-control'] ?? '').not.toContain('max-age=31536000')
  const manifest = await request.get('/manifest.webmanifest')
  expect(manifest.headers()['content-type']).toBe('application/manifest+json')
})

test('a link longer than nginx reads gets the app, which says the link is too long', async ({
  page,
  pageErrors,
}) => {
  const response = await page.goto(`/result?jurisdiction=${'x'.repeat(10_000)}`)
  expect(response?.status()).toBe(200)
  expect(response?.headers()['content-security-policy']).toBe(headerPolicy)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link is too long')
  expect(pageErrors).toEqual([])
})

test('no page breaks the policy: result and its exports, the map, compare, sessions', async ({
  page,
  pageErrors,
  offOrigin,
}) => {
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)
    })
  })
  await page.goto(result)
  await expect(page.locator('[data-route]')).toBeVisible()
  for (const name of [/Word/, /Markdown/]) {
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()])
  }
  await page.goto('/map')
  // Laying out and drawing the whole model takes seconds on a busy 2-core machine.
  await expect(page.locator('[data-layout="drawn"] svg')).toBeVisible({ timeout: 30_000 })
  await expect(page.locator('[data-node-id="jurisdiction"]')).toBeVisible()
  await page.goto(`/compare?s=${encodeURIComponent(result.split('?')[1] ?? '')}`)
  await expect(page.locator('td [data-route]')).toHaveCount(1)
  await page.goto('/sessions')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your saved sessions')
  expect(pageErrors).toEqual([])
  expect(offOrigin).toEqual([])
})
