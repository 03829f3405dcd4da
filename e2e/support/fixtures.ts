import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Page } from '@playwright/test'

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** axe with the WCAG 2.2 AA tags; returns the violations so a test can show them. */
export async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  )
}

/**
 * Every test records the requests its page makes and any page error, so each spec
 * can assert that nothing left the origin and nothing threw.
 */
/**
 * Prerendered pages are readable before the app starts; the app marks <html> once it is
 * live. Navigations in tests wait for that, as a person would wait for a page to load.
 */
export async function appReady(page: Page) {
  await page.locator('html[data-app-ready="true"]').waitFor({ state: 'attached', timeout: 15_000 })
}

export const test = base.extend<{ offOrigin: string[]; pageErrors: string[] }>({
  page: async ({ page }, use) => {
    const goto = page.goto.bind(page)
    const reload = page.reload.bind(page)
    page.goto = async (url, options) => {
      const response = await goto(url, options)
      await appReady(page)
      return response
    }
    page.reload = async (options) => {
      const response = await reload(options)
      await appReady(page)
      return response
    }
    await use(page)
  },
  offOrigin: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL ?? 'http://localhost').origin
    const seen: string[] = []
    page.on('request', (request) => {
      const url = request.url()
      if (url.startsWith('data:') || url.startsWith('blob:')) return
      if (new URL(url).origin !== origin) seen.push(url)
    })
    await use(seen)
  },
  pageErrors: async ({ page }, use) => {
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    await use(errors)
  },
})

export { expect }
