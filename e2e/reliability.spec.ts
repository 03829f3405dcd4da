import { axeViolations, expect, test } from './support/fixtures'

const result =
  '/result?jurisdiction=england&authority-type=local-authority&approach=transfer-asset&asset-service-obligations=no&asset-value=undervalue'

const hostileLinks: [string, RegExp][] = [
  ['/result?jurisdiction=england&authority-type=local-auth', /answer we do not recognise/],
  [
    '/questions/approach?jurisdiction=england&authority-type=local-authority&approach',
    /answer we do not recognise/,
  ],
  [`/result?jurisdiction=${'x'.repeat(5000)}`, /too long/],
  ['/result?jurisdiction%3Dengland%26authority-type%3Dnhs', /changed on its way/],
  ['/result?colour=blue&jurisdiction=wales', /question we do not recognise/],
  ['/check-answers?jurisdiction=wales&jurisdiction=england', /more than once/],
  ['/result?jurisdiction=england&contract-value=-4', /answer we do not recognise/],
  ['/result?jurisdiction=england&existing-procurement=yes&startDate=2030-01-01', /start date/],
  ['/result?%E0%A4%A=1', /question we do not recognise/],
  ['/questions/not-a-question?jurisdiction=england', /Page not found/],
  ['/questions/mfa-headroom?jurisdiction=england', /does not follow from your answers/],
  [
    '/result?jurisdiction=england&authority-type=nhs&sib-unique=yes',
    /question we do not recognise/,
  ],
]

for (const [link, heading] of hostileLinks) {
  test(`a hostile link (${link.slice(0, 60)}) gets a page that says what was wrong`, async ({
    page,
    pageErrors,
  }) => {
    await page.goto(link)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading)
    await expect(
      page
        .getByRole('link', {
          name: /Start again|Go to the start page|Continue from the last valid question|Start/,
        })
        .first(),
    ).toBeVisible()
    expect(pageErrors).toEqual([])
  })
}

test('the same hostile links are refused per column on /compare, and on /map', async ({
  page,
  pageErrors,
}) => {
  const linkProblems = hostileLinks.filter(([link]) =>
    /^\/(result|check-answers|questions\/approach)\?/.test(link),
  )
  expect(linkProblems.length).toBeGreaterThan(8)
  for (const [link, heading] of linkProblems) {
    const query = link.slice(link.indexOf('?') + 1)
    await page.goto(`/compare?s=${encodeURIComponent(query)}`)
    await expect(page.locator('td[data-link-problem]'), link).toContainText(heading)
    await expect(page.locator('table [data-route]')).toHaveCount(0)
    await page.goto(`/map?${query}`)
    await expect(page.locator('[data-link-problem]'), link).toContainText(heading)
  }
  expect(pageErrors).toEqual([])
})

test('the link problem page passes axe and keeps the valid part', async ({ page }) => {
  await page.goto('/result?jurisdiction=wales&authority-type=nhs&approach=nonsense')
  expect(await axeViolations(page)).toEqual([])
  await expect(page.getByText('We kept the 2 answers that were valid.')).toBeVisible()
  await page.getByRole('link', { name: 'Continue from the last valid question' }).click()
  await expect(page).toHaveURL(
    /\/questions\/approach\?jurisdiction=wales&authority-type=nhs&ruleset=2027-01$/,
  )
})

const storageFaults: [string, () => void, RegExp][] = [
  [
    'foreign JSON',
    () => localStorage.setItem('route-finder-sessions', JSON.stringify({ hello: 'world' })),
    /could not be read, so we set them aside/,
  ],
  [
    'corrupt JSON',
    () => localStorage.setItem('route-finder-sessions', '{"state":'),
    /could not be read, so we set them aside/,
  ],
  [
    // Too big to copy aside within the quota: left exactly as it is.
    'a huge unreadable value',
    () => localStorage.setItem('route-finder-sessions', `{"state":${'x'.repeat(3_000_000)}`),
    /could not be read, so we left them as they are/,
  ],
  [
    'sessions that are not sessions',
    () =>
      localStorage.setItem(
        'route-finder-sessions',
        JSON.stringify({
          version: 1,
          state: { sessions: [{ id: 1 }, { name: 'x', path: '//evil.example' }] },
        }),
      ),
    /could not be read, so we set them aside/,
  ],
  [
    'storage that throws (disabled)',
    () =>
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError')
        },
      }),
    /unavailable in this browser/,
  ],
]

for (const [name, fault, message] of storageFaults) {
  test(`storage with ${name}: the app starts, says so, and keeps working`, async ({ page }) => {
    await page.addInitScript(fault)
    await page.goto('/')
    await expect(page.getByRole('button', { name: 'Start now' })).toBeVisible()
    await expect(page.locator('main')).toContainText(message)
    await page.goto(result)
    await expect(page.locator('[data-route]')).toHaveAttribute(
      'data-route',
      'community-asset-transfer',
    )
    await page.getByRole('button', { name: 'Save this session' }).click()
    await page.goto('/sessions')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your saved sessions')
    expect(await axeViolations(page)).toEqual([])
  })
}

const session = (id: string, name: string, path = '/result') => ({
  id,
  name,
  path,
  query: result.slice(result.indexOf('?')),
  savedAt: '2026-11-30T09:00:00Z',
})

test('two tabs of one browser keep each other’s saves and deletions', async ({ context }) => {
  const [a, b] = [await context.newPage(), await context.newPage()]
  for (const tab of [a, b]) {
    await tab.goto(result)
    await tab.getByRole('button', { name: 'Save this session' }).click()
    await expect(tab.getByText('Saved in this browser.')).toBeVisible()
  }
  await a.goto('/sessions')
  await b.goto('/sessions')
  await expect(a.locator('[data-session-id]')).toHaveCount(2)
  // b deletes one; a, still open, follows without a reload, then renames the other.
  await b
    .getByRole('button', { name: /^Delete/ })
    .first()
    .click()
  await expect(a.locator('[data-session-id]')).toHaveCount(1)
  await a.getByRole('button', { name: /^Rename/ }).click()
  await a.getByLabel('New name').fill('Kept by tab a')
  await a.getByRole('button', { name: 'Save name' }).click()
  await b.reload()
  await expect(b.locator('[data-session-id]')).toHaveCount(1)
  await expect(b.getByRole('link', { name: 'Kept by tab a', exact: true })).toBeVisible()
})

test('sessions written by a newer version are shown, read-only, and left untouched', async ({
  page,
}) => {
  const newer = JSON.stringify({ version: 2, state: { sessions: [session('n', 'From v2')] } })
  await page.addInitScript((value) => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1')
      localStorage.setItem('route-finder-sessions', value)
    }
  }, newer)
  await page.goto('/sessions')
  await expect(page.locator('main')).toContainText('saved by a newer version of Route Finder')
  await expect(page.getByRole('link', { name: 'From v2', exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: /^Delete/ })).toHaveCount(0)
  await page.screenshot({ path: 'test-results/screenshots/sessions-newer-version.png' })
  await page.goto(result)
  await page.getByRole('button', { name: 'Save this session' }).click()
  await expect(page.getByText('Not saved: your saved sessions are being kept')).toBeVisible()
  await page.screenshot({ path: 'test-results/screenshots/save-refused-read-only.png' })
  expect(await page.evaluate(() => localStorage.getItem('route-finder-sessions'))).toBe(newer)
})

test('a stored session whose path would leave the app is set aside, and the page works', async ({
  page,
  pageErrors,
}) => {
  await page.addInitScript(
    (value) => localStorage.setItem('route-finder-sessions', value),
    JSON.stringify({
      version: 1,
      state: { sessions: [session('bad', 'Tampered', '/\\evil.example/x'), session('ok', 'Good')] },
    }),
  )
  await page.goto('/sessions')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your saved sessions')
  await expect(page.locator('[data-session-id]')).toHaveCount(1)
  await expect(page.locator('main')).toContainText('route-finder-sessions.unreadable')
  await page.screenshot({ path: 'test-results/screenshots/sessions-set-aside.png' })
  expect(
    await page.evaluate(() => localStorage.getItem('route-finder-sessions.unreadable')),
  ).toContain('evil.example')
  expect(pageErrors).toEqual([])
})

test('notes say so when this tab cannot keep them, and when pasted text is cut', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem
    Storage.prototype.setItem = function (key: string, value: string) {
      if (this === window.sessionStorage) {
        throw new DOMException('Quota exceeded', 'QuotaExceededError')
      }
      setItem.call(this, key, value)
    }
  })
  await page.goto(result)
  await page.locator('#notes-result').fill('x'.repeat(10_001))
  await expect(page.getByText('Only the first 10,000 characters are kept.')).toBeVisible()
  await expect(page.locator('[data-draft-not-kept]')).toContainText('reloading or closing')
  await page.locator('[data-draft-not-kept]').scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/screenshots/notes-not-kept.png' })
  await page.locator('#notes-result').scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/screenshots/notes-cut.png' })
})

test('a page whose code is gone after a deploy offers a reload that keeps the answers', async ({
  page,
}) => {
  await page.goto(result)
  await page.route(/\/assets\/compare-page-[^/]+\.js$/, (route) => route.fulfill({ status: 404 }))
  await page
    .getByRole('link', { name: /compare/i })
    .first()
    .click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page could not be loaded')
  await page.screenshot({ path: 'test-results/screenshots/chunk-reload.png' })
  await page.unroute(/\/assets\/compare-page-[^/]+\.js$/)
  const url = page.url()
  await page.getByRole('button', { name: 'Reload the page' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare scenarios')
  expect(page.url()).toBe(url)
})

test('an old schema version is migrated, not lost', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1')
      localStorage.setItem(
        'route-finder-sessions',
        JSON.stringify({
          version: 0,
          state: {
            sessions: [
              {
                id: 'old',
                name: 'From last year',
                url: '/check-answers?jurisdiction=wales',
                savedAt: '2025-11-01T09:00:00Z',
              },
            ],
          },
        }),
      )
    }
  })
  await page.goto('/sessions')
  await expect(page.getByRole('link', { name: 'From last year', exact: true })).toHaveAttribute(
    'href',
    '/check-answers?jurisdiction=wales',
  )
  await expect(page.locator('main')).not.toContainText('reset')
})

test('a full storage quota keeps the saved session in memory and says saving is unavailable', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError')
    }
  })
  await page.goto(result)
  await page.getByRole('button', { name: 'Save this session' }).click()
  await expect(page.getByText('This browser would not let us save it')).toBeVisible()
  await page.getByRole('link', { name: 'Your saved sessions' }).click()
  await expect(page.locator('[data-session-id]')).toHaveCount(1)
  await expect(page.locator('main')).toContainText('unavailable in this browser')
})

test('a render error lands on the recovery page, and saved sessions survive it', async ({
  page,
}) => {
  await page.goto(result)
  await page.getByRole('button', { name: 'Save this session' }).click()
  // Force a failure inside rendering: formatting money throws, on the result page only.
  await page.addInitScript(() => {
    if (location.pathname === '/result') {
      Number.prototype.toLocaleString = () => {
        throw new Error('forced render failure')
      }
    }
  })
  await page.goto(
    '/result?jurisdiction=england&authority-type=central-government&approach=buy-services&existing-procurement=no&provider-relationship=other&service-category=standard&use-framework=no&contract-value=5000',
  )
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sorry, something went wrong')
  await expect(page.getByRole('link', { name: 'Start again' })).toBeVisible()
  expect(await axeViolations(page)).toEqual([])
  await page.goto('/sessions')
  await expect(page.locator('[data-session-id]')).toHaveCount(1)
})

test('no cookies are set, no request leaves the origin and nothing errs, on every page type', async ({
  page,
  context,
  offOrigin,
  pageErrors,
}) => {
  for (const path of [
    '/',
    '/questions/jurisdiction',
    '/questions/contract-value?jurisdiction=england&authority-type=central-government&approach=buy-services&existing-procurement=no&provider-relationship=other&service-category=standard&use-framework=no',
    '/check-answers?jurisdiction=england&authority-type=local-authority&approach=transfer-asset&asset-service-obligations=no&asset-value=undervalue',
    result,
    '/sessions',
    '/open',
    '/compare',
    '/map',
    '/privacy',
    '/accessibility',
    '/not-covered',
    '/nowhere',
  ]) {
    await page.goto(path)
    await expect(page.locator('main h1').first()).toBeVisible()
  }
  await page.goto(result)
  for (const name of [/Word/, /Markdown/, /JSON/]) {
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()])
  }
  expect(await context.cookies()).toEqual([])
  expect(offOrigin).toEqual([])
  expect(pageErrors).toEqual([])
})
