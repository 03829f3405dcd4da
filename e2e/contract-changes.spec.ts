import type { Answers } from '../machines/answers'
import { axeViolations, expect, test } from './support/fixtures'
import { shownRoute, walk } from './support/walk'

// The changes journey (decision model, section 8), from the start page to a result under each
// of its five regimes. The walks share one browser; one of them is made by keyboard alone.

const change = { approach: 'change-existing-contract' } as const
const sameSupplier = { 'mod-supplier-change': 'no', 'mod-extends-term': 'no' } as const

const walks: { name: string; answers: Answers; expected: Record<string, string> }[] = [
  {
    name: 'an English council extends a Procurement Act contract by 3 of 36 months',
    answers: {
      jurisdiction: 'england',
      'authority-type': 'local-authority',
      ...change,
      'mod-health-care': 'no',
      'mod-procurement-start': 'from-2026',
      'mod-contract-category': 'other-services-or-goods',
      'mod-original-value': 2_000_000,
      'mod-earlier-changes-value': 0,
      'mod-change-value': 150_000,
      'mod-supplier-change': 'no',
      'mod-extends-term': 'yes',
      'mod-bridging': 'no',
      'mod-max-term-months': 36,
      'mod-extension-months': 3,
      'mod-changes-nature': 'no',
      'mod-provided-for': 'no',
      'mod-new-kind-of-supply': 'no',
      'mod-favours-supplier': 'no',
    },
    expected: { route: 'modification-permitted', variant: 'not-substantial', regime: 'pa-2023' },
  },
  {
    name: 'an English department adds 5% to a 2015 Regulations contract',
    answers: {
      jurisdiction: 'england',
      'authority-type': 'central-government',
      ...change,
      'mod-procurement-start': 'before-act',
      'mod-contract-category': 'other-services-or-goods',
      'mod-original-value': 2_000_000,
      'mod-earlier-changes-value': 0,
      'mod-change-value': 100_000,
      ...sameSupplier,
      'mod-changes-nature': 'no',
      'mod-provided-for': 'no',
    },
    expected: { route: 'modification-minor', variant: 'de-minimis', regime: 'pcr-2015' },
  },
  {
    name: 'a Scottish council adds 30% of incompatible extra supplies',
    answers: {
      jurisdiction: 'scotland',
      'authority-type': 'local-authority',
      ...change,
      'mod-procurement-start': 'from-2026',
      'mod-contract-category': 'other-services-or-goods',
      'mod-original-value': 2_000_000,
      'mod-earlier-changes-value': 0,
      'mod-change-value': 600_000,
      ...sameSupplier,
      'mod-changes-nature': 'yes',
      'mod-provided-for': 'no',
      'mod-additional-supplies': 'yes',
    },
    expected: {
      route: 'modification-permitted',
      variant: 'additional-supplies',
      regime: 'pcr-scotland-2015',
    },
  },
  {
    name: 'a Welsh council’s health contract awarded by Direct Award Process 1',
    answers: {
      jurisdiction: 'wales',
      'authority-type': 'local-authority',
      ...change,
      'mod-health-care': 'yes',
      'mod-original-value': 1_000_000,
      'mod-earlier-changes-value': 0,
      'mod-change-value': 100_000,
      ...sameSupplier,
      'mod-changes-nature': 'no',
      'psr-mod-original-process': 'direct-award-1',
    },
    expected: {
      route: 'psr-modification-permitted',
      variant: 'original-direct-award',
      regime: 'psr-wales-2025',
    },
  },
]

for (const w of walks) {
  test(`walks the changes journey: ${w.name}`, async ({ page }) => {
    await walk(page, w.answers)
    expect(await shownRoute(page)).toEqual(w.expected)
  })
}

test('the changes journey by keyboard alone, under an English Provider Selection Regime', async ({
  page,
}) => {
  await page.goto('/')
  const focusAndPress = async (name: string) => {
    const target = page.getByRole('button', { name })
    for (let i = 0; i < 40 && !(await target.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab')
    await expect(target).toBeFocused()
    await page.keyboard.press('Enter')
  }
  const settle = async () => {
    if (await page.evaluate(() => (window.history.state?.idx ?? 0) > 0))
      await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
  }
  const choose = async (label: string) => {
    const radio = page.getByLabel(label, { exact: true })
    await expect(radio).toBeVisible()
    await settle()
    const inGroup = () =>
      page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'radio')
    for (let i = 0; i < 30 && !(await inGroup()); i++) await page.keyboard.press('Tab')
    await page.keyboard.press('Space')
    for (let i = 0; i < 12 && !(await radio.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('ArrowDown')
    await expect(radio).toBeChecked()
    await focusAndPress('Continue')
  }
  const type = async (figure: string) => {
    const box = page.locator('main input.govuk-input').first()
    await expect(box).toBeVisible()
    await settle()
    for (let i = 0; i < 30 && !(await box.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab')
    await page.keyboard.type(figure)
    await focusAndPress('Continue')
  }
  await focusAndPress('Start now')
  await choose('England')
  await choose('NHS body')
  await choose('Change or extend a contract we already have')
  await choose('Yes')
  await type('2000000')
  await type('0')
  await type('100000')
  await choose('No') // a different supplier
  await choose('No') // extends the term
  await choose('No') // changes the character
  await choose('Another process, or before the Provider Selection Regime')
  await choose('No') // provided for
  await choose('No') // outside factors: within the value limits
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers')
  await focusAndPress('Continue')
  expect(await shownRoute(page)).toEqual({
    route: 'psr-modification-permitted',
    variant: 'within-value-limits',
    regime: 'psr-2023',
  })
})

test('a change that needs a new procurement offers the new-award journey with the answers carried over, and its pages pass axe', async ({
  page,
}) => {
  const answers: Answers = {
    jurisdiction: 'england',
    'authority-type': 'local-authority',
    ...change,
    'mod-health-care': 'no',
    'mod-procurement-start': 'from-2026',
    'mod-contract-category': 'light-touch-services',
    'mod-supplier-change': 'yes',
    'mod-restructuring': 'no',
  }
  // Axe on the figure page and on a question of the journey on the way.
  await page.goto(
    '/questions/mod-change-value?jurisdiction=england&authority-type=local-authority&approach=change-existing-contract&mod-health-care=no&mod-procurement-start=from-2026&mod-contract-category=other-services-or-goods&mod-original-value=2000000&mod-earlier-changes-value=0',
  )
  await page.locator('main form[data-question="mod-change-value"]').waitFor()
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(page.locator('.govuk-error-summary')).toContainText(
    'Enter how much this change adds, or 0',
  )
  expect(await axeViolations(page)).toEqual([])
  await page.locator('input[name="mod-change-value"]').fill('-5')
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(page.locator('.govuk-error-summary')).toContainText('cannot be negative')
  await page.goto(
    '/questions/mod-max-term-months?jurisdiction=england&authority-type=local-authority&approach=change-existing-contract&mod-health-care=no&mod-procurement-start=from-2026&mod-contract-category=other-services-or-goods&mod-original-value=2000000&mod-earlier-changes-value=0&mod-change-value=0&mod-supplier-change=no&mod-extends-term=yes&mod-bridging=yes',
  )
  await page.locator('input[name="mod-max-term-months"]').fill('0')
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(page.locator('.govuk-error-summary')).toContainText('cannot be 0')
  await page.locator('input[name="mod-max-term-months"]').fill('2.5')
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(page.locator('.govuk-error-summary')).toContainText('whole months')
  expect(await axeViolations(page)).toEqual([])

  await walk(page, { ...answers, 'mod-change-value': 0 })
  expect(await shownRoute(page)).toEqual({
    route: 'modification-not-permitted',
    variant: 'supplier-change',
    regime: 'pa-2023',
  })
  expect(await axeViolations(page)).toEqual([])
  await page.getByRole('link', { name: 'Answer the questions for a new award' }).click()
  await expect(page).toHaveURL(/\/questions\/existing-procurement\?/)
  const query = new URL(page.url()).searchParams
  expect(Object.fromEntries(query)).toMatchObject({
    jurisdiction: 'england',
    'authority-type': 'local-authority',
    approach: 'buy-services',
    'existing-procurement': 'no',
    'service-category': 'light-touch',
  })
  await expect(page.locator('input[name="existing-procurement"][value="no"]')).toBeChecked()
})
