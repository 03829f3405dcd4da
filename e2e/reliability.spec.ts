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

test('the link problem page passes axe and keeps the valid part', async ({ page }) => {
  await page.goto('/result?jurisdiction=wales&authority-type=nhs&approach=nonsense')
  expect(await axeViolations(page)).toEqual([])
  await expect(page.getByText('We kept the 2 answers that were valid.')).toBeVisible()
  await page.getByRole('link', { name: 'Continue from the last valid question' }).click()
  await expect(page).toHaveURL(/\/questions\/approach\?jurisdiction=wales&authority-type=nhs$/)
})

const storageFaults: [string, () => void, RegExp][] = [
  [
    'foreign JSON',
    () => localStorage.setItem('route-finder-sessions', JSON.stringify({ hello: 'world' })),
    /could not be read, so they were reset/,
  ],
  [
    'corrupt JSON',
    () => localStorage.setItem('route-finder-sessions', '{"state":'),
    /could not be read, so they were reset/,
  ],
  [
    'a huge value',
    () =>
      localStorage.setItem(
        'route-finder-sessions',
        `{"version":1,"state":{"sessions":[]},"x":"${'x'.repeat(1_200_000)}"}`,
      ),
    /could not be read, so they were reset/,
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
    /could not be read, so they were reset/,
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
    '/result?jurisdiction=england&authority-type=central-government&approach=buy-services&existing-procurement=no&provider-relationship=other&service-category=standard&contract-value=5000',
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
    '/questions/contract-value?jurisdiction=england&authority-type=central-government&approach=buy-services&existing-procurement=no&provider-relationship=other&service-category=standard',
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
