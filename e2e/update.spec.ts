import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { NGINX_ROOT } from '../playwright.nginx.config'
import { expect, test } from './support/fixtures'

// Runs behind nginx only (playwright.nginx.config.ts): it deploys a new version by
// changing sw.js in the served copy, and the worker must run under the deployed CSP.
const swPath = join(NGINX_ROOT, 'sw.js')
const page1 = '/questions/authority-type?jurisdiction=scotland'

/** Waits until this page is controlled by an active worker (the second visit is). */
async function controlled(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) {
    await page.reload()
  }
  expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true)
}

const reloads = (page: Page) => page.waitForEvent('load')

test('a new version waits for "Reload to update", which reloads into it in every tab, keeping answers and notes', async ({
  page,
  context,
  pageErrors,
}) => {
  const original = readFileSync(swPath, 'utf8')
  try {
    await page.goto(page1)
    await controlled(page)
    await page.getByText('Notes for the record', { exact: true }).click()
    await page.locator('#notes-authority-type').fill('Agreed at the board.')
    const second = await context.newPage()
    await second.goto(page1)
    await controlled(second)

    // A deploy: the worker script changes, the browser finds it, it installs and waits.
    writeFileSync(swPath, `${original}\n// the next version\n`)
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update()
    })
    for (const tab of [page, second]) {
      await expect(tab.getByRole('heading', { name: 'Update available' })).toBeVisible()
    }

    const [loaded] = await Promise.all([
      reloads(page),
      page.getByRole('button', { name: 'Reload to update' }).click(),
    ])
    expect(loaded.url()).toContain(page1)
    await expect(page.getByRole('heading', { name: 'Update available' })).toHaveCount(0)
    await page.getByText('Notes for the record', { exact: true }).click()
    await expect(page.locator('#notes-authority-type')).toHaveValue('Agreed at the board.')
    expect(
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration()
        return { waiting: Boolean(registration?.waiting), active: registration?.active?.state }
      }),
    ).toEqual({ waiting: false, active: 'activated' })

    // The other tab's button still works once the new version is already in charge.
    await Promise.all([
      reloads(second),
      second.getByRole('button', { name: 'Reload to update' }).click(),
    ])
    expect(second.url()).toContain(page1)
    expect(pageErrors).toEqual([])
  } finally {
    writeFileSync(swPath, original)
  }
})
