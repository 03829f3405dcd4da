import { readFileSync } from 'node:fs'
import { strFromU8, unzipSync } from 'fflate'
import type { Answers } from '../machines/answers'
import { questionTitle } from '../machines/content/wording'
import { axeViolations, expect, test } from './support/fixtures'
import { pdfText } from './support/pdf-text'
import { shownRoute, walk, walkOn } from './support/walk'

// A Welsh council's light touch alliance as ruleset 2026-11 asked it...
const answers2026: Answers = {
  jurisdiction: 'wales',
  'authority-type': 'local-authority',
  approach: 'buy-services',
  'existing-procurement': 'no',
  'health-care': 'no',
  'provider-relationship': 'other',
  'service-category': 'light-touch',
  'contract-value': 900000,
  innovation: 'no',
  'single-provider': 'no',
  'use-framework': 'no',
  'mutual-reservation': 'no',
  'relationship-model': 'alliance',
}
// ...and under 2027-01, with the new questions answered so that they open no route of their own.
const answers: Answers = {
  ...answers2026,
  'user-choice': 'no',
  concession: 'no',
  'extreme-urgency': 'no',
  'supported-employment-reservation': 'no',
}

async function walkWithRecord(page: import('@playwright/test').Page) {
  await walk(page, answers)
  await page.getByLabel('Title of the commission (optional)').fill('Youth support <alliance> & co')
  await page.getByLabel('Organisation (optional)').fill('Cyngor Sir Example')
  await page.getByLabel('Prepared by (optional)').fill('Sam Jones')
  await page.getByLabel('Decision approved by (optional)').fill('Cabinet')
  await page.getByLabel('Decision date (optional)').fill('2026-11-20')
  await page.locator('#notes-result').fill('The room agreed an alliance.')
}

test('Word, Markdown and JSON downloads hold the record, with details and notes', async ({
  page,
  offOrigin,
}) => {
  await walkWithRecord(page)
  // A note added on a question page, reached from the result's Change link.
  await page
    .getByRole('link', { name: 'Change your answer to Where is your organisation constituted?' })
    .click()
  await page.getByText('Notes for the record', { exact: true }).click()
  await page.locator('#notes-jurisdiction').fill('Constituted in Wales since 1996.')
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(page.locator('[data-route]')).toBeVisible()

  const [word] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /Word/ }).click(),
  ])
  expect(word.suggestedFilename()).toMatch(/^youth-support-alliance-co-\d{4}-\d{2}-\d{2}\.docx$/)
  const xml = strFromU8(
    unzipSync(new Uint8Array(readFileSync(await word.path())))['word/document.xml'] as Uint8Array,
  )
  expect(xml).toContain('Youth support &lt;alliance&gt; &amp; co')
  expect(xml).toContain('Where is your organisation constituted?')
  expect(xml).toContain('Constituted in Wales since 1996.')
  expect(xml).toContain('The room agreed an alliance.')

  const [md] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /Markdown/ }).click(),
  ])
  const text = readFileSync(await md.path(), 'utf8')
  expect(text).toContain('# Youth support \\<alliance\\> & co')
  expect(text).toContain(
    '| Where is your organisation constituted? | Wales | Constituted in Wales since 1996. |',
  )
  expect(text).toContain('- **Prepared by:** Sam Jones')

  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /JSON/ }).click(),
  ])
  const record = JSON.parse(readFileSync(await json.path(), 'utf8'))
  expect(record.format).toBe('route-finder-record')
  expect(record.version).toBe(2)
  expect(record.answers).toEqual(answers)
  expect(record.approvedBy).toBe('Cabinet')
  expect(record.notes.jurisdiction).toBe('Constituted in Wales since 1996.')
  expect(record.result.route).toBe('alliance-partnership')
  expect(offOrigin).toEqual([])
})

test('the printed record holds the details, answers and notes, without page chrome', async ({
  page,
}) => {
  await walkWithRecord(page)
  await page.emulateMedia({ media: 'print' })
  const text = await pdfText(await page.pdf({ format: 'A4' }))
  for (const expected of [
    'Decision record',
    'Youth support <alliance> & co',
    'Cyngor Sir Example',
    'Sam Jones',
    'Cabinet',
    '20 November 2026',
    'Where is your organisation constituted?',
    'An alliance of several providers',
    'The room agreed an alliance.',
    'Why this route',
    'Alternatives considered',
    'Legal references',
    'Next steps',
    'Ruleset 2027-01',
  ]) {
    expect(text).toContain(expected)
  }
  for (const chrome of [
    'Skip to main content',
    'Your saved sessions',
    'Download as Word',
    'Copy link',
    'Privacy',
  ]) {
    expect(text).not.toContain(chrome)
  }
})

test('a saved JSON record opens in a fresh browser with the same route and details', async ({
  page,
  browser,
}) => {
  await walkWithRecord(page)
  const before = await shownRoute(page)
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /JSON/ }).click(),
  ])
  const path = await json.path()

  const context = await browser.newContext()
  const fresh = await context.newPage()
  await fresh.goto('/')
  await fresh.getByRole('link', { name: 'Open a saved file' }).first().click()
  await expect(fresh.getByRole('heading', { level: 1 })).toHaveText('Open a saved file')
  expect(await axeViolations(fresh)).toEqual([])
  await fresh.locator('input[type="file"]').setInputFiles(path)
  await expect(fresh.locator('[data-route]')).toBeVisible()
  expect(await shownRoute(fresh)).toEqual(before)
  await expect(
    fresh.getByText('The current rules give the same route as the saved record.'),
  ).toBeVisible()
  await expect(fresh.getByLabel('Title of the commission (optional)')).toHaveValue(
    'Youth support <alliance> & co',
  )
  await context.close()
})

test('a record whose route has changed says so and shows both', async ({ page }) => {
  await walkWithRecord(page)
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /JSON/ }).click(),
  ])
  const record = JSON.parse(readFileSync(await json.path(), 'utf8'))
  record.result.route = 'competitive-procedure'
  record.result.title = 'An older recommendation'
  await page.goto('/open')
  await page.locator('input[type="file"]').setInputFiles({
    name: 'old.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(record)),
  })
  await expect(page.getByText('The route has changed since this record was made')).toBeVisible()
  await expect(page.getByTestId('rules-changed')).toContainText('An older recommendation')
  await expect(page.locator('[data-route]')).toHaveAttribute('data-route', 'alliance-partnership')
  expect(await axeViolations(page)).toEqual([])
})

test('a record saved under ruleset 2026-11 asks the new question, then says whether the route changed', async ({
  page,
  pageErrors,
}) => {
  // As 2026-11 wrote it: no answer to the questions 2027-01 added on its path.
  const saved = {
    format: 'route-finder-record',
    version: 1,
    answers: answers2026,
    createdAt: '2026-11-25T10:00:00.000Z',
    ruleset: { version: '2026-11', checked: '2026-11-25' },
    result: {
      route: 'alliance-partnership',
      variant: 'light-touch',
      regime: 'pa-2023',
      title: 'Alliance partnership, as saved',
    },
  }
  const form = page.locator('main form[data-question]')
  const openSaved = async () => {
    await page.goto('/open')
    await page.locator('input[type="file"]').setInputFiles({
      name: 'made-in-2026-11.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(saved)),
    })
    // Not an error: the first new question on its path, with one line saying why.
    await expect(form).toHaveAttribute('data-question', 'user-choice')
    await expect(page.getByTestId('rules-changed-notice')).toContainText('ruleset 2026-11')
  }
  // The person chose the provider, above the threshold: under the Act a user choice contract.
  await openSaved()
  expect(await axeViolations(page)).toEqual([])
  // The saved answers stay chosen on the questions that follow.
  await walkOn(page, { ...answers2026, 'user-choice': 'chosen-provider' })
  expect(await shownRoute(page)).toEqual({
    route: 'direct-award-user-choice',
    variant: null,
    regime: 'pa-2023',
  })
  await expect(page.getByText('The route has changed since this record was made')).toBeVisible()
  const changed = page.getByTestId('rules-changed')
  await expect(changed).toContainText('Alliance partnership, as saved')
  await expect(changed).toContainText('ruleset 2026-11')
  await expect(changed).toContainText('ruleset 2027-01')
  await expect(page.getByTestId('what-changed')).toContainText(questionTitle('user-choice'))
  expect(await axeViolations(page)).toEqual([])

  // The new questions answered so that they open no new route: the saved route stands.
  await openSaved()
  await walkOn(page, answers)
  expect(await shownRoute(page)).toEqual({
    route: 'alliance-partnership',
    variant: 'light-touch',
    regime: 'pa-2023',
  })
  await expect(
    page.getByText('The current rules give the same route as the saved record.'),
  ).toBeVisible()
  await expect(page.getByTestId('rules-changed')).toHaveCount(0)
  expect(pageErrors).toEqual([])
})

test('malformed files are refused with a message, and saved sessions are untouched', async ({
  page,
  pageErrors,
}) => {
  await walk(page, answers)
  await page.getByRole('button', { name: 'Save this session' }).click()
  const good = {
    format: 'route-finder-record',
    version: 1,
    answers,
    createdAt: '2026-11-25T10:00:00.000Z',
    ruleset: { version: '2026-11', checked: '2026-11-25' },
    result: {
      route: 'alliance-partnership',
      variant: 'light-touch',
      regime: 'pa-2023',
      title: 'x',
    },
  }
  const bad: [string, string][] = [
    ['empty', ''],
    ['text', 'hello'],
    ['truncated', JSON.stringify(good).slice(0, 50)],
    ['null', 'null'],
    ['number', '7'],
    ['array', '[1,2]'],
    ['other format', JSON.stringify({ ...good, format: 'survey' })],
    ['no format', JSON.stringify({ ...good, format: undefined })],
    ['future version', JSON.stringify({ ...good, version: 9 })],
    ['version text', JSON.stringify({ ...good, version: 'one' })],
    ['no answers', JSON.stringify({ ...good, answers: undefined })],
    ['unknown question', JSON.stringify({ ...good, answers: { ...answers, colour: 'blue' } })],
    [
      'unknown option',
      JSON.stringify({ ...good, answers: { ...answers, jurisdiction: 'atlantis' } }),
    ],
    ['pence', JSON.stringify({ ...good, answers: { ...answers, 'contract-value': 10.5 } })],
    ['negative', JSON.stringify({ ...good, answers: { ...answers, 'contract-value': -1 } })],
    ['too big', JSON.stringify({ ...good, answers: { ...answers, 'contract-value': 1e13 } })],
    ['bad start date', JSON.stringify({ ...good, startDate: '2025-13-01' })],
    ['old start date', JSON.stringify({ ...good, startDate: '2023-01-01' })],
    ['bad createdAt', JSON.stringify({ ...good, createdAt: 'today' })],
    ['bad note key', JSON.stringify({ ...good, notes: { nope: 'x' } })],
    ['no result', JSON.stringify({ ...good, result: undefined })],
    ['over 1 MB', JSON.stringify({ ...good, pad: 'x'.repeat(1_050_000) })],
  ]
  await page.goto('/open')
  for (const [name, content] of bad) {
    await page.locator('input[type="file"]').setInputFiles({
      name: `${name}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(content),
    })
    const summary = page.locator('.govuk-error-summary [role="alert"]')
    await expect(summary, name).toBeVisible()
    expect((await summary.textContent())?.length ?? 0, name).toBeGreaterThan(30)
    await expect(page).toHaveURL(/\/open$/)
  }
  await expect(page).toHaveTitle(/^Error: /)
  expect(await axeViolations(page)).toEqual([])
  await page.goto('/sessions')
  await expect(page.locator('[data-session-id]')).toHaveCount(1)
  expect(pageErrors).toEqual([])
})
