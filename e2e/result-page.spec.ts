import { readFileSync } from 'node:fs'
import { strFromU8, unzipSync } from 'fflate'
import { axeViolations, expect, test } from './support/fixtures'
import { pdfText } from './support/pdf-text'

// A district council's grant to an organisation that trades, within the MFA limit.
const grant =
  '/result?jurisdiction=england&authority-type=local-authority&approach=fund-organisation&enforceable-deliverables=no&economic-activity=yes&mfa-headroom=yes&ruleset=2027-01'
// A Social Impact Bond brought by the commissioner, bought as an innovation partnership.
const sib =
  '/result?jurisdiction=england&authority-type=local-authority&approach=social-impact-bond&sib-initiator=commissioner&existing-procurement=no&health-care=no&provider-relationship=other&service-category=light-touch&user-choice=no&use-framework=no&contract-value=1000000&concession=no&innovation=yes&ruleset=2027-01'

test('the summary card and the record buttons come first; the contents move focus to each section', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto(sib)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Social Impact Bond/)
  const card = page.locator('.app-result-summary')
  await expect(card).toContainText('Innovation partnership')
  await expect(card.getByRole('listitem')).toHaveCount(3)
  // Print is within two phone screens of the top.
  const print = page.getByRole('button', { name: 'Print this record' })
  const top = await print.evaluate((b) => b.getBoundingClientRect().top + window.scrollY)
  expect(top).toBeLessThan(2 * 844)

  const contents = page.getByRole('navigation', { name: 'Contents' })
  for (const name of ['Why this route', 'Next steps', 'Alternatives considered', 'Your answers'])
    await expect(contents.getByRole('link', { name, exact: true })).toBeVisible()

  await contents.getByRole('link', { name: 'Legal references', exact: true }).click()
  const references = page.getByRole('heading', { level: 2, name: 'Legal references' })
  await expect(references).toBeFocused()
  await expect(references).toBeInViewport()

  // The card's link to the rest of the steps.
  await page.getByRole('link', { name: /^All \d+ next steps$/ }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Next steps' })).toBeFocused()

  // Back to top, from the section below Next steps.
  await page.getByRole('link', { name: 'Back to top' }).nth(2).click()
  const h1 = page.getByRole('heading', { level: 1 })
  await expect(h1).toBeFocused()
  await expect(h1).toBeInViewport()
})

test('the first three alternatives show with their reasons, the rest behind "Show all alternatives"', async ({
  page,
}) => {
  await page.goto(sib)
  const rows = page.locator('#alternatives + dl .govuk-summary-list__row')
  const total = await rows.count()
  expect(total).toBeGreaterThan(3)
  await expect(rows.filter({ visible: true })).toHaveCount(3)
  await expect(rows.first()).toContainText('Not recommended: You answered')
  const showAll = page.getByRole('button', { name: 'Show all alternatives' })
  await expect(showAll).toHaveAttribute('aria-expanded', 'false')
  await showAll.click()
  await expect(rows.filter({ visible: true })).toHaveCount(total)
  await expect(page.getByRole('button', { name: 'Show fewer alternatives' })).toHaveAttribute(
    'aria-expanded',
    'true',
  )
  // No alternative is phrased as a figure tried against the threshold.
  await expect(page.locator('#alternatives + dl')).not.toContainText('if the answer were “£')
  // The changed page: the card, the record buttons, the contents and every alternative shown.
  expect(await axeViolations(page)).toEqual([])
})

test('a grant record takes an amount and a recipient, checked, printed and exported', async ({
  page,
}) => {
  await page.goto(grant)
  const amount = page.getByLabel('Amount (£) (optional)')
  await amount.fill('12.5')
  await page.getByLabel('Recipient (optional)').fill('Riverside Food Bank')
  await expect(
    page.getByText('Error: Enter the amount in whole pounds, without pence'),
  ).toBeVisible()
  await expect(amount).toHaveAttribute('aria-describedby', /record-amount-error/)
  expect(await axeViolations(page)).toEqual([])
  await amount.fill('abc')
  await amount.blur()
  await expect(page.getByText('Enter the amount as a number of pounds, like 12,000')).toBeVisible()
  await amount.fill('£12,000')
  await amount.blur()
  await expect(page.locator('#record-amount-error')).toHaveCount(0)

  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /JSON/ }).click(),
  ])
  const record = JSON.parse(readFileSync(await json.path(), 'utf8'))
  expect(record.version).toBe(2)
  expect(record.amount).toBe(12000)
  expect(record.recipient).toBe('Riverside Food Bank')

  const [word] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /Word/ }).click(),
  ])
  const xml = strFromU8(
    unzipSync(new Uint8Array(readFileSync(await word.path())))['word/document.xml'] as Uint8Array,
  )
  expect(xml).toContain('Riverside Food Bank')
  expect(xml).toContain('£12,000')
  expect(xml).toContain('(this route sits outside them)')

  await page.emulateMedia({ media: 'print' })
  const text = await pdfText(await page.pdf({ format: 'A4' }))
  for (const expected of [
    'Recipient',
    'Riverside Food Bank',
    '£12,000',
    'Printed',
    'Ruleset',
    '2027-01',
    '(this route sits outside them)',
  ])
    expect(text).toContain(expected)
  expect(text).not.toContain('Back to top')
  expect(text).not.toContain('Contents')
})

test('a procurement route asks for no amount or recipient', async ({ page }) => {
  await page.goto(sib)
  await expect(page.getByLabel('Title of the commission (optional)')).toBeVisible()
  await expect(page.getByLabel('Amount (£) (optional)')).toHaveCount(0)
  await expect(page.getByLabel('Recipient (optional)')).toHaveCount(0)
})
