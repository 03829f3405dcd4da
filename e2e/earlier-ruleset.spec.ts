import { axeViolations, expect, test } from './support/fixtures'
import { shownRoute, walkOn } from './support/walk'

// Links made under an earlier ruleset (decision model, section 9). A saved record made under
// one is opened in record.spec.ts.

// A light touch alliance as ruleset 2026-11 linked it: complete then, and no ruleset named.
const alliance2026 =
  'jurisdiction=england&authority-type=local-authority&approach=buy-services&existing-procurement=no&health-care=no&provider-relationship=other&service-category=light-touch&contract-value=800000&innovation=no&single-provider=no&use-framework=no&mutual-reservation=no&relationship-model=alliance'

test('a link made under ruleset 2026-11 opens at the first new question, with a one-line notice', async ({
  page,
  pageErrors,
}) => {
  const form = page.locator('main form[data-question]')
  const notice = page.getByTestId('rules-changed-notice')
  // Naming no ruleset, or naming 2026-11, is the same: the link was made under 2026-11.
  for (const link of [`/result?${alliance2026}`, `/result?${alliance2026}&ruleset=2026-11`]) {
    await page.goto(link)
    await expect(form).toHaveAttribute('data-question', 'user-choice')
    await expect(notice).toContainText('ruleset 2026-11')
    await expect(page.locator('.govuk-error-summary')).toHaveCount(0)
  }
  expect(await axeViolations(page)).toEqual([])

  // A link made under 2027-01 that stops short is only unfinished: no notice.
  await page.goto(`/result?${alliance2026}&ruleset=2027-01`)
  await expect(form).toHaveAttribute('data-question', 'user-choice')
  await expect(notice).toHaveCount(0)

  // For a body that may not be a contracting authority, the first new question is that one.
  await page.goto(
    '/result?jurisdiction=england&authority-type=other-public-body&approach=buy-services&existing-procurement=no&provider-relationship=other&service-category=standard&threshold-class=central&contract-value=8000000&innovation=no&single-provider=no&use-framework=no&relationship-model=conventional',
  )
  await expect(form).toHaveAttribute('data-question', 'contracting-authority')
  await expect(notice).toContainText('ruleset 2026-11')
  expect(pageErrors).toEqual([])
})

test('a link with a call-off under an Act framework begun before the Act opens at the framework question with a warning', async ({
  page,
  pageErrors,
}) => {
  await page.goto(
    '/result?jurisdiction=england&authority-type=local-authority&approach=buy-services&existing-procurement=yes&health-care=no&provider-relationship=other&service-category=standard&use-framework=yes&framework-regime=pa-2023',
  )
  const form = page.locator('main form[data-question]')
  await expect(form).toHaveAttribute('data-question', 'framework-regime')
  // No framework under the Act existed before 24 February 2025: the answer is set aside.
  await expect(page.getByTestId('answer-conflict')).toContainText('24 February 2025')
  // The other answer in the conflict can be changed from the warning.
  await expect(
    page
      .getByTestId('answer-conflict')
      .getByRole('link', { name: 'Change when the procurement started' }),
  ).toHaveAttribute('href', /^\/questions\/existing-procurement\?.*existing-procurement=yes/)
  await expect(form.locator('input[type="radio"]:checked')).toHaveCount(0)
  await expect(page.getByTestId('rules-changed-notice')).toHaveCount(0)
  expect(await axeViolations(page)).toEqual([])

  // The framework's own rules chosen instead, the call-off is routed as one.
  await walkOn(page, { 'framework-regime': 'pcr-2015' })
  expect(await shownRoute(page)).toEqual({
    route: 'framework-call-off',
    variant: 'standard',
    regime: 'pcr-2015',
  })
  expect(pageErrors).toEqual([])
})
