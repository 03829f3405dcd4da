import { writeFileSync } from 'node:fs'
import { axeViolations, expect, test } from './support/fixtures'

// A light touch contract above the threshold, the 2027-01 questions answered so that they
// open no route of their own.
const base =
  'jurisdiction=england&authority-type=local-authority&approach=buy-services&existing-procurement=no&health-care=no&provider-relationship=other&service-category=light-touch&user-choice=no&use-framework=no&contract-value=800000&concession=no&innovation=no&single-provider=no&extreme-urgency=no&supported-employment-reservation=no'
const mutual = `${base}&mutual-reservation=yes&mutual-conditions=yes`
const alliance = `${base}&mutual-reservation=no&relationship-model=alliance`

test('compare: two share links side by side, differences highlighted, the set in the URL', async ({
  page,
  offOrigin,
  pageErrors,
}) => {
  await page.goto('/compare')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare scenarios')
  for (const link of [`http://localhost:4317/result?${mutual}`, `/result?${alliance}`]) {
    await page.getByLabel('Add a scenario from a link').fill(link)
    await page.getByRole('button', { name: 'Add', exact: true }).click()
  }
  const routes = page.locator('table [data-route]')
  await expect(routes).toHaveCount(2)
  expect(await routes.evaluateAll((els) => els.map((e) => e.getAttribute('data-route')))).toEqual([
    'reserved-contract-mutual',
    'alliance-partnership',
  ])
  const differing = page.locator('tr[data-differs="true"] th')
  await expect(
    differing.filter({ hasText: 'Do you want to reserve the competition' }),
  ).toContainText('Differs')
  await expect(
    page.locator('tr[data-differs="false"] th').filter({ hasText: 'Where is your organisation' }),
  ).toBeVisible()
  expect(await axeViolations(page)).toEqual([])

  // The comparison is itself a share link.
  const url = page.url()
  await page.goto('/')
  await page.goto(url)
  await expect(page.locator('table [data-route]')).toHaveCount(2)
  expect(offOrigin).toEqual([])
  expect(pageErrors).toEqual([])
})

test('compare: a bad link is refused with a message', async ({ page }) => {
  await page.goto('/compare')
  await page.getByLabel('Add a scenario from a link').fill('https://example.com/nothing')
  await page.getByRole('button', { name: 'Add', exact: true }).click()
  await expect(page.locator('.govuk-error-summary')).toContainText('holds no answers')
  expect(await axeViolations(page)).toEqual([])
})

// Links every other page refuses (the link problem page's headings), one per column.
const faultyScenarios: [string, string][] = [
  [`${mutual}&jurisdiction=scotland`, 'This link gives an answer more than once'],
  [`${mutual}&colour=blue`, 'This link has a question we do not recognise'],
  [`${mutual}&startDate=2026-02-31`, 'This link has a start date we cannot use'],
  [encodeURIComponent(mutual), 'This link was changed on its way to you'],
  [`jurisdiction=england&authority-type=__proto__`, 'This link has an answer we do not recognise'],
]

test('compare: each column with a faulty link says what is wrong instead of showing a route', async ({
  page,
  pageErrors,
}) => {
  for (const [faulty, heading] of faultyScenarios) {
    const set = new URLSearchParams([
      ['s', alliance],
      ['s', faulty],
    ])
    await page.goto(`/compare?${set}`)
    await expect(page.locator('table [data-route]')).toHaveCount(1)
    await expect(page.locator('table [data-route]')).toHaveAttribute(
      'data-route',
      'alliance-partnership',
    )
    const column = page.locator('td[data-link-problem]')
    await expect(column).toContainText(heading)
    await expect(column.locator('li').first()).toBeVisible()
  }
  await page.screenshot({
    path: 'test-results/screenshots/compare-link-problem.png',
    fullPage: true,
  })
  expect(await axeViolations(page)).toEqual([])
  expect(pageErrors).toEqual([])
})

test('map: a faulty link marks no path and says what is wrong', async ({ page, pageErrors }) => {
  for (const [faulty, heading] of faultyScenarios.slice(0, 3)) {
    await page.goto(`/map?${faulty}`)
    await expect(page.locator('[data-link-problem]')).toContainText(heading)
    await expect(page.locator('[data-on-path="true"]')).toHaveCount(0)
  }
  await page.locator('[data-link-problem]').screenshot({
    path: 'test-results/screenshots/map-link-problem.png',
  })
  await page.goto(`/map?${mutual}`)
  await expect(page.locator('[data-on-path="true"]').first()).toBeAttached()
  await expect(page.locator('[data-link-problem]')).toHaveCount(0)
  expect(pageErrors).toEqual([])
})

test('what if: a changed answer shows beside the current result, which stays until kept', async ({
  page,
}) => {
  await page.goto(`/result?${mutual}`)
  await page.getByRole('button', { name: 'What if…' }).click()
  await page.getByLabel('Answer to change').selectOption('mutual-reservation')
  await page
    .getByRole('group', {
      name: 'Do you want to reserve the competition to public service mutuals?',
    })
    .getByLabel('No', { exact: true })
    .check()
  const whatIf = page.getByTestId('what-if-result')
  await expect(whatIf).toContainText('This change opens questions')
  await page.getByLabel('Answer to change').selectOption('single-provider')
  await page
    .getByRole('group', { name: /Can only one provider deliver it/ })
    .getByLabel('Yes')
    .check()
  await expect(whatIf.locator('[data-what-if-route]')).toHaveAttribute(
    'data-what-if-route',
    'direct-award-uniqueness',
  )
  // The current result is untouched, and stays the page's only data-route.
  await expect(page.locator('[data-route]')).toHaveCount(1)
  await expect(page.locator('.app-result-route')).toHaveAttribute(
    'data-route',
    'reserved-contract-mutual',
  )
  expect(await axeViolations(page)).toEqual([])
  await page.getByRole('link', { name: 'Keep this' }).click()
  await expect(page.locator('.app-result-route')).toHaveAttribute(
    'data-route',
    'direct-award-uniqueness',
  )
})

test('compare: a pasted link that cannot be used is explained in plain English', async ({
  page,
}) => {
  await page.goto('/compare')
  const field = page.getByLabel('Add a scenario from a link')
  const add = page.getByRole('button', { name: 'Add', exact: true })
  const summary = page.locator('.govuk-error-summary')
  for (const [link, says] of [
    ['just some words', 'That is not a Route Finder link'],
    [`/result?${base}&colour=blue`, 'a question Route Finder does not ask'],
    [
      '/result?jurisdiction=mars',
      'answer to “Where is your organisation constituted?” is not one of',
    ],
  ] as const) {
    await field.fill(link)
    await add.click()
    await expect(summary).toContainText(says)
    await expect(page.locator('#scenario-link-error')).toContainText(says)
    // Never the link's keys or the model's ids.
    await expect(summary).not.toContainText(/colour|jurisdiction|mars|must be one of/)
  }
  expect(await axeViolations(page)).toEqual([])
  await expect(page.locator('table')).toHaveCount(0)
})

test('compare: scenarios are named, differing rows marked in words, and the comparison prints', async ({
  page,
}) => {
  await page.goto('/compare')
  for (const [link, name] of [
    [`/result?${mutual}`, 'Reserved to a mutual'],
    [`/result?${alliance}`, ''],
  ]) {
    await page.getByLabel('Add a scenario from a link').fill(link as string)
    await page.getByLabel('Scenario name').fill(name as string)
    await page.getByRole('button', { name: 'Add', exact: true }).click()
  }
  const headers = page.locator('table thead th')
  await expect(headers).toHaveText(['Question', 'Reserved to a mutual', 'Scenario 2'])
  // The route differs too, and says so.
  await expect(
    page.locator('tr[data-differs="true"] th').filter({ hasText: 'Route' }),
  ).toContainText('Differs')
  // The name is part of the link.
  await page.reload()
  await expect(headers.nth(1)).toHaveText('Reserved to a mutual')

  await page.setViewportSize({ width: 390, height: 844 })
  await page.screenshot({ path: 'test-results/screenshots/compare-390.png', fullPage: true })
  await page.setViewportSize({ width: 320, height: 700 })
  await page.screenshot({ path: 'test-results/screenshots/compare-320.png', fullPage: true })
  await page.setViewportSize({ width: 1280, height: 900 })

  const print = page.getByRole('button', { name: 'Print comparison' })
  await expect(print).toBeVisible()
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('table.app-compare')).toBeVisible()
  await expect(page.locator('table.app-compare [data-route]')).toHaveCount(2)
  await expect(print).toBeHidden()
  await expect(page.getByLabel('Add a scenario from a link')).toBeHidden()
  await expect(page.getByRole('button', { name: /^Remove/ }).first()).toBeHidden()
  // Nothing is cut off at the side of the sheet.
  const table = await page.locator('table.app-compare').boundingBox()
  const sheet = await page.locator('main').boundingBox()
  expect((table?.x ?? 0) + (table?.width ?? 0)).toBeLessThanOrEqual(
    (sheet?.x ?? 0) + (sheet?.width ?? 0) + 1,
  )
  const pdf = await page.pdf({ preferCSSPageSize: true })
  writeFileSync('test-results/screenshots/compare-print.pdf', pdf)
  await page.emulateMedia({ media: 'screen' })
  expect(await axeViolations(page)).toEqual([])
})

test('what if: "Add to compare" puts the changed answers beside the current ones', async ({
  page,
}) => {
  await page.goto(`/result?${mutual}`)
  await page.getByRole('button', { name: 'What if…' }).click()
  await page.getByLabel('Answer to change').selectOption('single-provider')
  await page
    .getByRole('group', { name: /Can only one provider deliver it/ })
    .getByLabel('Yes')
    .check()
  await expect(page.getByTestId('what-if-result').locator('[data-what-if-route]')).toBeVisible()
  await page.getByRole('button', { name: 'Add to compare' }).click()
  await expect(
    page.getByRole('status').filter({ hasText: 'Added to the comparison' }),
  ).toContainText('2 scenarios')
  expect(await axeViolations(page)).toEqual([])
  await page.getByRole('link', { name: 'See the comparison' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare scenarios')
  await expect(page.locator('table thead th')).toHaveText([
    'Question',
    'Current answers',
    'What if: Yes',
  ])
  expect(
    await page
      .locator('table [data-route]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-route'))),
  ).toEqual(['reserved-contract-mutual', 'direct-award-uniqueness'])
  await expect(
    page.locator('tr[data-differs="true"] th').filter({ hasText: /Can only one provider/ }),
  ).toContainText('Differs')
})

test('facilitator mode: large type, question number, path so far, notes open, kept per browser', async ({
  page,
}) => {
  await page.goto(`/questions/relationship-model?${base}&mutual-reservation=no`)
  const before = await page
    .locator('h1')
    .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize))
  await page.getByRole('button', { name: 'Facilitator mode' }).click()
  await expect(page.getByRole('button', { name: /Facilitator mode/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  const after = await page
    .locator('h1')
    .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize))
  expect(after).toBeGreaterThan(before * 1.2)
  await expect(page.getByText('Question 17')).toBeVisible()
  await expect(page.getByText('Path so far')).toBeVisible()
  await expect(page.locator('#notes-relationship-model')).toBeVisible()
  await expect(page.getByText('You and several providers sign one agreement')).toBeVisible()
  expect(await axeViolations(page)).toEqual([])
  await page.reload()
  await expect(page.getByRole('button', { name: /Facilitator mode/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await page.goto(`/result?${alliance}`)
  expect(await axeViolations(page)).toEqual([])
})

// The choice with the most text (four options with hints and a long hint) and the value page
// after a Social Impact Bond's questions, and the deepest question of the light touch path (17
// answers in the path so far): on a projector each shows its heading and Continue at once.
const sib =
  'jurisdiction=england&authority-type=local-authority&approach=social-impact-bond&sib-initiator=provider&sib-authority-pays=yes&existing-procurement=no&health-care=no&provider-relationship=other&service-category=light-touch'
const projected = [
  `/questions/user-choice?${sib}&ruleset=2027-01`,
  // The value page: the longest hint, and a second question, the start date.
  `/questions/contract-value?${sib}&user-choice=no&use-framework=no&ruleset=2027-01`,
  `/questions/relationship-model?${mutual.replace('mutual-conditions=yes', 'mutual-conditions=not-sure')}&ruleset=2027-01`,
]

test('facilitator mode at 1920×1080: the heading and Continue on the first screen, the path beside them', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 })
  await page.goto(projected[0] as string)
  await page.getByRole('button', { name: 'Facilitator mode' }).click()
  for (const url of projected) {
    await page.goto(url)
    const heading = page.getByRole('heading', { level: 1 })
    await expect(page.getByText('Path so far')).toBeVisible()
    const h1 = await heading.boundingBox()
    const next = await page.getByRole('button', { name: 'Continue' }).boundingBox()
    const path = await page.locator('.app-path-so-far').boundingBox()
    if (!h1 || !next || !path) throw new Error('the question is not on screen')
    expect(h1.y + h1.height, url).toBeLessThanOrEqual(1080)
    expect(next.y + next.height, url).toBeLessThanOrEqual(1080)
    // The path so far stands in its own column to the right, not above the question.
    expect(path.x, url).toBeGreaterThan(h1.x + h1.width)
    // The page uses the screen's width, not the 960px column.
    const main = await page.locator('main').boundingBox()
    expect(main?.width ?? 0).toBeGreaterThan(1700)
  }
  await expect(page.getByRole('button', { name: /Facilitator mode/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  expect(await axeViolations(page)).toEqual([])
})

test('the start page does not load the compare or map code', async ({ page }) => {
  const requested: string[] = []
  page.on('request', (r) => requested.push(new URL(r.url()).pathname))
  await page.goto('/')
  await expect(page.getByRole('button', { name: 'Start now' })).toBeVisible()
  await page.waitForLoadState('networkidle')
  expect(requested.filter((p) => /compare-page|map-page|elk/.test(p))).toEqual([])
  await page.goto('/compare')
  await page.waitForLoadState('networkidle')
  expect(requested.some((p) => /compare-page/.test(p))).toBe(true)
})
