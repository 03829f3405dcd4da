import { expect, type Page } from '@playwright/test'
import type { Answers } from '../../machines/answers'
import { formatPounds } from '../../machines/content/money'

/**
 * Walks the wizard by its public contract: from "Start now", each question page's form
 * names its input after the question; "Continue" submits; the result carries data-route.
 */
export async function walk(page: Page, answers: Answers, options: WalkOptions = {}) {
  await page.goto('/')
  await page.getByRole('button', { name: 'Start now' }).click()
  await page.waitForURL(/\/questions\//)
  await walkOn(page, answers, options)
}

type WalkOptions = { startDate?: string; typedValue?: string }

/** Walks on from the question page already open, as `walk` does from the first. */
export async function walkOn(page: Page, answers: Answers, options: WalkOptions = {}) {
  for (let step = 0; step < 40; step++) {
    // The URL changes before the new page renders: wait for the page the URL names.
    const path = new URL(page.url()).pathname
    if (path === '/result') {
      await page.locator('[data-route]').waitFor()
      return
    }
    if (path === '/check-answers') {
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers')
      await page.getByRole('button', { name: 'Continue' }).click()
      await page.locator('[data-route]').waitFor()
      return
    }
    const question = path.replace('/questions/', '')
    const form = page.locator(`main form[data-question="${question}"]`)
    await form.waitFor()
    await page.locator('html[data-app-ready="true"]').waitFor({ state: 'attached' })
    const value = answers[question as keyof Answers]
    if (value === undefined) throw new Error(`The walk has no answer for ${question}`)
    if (question === 'contract-value') {
      await form
        .locator('input[name="contract-value"]')
        .fill(options.typedValue ?? formatPounds(Number(value)))
      if (options.startDate) {
        const [y, m, d] = options.startDate.split('-')
        await form.locator('input[name="startDate-day"]').fill(String(Number(d)))
        await form.locator('input[name="startDate-month"]').fill(String(Number(m)))
        await form.locator('input[name="startDate-year"]').fill(String(y))
      }
    } else if (typeof value === 'number') {
      // A figure of the changes journey: pounds or months, typed as a plain number.
      await form.locator(`input[name="${question}"]`).fill(String(value))
    } else {
      await form.locator(`input[name="${question}"][value="${value}"]`).check()
    }
    await form.getByRole('button', { name: 'Continue' }).click()
    // Continue first writes the answer into this question's own address (so the browser's
    // Back shows it chosen), then moves on: wait for the path, not the query, to change.
    await expect.poll(() => new URL(page.url()).pathname).not.toBe(path)
  }
  throw new Error('The walk did not reach a result')
}

/** The route, variant and regime the result page shows. */
export async function shownRoute(page: Page) {
  const el = page.locator('[data-route]')
  return {
    route: await el.getAttribute('data-route'),
    variant: (await el.getAttribute('data-variant')) || null,
    regime: await el.getAttribute('data-regime'),
  }
}
