import { readFileSync } from 'node:fs'
import { strFromU8, unzipSync } from 'fflate'
import { expect, test } from './support/fixtures'
import { walk } from './support/walk'

test('after one visit the app works offline: walk to a result and download its Word record', async ({
  page,
  context,
}) => {
  await page.goto('/')
  // The service worker has installed (and precached every page and chunk) once it is ready.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  await context.setOffline(true)
  await page.reload()
  await expect(page.getByRole('button', { name: 'Start now' })).toBeVisible()
  await walk(page, {
    jurisdiction: 'scotland',
    'authority-type': 'local-authority',
    approach: 'transfer-asset',
    'asset-service-obligations': 'no',
    'asset-value': 'undervalue',
  })
  await expect(page.locator('[data-route]')).toHaveAttribute(
    'data-route',
    'community-asset-transfer',
  )
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /Word/ }).click(),
  ])
  const xml = strFromU8(
    unzipSync(new Uint8Array(readFileSync(await download.path())))[
      'word/document.xml'
    ] as Uint8Array,
  )
  expect(xml).toContain('Where is your organisation constituted?')
  await page.goto('/map')
  // Laying out and drawing the whole model takes seconds on a busy 2-core machine.
  await expect(page.locator('[data-layout="drawn"] svg')).toBeVisible({ timeout: 30_000 })
  await expect(page.locator('[data-node-id="jurisdiction"]')).toBeVisible()
  await context.setOffline(false)
})
