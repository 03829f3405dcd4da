import type { Answers } from '../machines/answers'
import scenarios from '../machines/scenarios/scenarios.json' with { type: 'json' }
import { axeViolations, expect, test } from './support/fixtures'
import { pdfText } from './support/pdf-text'
import { shownRoute, walk } from './support/walk'

type Fixture = {
  name: string
  answers: Answers
  startDate?: string
  walk?: boolean
  expected: { route: string | null; variant: string | null; regime: string }
}
const fixtures = scenarios as Fixture[]
const byName = (name: string) => {
  const found = fixtures.find((s) => s.name === name)
  if (!found) throw new Error(`no scenario ${name}`)
  return found
}
// The day the fixtures' expected results were written for (machines/scenarios/scenarios.test.ts).
const fixtureDay = new Date('2026-11-25T12:00:00Z')

// The fixtures marked "walk" (at least one per route: scenarios.test.ts checks it), each
// expected to show the route, variant and regime written by hand in the fixture.
for (const fixture of fixtures.filter((f) => f.walk)) {
  test(`walks "${fixture.name}" to the fixture's route`, async ({
    page,
    offOrigin,
    pageErrors,
  }) => {
    await page.clock.setFixedTime(fixtureDay)
    await walk(page, fixture.answers, { startDate: fixture.startDate })
    // The page shows the route, variant and regime; a fixture may also list its assumptions,
    // which the unit fixtures check.
    const { route, variant, regime } = fixture.expected
    expect(await shownRoute(page)).toEqual({ route, variant, regime })
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('')
    expect(offOrigin).toEqual([])
    expect(pageErrors).toEqual([])
  })
}

test('a result link opens the same result in a fresh browser, after reload, Back and Forward', async ({
  page,
  browser,
}) => {
  const fixture = byName('reserved for mutuals under the Act')
  await walk(page, fixture.answers)
  const link = page.url()
  const before = await shownRoute(page)
  await page.reload()
  expect(await shownRoute(page)).toEqual(before)
  await page.goBack()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers')
  await page.goForward()
  expect(await shownRoute(page)).toEqual(before)

  const fresh = await browser.newContext()
  const other = await fresh.newPage()
  await other.goto(link)
  expect(await shownRoute(other)).toEqual(before)
  await fresh.close()
})

test('changing an answer from check answers keeps later answers on the path', async ({ page }) => {
  const fixture = byName('light touch 2026: exactly at')
  await walk(page, { ...fixture.answers })
  await page.goBack()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers')
  await page.getByRole('link', { name: /Change what kind of relationship/ }).click()
  await page.locator('input[name="relationship-model"][value="alliance"]').check()
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers')
  await expect(page.getByText('An alliance of several providers')).toBeVisible()
  await expect(page.getByText('Local authority')).toBeVisible()
})

test('changing an answer from the result returns to a new result', async ({ page }) => {
  const fixture = byName('grant within MFA')
  await walk(page, fixture.answers)
  await page
    .getByRole('link', { name: /Change your answer to Including this award/ })
    .first()
    .click()
  await page.locator('input[name="mfa-headroom"][value="no"]').check()
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(page.locator('[data-route]')).toHaveAttribute('data-variant', 'subsidy-assessment')
})

test('submitting nothing shows an error summary that takes focus, and an Error: title', async ({
  page,
}) => {
  await page.goto('/questions/jurisdiction')
  await page.getByRole('button', { name: 'Continue' }).click()
  const summary = page.locator('.govuk-error-summary')
  await expect(summary.getByRole('alert')).toContainText(
    'Select where your organisation is constituted',
  )
  await expect(summary).toBeFocused()
  await expect(page).toHaveTitle(/^Error: /)
  await expect(page.locator('#jurisdiction-error')).toBeVisible()
  expect(await axeViolations(page)).toEqual([])
})

test('the value page explains each bad value and refuses a contradicting date', async ({
  page,
}) => {
  const base =
    '/questions/contract-value?jurisdiction=england&authority-type=local-authority&approach=buy-services&existing-procurement=no&health-care=no&provider-relationship=other&service-category=standard&use-framework=no'
  await page.goto(base)
  expect(await axeViolations(page)).toEqual([])
  const bad: [string, string][] = [
    ['lots', 'Enter the value as a number'],
    ['-10', 'The value cannot be negative'],
    ['100.50', 'Enter the value in whole pounds'],
    ['2,000,000,000,000', 'Enter a value of £1,000,000,000,000 or less'],
  ]
  for (const [typed, message] of bad) {
    await page.locator('input[name="contract-value"]').fill(typed)
    await page.getByRole('button', { name: 'Continue' }).click()
    await expect(page.locator('.govuk-error-summary')).toContainText(message)
  }
  expect(await axeViolations(page)).toEqual([])
  await page.locator('input[name="contract-value"]').fill('£250,000')
  await page.locator('input[name="startDate-day"]').fill('1')
  await page.locator('input[name="startDate-month"]').fill('1')
  await page.locator('input[name="startDate-year"]').fill('2025')
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(page.locator('.govuk-error-summary')).toContainText(
    'must be on or after 24 February 2025',
  )
})

test('the helper works out the whole-life value with VAT', async ({ page }) => {
  await page.goto(
    '/questions/contract-value?jurisdiction=england&authority-type=local-authority&approach=buy-services&existing-procurement=no&health-care=no&provider-relationship=other&service-category=standard&use-framework=no',
  )
  await page.getByText('Help me work out the value').click()
  await page.getByLabel('Amount a year, in pounds').fill('50,000')
  await page.getByLabel('Length of the contract, in years').fill('3')
  await page.getByLabel('Possible extensions, in years').fill('1')
  await page.getByLabel(/add VAT at 20%/).check()
  await page.getByRole('button', { name: 'Work out the value' }).click()
  await expect(page.locator('input[name="contract-value"]')).toHaveValue('240000')
})

test('the whole walk works by keyboard alone', async ({ page }) => {
  await page.goto('/')
  const focusAndPress = async (name: string | RegExp, role: 'button' | 'link' = 'button') => {
    const target = page.getByRole(role, { name })
    for (
      let i = 0;
      i < 40 && !(await target.evaluate((el) => el === document.activeElement));
      i++
    ) {
      await page.keyboard.press('Tab')
    }
    await expect(target).toBeFocused()
    await page.keyboard.press('Enter')
  }
  await focusAndPress('Start now')
  // Tab into the radio group, then arrow keys move between its options, as in any browser.
  const choose = async (label: string) => {
    const radio = page.getByLabel(label, { exact: true })
    await expect(radio).toBeVisible()
    // After a move within the app the page puts focus on its heading; wait for that
    // before tabbing, as a keyboard user would.
    if (await page.evaluate(() => (window.history.state?.idx ?? 0) > 0)) {
      await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
    }
    const inGroup = () =>
      page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'radio')
    for (let i = 0; i < 30 && !(await inGroup()); i++) await page.keyboard.press('Tab')
    await page.keyboard.press('Space')
    for (let i = 0; i < 10 && !(await radio.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('ArrowDown')
    }
    await expect(radio).toBeChecked()
    await focusAndPress('Continue')
  }
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
  await choose('England')
  await choose('Local authority')
  await choose('Transfer land or a building to a community organisation')
  await choose('No')
  await choose('Yes, at full market value')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers')
  await focusAndPress('Continue')
  await expect(page.locator('[data-route]')).toHaveAttribute(
    'data-route',
    'community-asset-transfer',
  )
})

test('every page type passes axe', async ({ page }) => {
  const fixture = byName('Northern Ireland grant with subsidy assessment')
  await walk(page, fixture.answers)
  expect(await axeViolations(page)).toEqual([])
  await page.goBack()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers')
  expect(await axeViolations(page)).toEqual([])
  await page.goto('/questions/approach?jurisdiction=england&authority-type=nhs')
  expect(await axeViolations(page)).toEqual([])
  await page.goto('/questions/approach?jurisdiction=mars')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'This link has an answer we do not recognise',
  )
  expect(await axeViolations(page)).toEqual([])
  await page.goto('/sessions')
  expect(await axeViolations(page)).toEqual([])
})

// A link to each question ruleset 2027-01 added, with the answers that lead to it.
const newQuestionLinks: [string, string][] = [
  [
    'contracting-authority',
    'jurisdiction=england&authority-type=other-public-body&approach=buy-services',
  ],
  [
    'user-choice',
    'jurisdiction=england&authority-type=local-authority&approach=buy-services&existing-procurement=no&health-care=no&provider-relationship=other&service-category=light-touch',
  ],
  [
    'concession',
    'jurisdiction=england&authority-type=local-authority&approach=buy-services&existing-procurement=no&health-care=no&provider-relationship=other&service-category=standard&use-framework=no&contract-value=8000000',
  ],
  [
    'extreme-urgency',
    'jurisdiction=england&authority-type=local-authority&approach=buy-services&existing-procurement=no&health-care=no&provider-relationship=other&service-category=standard&use-framework=no&contract-value=8000000&concession=no&innovation=no&single-provider=no',
  ],
  [
    'supported-employment-reservation',
    'jurisdiction=england&authority-type=local-authority&approach=buy-services&existing-procurement=no&health-care=no&provider-relationship=other&service-category=standard&use-framework=no&contract-value=8000000&concession=no&innovation=no&single-provider=no&extreme-urgency=no',
  ],
  [
    'psr-framework',
    'jurisdiction=england&authority-type=nhs&approach=buy-services&existing-procurement=no&health-care=yes&psr-existing-only=no&psr-patient-choice=no',
  ],
  [
    'psr-urgent',
    'jurisdiction=england&authority-type=nhs&approach=buy-services&existing-procurement=no&health-care=yes&psr-existing-only=no&psr-patient-choice=no&psr-framework=no',
  ],
]

test('each question added in ruleset 2027-01 passes axe', async ({ page, pageErrors }) => {
  // Seven pages in one browser, to keep the suite short: more than one page's time.
  test.slow()
  for (const [question, answers] of newQuestionLinks) {
    await page.goto(`/questions/${question}?${answers}&ruleset=2027-01`)
    await expect(page.locator('main form[data-question]')).toHaveAttribute(
      'data-question',
      question,
    )
    await expect(page.locator(`input[name="${question}"]`).first()).toBeVisible()
    expect(await axeViolations(page), question).toEqual([])
  }
  expect(pageErrors).toEqual([])
})

test('a bad link says what was wrong and continues from the last valid question', async ({
  page,
  pageErrors,
}) => {
  await page.goto('/result?jurisdiction=england&authority-type=local-authority&approach=buy-servic')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'This link has an answer we do not recognise',
  )
  await expect(page.getByTestId('link-problems')).toContainText('approach must be one of')
  await page.getByRole('link', { name: 'Continue from the last valid question' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What do you want to do?')
  expect(pageErrors).toEqual([])
})

test('going to the next question makes no network request', async ({ page }) => {
  await page.goto('/questions/jurisdiction')
  const requests: string[] = []
  // The browser's own favicon refresh is not the app's.
  page.on('request', (r) => {
    if (!r.url().endsWith('/favicon.svg')) requests.push(r.url())
  })
  await page.getByLabel('Wales').check()
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'What kind of organisation are you?',
  )
  expect(requests).toEqual([])
})

test('printing the result to PDF keeps the route title and the answers', async ({ page }) => {
  const fixture = byName('asset transfer at undervalue')
  await walk(page, fixture.answers)
  const title = (await page.getByRole('heading', { level: 1 }).textContent()) ?? ''
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('.app-header')).toBeHidden()
  await expect(page.getByRole('button', { name: 'Print this record' })).toBeHidden()
  const text = await pdfText(await page.pdf({ format: 'A4' }))
  expect(title.length).toBeGreaterThan(5)
  expect(text).toContain(title)
  expect(text).toContain('Will you transfer the asset at full market value?')
  expect(text).toContain('No, below market value')
  expect(text).not.toContain('Your saved sessions')
  expect(text).not.toContain('Skip to main content')
})

test('a session saved from the result reopens from "Your saved sessions"', async ({ page }) => {
  const fixture = byName('controlled company')
  await walk(page, fixture.answers)
  await page.getByRole('button', { name: 'Save this session' }).click()
  await page.getByRole('link', { name: 'See your saved sessions' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your saved sessions')
  await page.getByRole('button', { name: /^Rename/ }).click()
  await page.getByLabel('New name').fill('Housing company')
  await page.getByRole('button', { name: 'Save name' }).click()
  await page.reload()
  await page.getByRole('link', { name: 'Housing company' }).first().click()
  await expect(page.locator('[data-route]')).toHaveAttribute('data-route', 'public-public-exempt')
  await page.goto('/sessions')
  await page.getByRole('button', { name: /^Delete/ }).click()
  await expect(page.getByText('You have no saved sessions.')).toBeVisible()
})

test('an unfinished session can be saved from a question page and resumed there', async ({
  page,
}) => {
  await page.goto('/questions/approach?jurisdiction=wales&authority-type=nhs')
  await page.getByRole('button', { name: 'Save this session' }).click()
  await page.getByRole('link', { name: 'See your saved sessions' }).click()
  await expect(page.getByText('In progress.')).toBeVisible()
  await page.getByRole('link', { name: 'Unfinished: What do you want to do?', exact: true }).click()
  await expect(page).toHaveURL(/\/questions\/approach\?jurisdiction=wales&authority-type=nhs$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What do you want to do?')
})

test('each new question starts at the top of the page, however far down Continue was', async ({
  page,
}) => {
  await page.setViewportSize({ width: 800, height: 500 })
  await page.goto('/questions/approach?jurisdiction=england&authority-type=local-authority')
  await page.locator('input[name="approach"][value="buy-services"]').check()
  const continueButton = page.getByRole('button', { name: 'Continue' })
  await continueButton.scrollIntoViewIfNeeded()
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0)
  await continueButton.click()
  await expect(page.locator('form[data-question]')).toHaveAttribute(
    'data-question',
    'existing-procurement',
  )
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0)
})

test('a new question carries no error or choice from the one before', async ({ page }) => {
  // existing-procurement and health-care both offer "yes" and "no".
  await page.goto(
    '/questions/existing-procurement?jurisdiction=england&authority-type=local-authority&approach=buy-services',
  )
  const form = page.locator('main form[data-question]')
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(page.locator('.govuk-error-summary')).toBeVisible()
  await form.locator('input[name="existing-procurement"][value="no"]').check()
  await page.getByRole('button', { name: 'Continue' }).click()

  await expect(form).toHaveAttribute('data-question', 'health-care')
  await expect(page.locator('.govuk-error-summary')).toHaveCount(0)
  await expect(page.locator('.govuk-error-message')).toHaveCount(0)
  await expect(page).not.toHaveTitle(/^Error: /)
  await expect(form.locator('input[type="radio"]:checked')).toHaveCount(0)
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused()

  // The browser's Back returns to the very visit that showed the error: it is not shown
  // again.
  await page.goBack()
  await expect(form).toHaveAttribute('data-question', 'existing-procurement')
  await expect(page.locator('.govuk-error-summary')).toHaveCount(0)
  await page.goForward()
  await expect(form).toHaveAttribute('data-question', 'health-care')

  // By keyboard: Enter on a chosen radio continues, as Continue does.
  await form.locator('input[name="health-care"][value="no"]').check()
  await page.keyboard.press('Enter')
  await expect(form).toHaveAttribute('data-question', 'provider-relationship')

  // The Back link's URL keeps the answers, so each earlier choice shows again.
  await page.getByRole('link', { name: 'Back' }).click()
  await expect(form).toHaveAttribute('data-question', 'health-care')
  await expect(form.locator('input[name="health-care"][value="no"]')).toBeChecked()
  await page.getByRole('link', { name: 'Back' }).click()
  await expect(form).toHaveAttribute('data-question', 'existing-procurement')
  await expect(form.locator('input[name="existing-procurement"][value="no"]')).toBeChecked()
  // The error shown on the first visit belongs to that visit.
  await expect(page.locator('.govuk-error-summary')).toHaveCount(0)
  await expect(page).not.toHaveTitle(/^Error: /)
  await expect(form.locator('input[type="radio"]:checked')).toHaveCount(1)
})

test('the address, the title and the history follow each step', async ({ page }) => {
  await page.goto('/questions/jurisdiction')
  const form = page.locator('main form[data-question]')
  const length = await page.evaluate(() => window.history.length)
  for (const [question, value] of [
    ['jurisdiction', 'england'],
    ['authority-type', 'local-authority'],
  ] as const) {
    await expect(form).toHaveAttribute('data-question', question)
    await form.locator(`input[name="${question}"][value="${value}"]`).check()
    await page.getByRole('button', { name: 'Continue' }).click()
  }
  // The history entry is written just after the new page's first frame.
  await expect(form).toHaveAttribute('data-question', 'approach')
  await expect(page).toHaveURL(
    /\/questions\/approach\?jurisdiction=england&authority-type=local-authority&ruleset=2027-01$/,
  )
  await expect(page).toHaveTitle('What do you want to do? – Route Finder')
  expect(await page.evaluate(() => window.history.length)).toBe(length + 2)

  await page.goBack()
  await expect(form).toHaveAttribute('data-question', 'authority-type')
  // The entry holds the answer given there, as the page's own Back link does.
  await expect(page).toHaveURL(
    /\/questions\/authority-type\?jurisdiction=england&authority-type=local-authority&ruleset=2027-01$/,
  )
  await expect(page.getByRole('radio', { name: 'Local authority' })).toBeChecked()
  await expect(page).toHaveTitle('What kind of organisation are you? – Route Finder')
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
  await page.goForward()
  await expect(form).toHaveAttribute('data-question', 'approach')
  await expect(page).toHaveTitle('What do you want to do? – Route Finder')
})
