import { mkdirSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { axeViolations, expect, test } from './support/fixtures'

// An open competitive procedure under the Procurement Act 2023 (England): 25 days for tenders.
const openProcedure =
  '/result?jurisdiction=england&authority-type=local-authority&approach=buy-services&existing-procurement=no&health-care=no&provider-relationship=other&service-category=standard&user-choice=no&use-framework=no&contract-value=700000&concession=no&innovation=no&single-provider=no&extreme-urgency=no&supported-employment-reservation=no&mutual-reservation=no&relationship-model=conventional'

const shots = 'test-results/screenshots'

/** Sets the tender notice's date through "Set your own dates", by keyboard: tenders fall due on Christmas Day. */
async function setTenderNotice(page: Page) {
  const plan = page.locator('section.app-plan')
  await plan.locator('summary', { hasText: 'Set your own dates' }).focus()
  await page.keyboard.press('Enter')
  await plan.locator('#plan-pa-uk4-day').focus()
  for (const part of ['30', '11', '2026']) {
    await page.keyboard.type(part)
    await page.keyboard.press('Tab')
  }
  await plan.getByRole('button', { name: 'Update the plan', exact: true }).focus()
  await page.keyboard.press('Enter')
}

test('the plan timeline: dates in order with today, periods, and what moved a date on keyboard focus; no axe violations', async ({
  page,
  pageErrors,
}) => {
  mkdirSync(shots, { recursive: true })
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.clock.setFixedTime(new Date('2026-11-25T12:00:00Z'))
  await page.goto(openProcedure)
  const plan = page.locator('section.app-plan')
  await expect(plan.getByRole('heading', { name: 'Your procurement plan' })).toBeVisible()
  await expect(plan.getByRole('heading', { name: 'Timeline' })).toHaveCount(0)

  await setTenderNotice(page)
  const timeline = plan.locator('.app-timeline')
  await expect(timeline.getByRole('heading', { name: 'Timeline' })).toBeVisible()
  const dates = timeline.getByRole('list', { name: 'Dates in order' })
  const times = await dates
    .locator(':scope > li time')
    .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')))
  expect(times.slice(0, 3)).toEqual(['2026-11-25', '2026-11-30', '2026-12-25'])
  expect(times).toEqual([...times].sort())
  await expect(dates.locator('[aria-current="date"]')).toHaveText('Today, 25 November 2026')
  await expect(timeline.locator('.app-timeline__now-label')).toBeVisible()
  const periods = timeline.getByRole('list', { name: 'Periods' })
  await expect(periods.locator('li')).toHaveText([
    'Time for tenders: 30 November 2026 to 25 December 2026 (25 days)',
    'Standstill: 29 December 2026 to 11 January 2027 (8 working days)',
  ])

  // Keyboard alone: Tab from the tender deadline to the award notice's date; its details show.
  await timeline.getByRole('button', { name: '25 December 2026' }).focus()
  await timeline.evaluate((el) => el.scrollIntoView({ block: 'start' }))
  await page.keyboard.press('Tab')
  const award = timeline.getByRole('button', { name: '29 December 2026' })
  await expect(award).toBeFocused()
  const details = timeline.locator('[data-date="2026-12-29"] .app-timeline__details')
  await expect(details).toContainText(
    'Moved from Saturday 26 December 2026 to the next working day, past the weekend and Boxing Day (substitute day) on Monday 28 December 2026.',
  )
  expect((await details.boundingBox())?.width).toBeGreaterThan(200)
  await expect(timeline.locator('.app-timeline__off')).toHaveCount(3)
  expect(await axeViolations(page)).toEqual([])
  // With room below the timeline for the details it shows.
  const box = await timeline.boundingBox()
  if (box)
    await page.screenshot({
      path: `${shots}/plan-timeline-1280.png`,
      clip: { x: box.x - 10, y: box.y - 10, width: box.width + 20, height: box.height + 200 },
    })

  // Escape hides the details without moving focus.
  await page.keyboard.press('Escape')
  await expect(award).toBeFocused()
  expect((await details.boundingBox())?.width ?? 0).toBeLessThan(2)

  // A phone: the same list as a vertical timeline, every detail in text.
  await page.setViewportSize({ width: 390, height: 844 })
  await expect(timeline.locator('.app-timeline__axis')).toBeHidden()
  await expect(dates.locator('[aria-current="date"]')).toBeVisible()
  expect((await details.boundingBox())?.width).toBeGreaterThan(200)
  expect(await axeViolations(page)).toEqual([])
  await timeline.screenshot({ path: `${shots}/plan-timeline-390.png` })

  // Paper: the vertical timeline at A4 width, no hover needed.
  await page.setViewportSize({ width: 1280, height: 900 })
  await award.blur()
  await page.emulateMedia({ media: 'print' })
  await page.setViewportSize({ width: 794, height: 1123 })
  await expect(timeline.locator('.app-timeline__axis')).toBeHidden()
  await expect(details).toBeVisible()
  expect((await details.boundingBox())?.width).toBeGreaterThan(200)
  await timeline.screenshot({ path: `${shots}/plan-timeline-print.png` })
  expect(pageErrors).toEqual([])
})
