// Continue-to-next-question latency, in Chromium driven by Playwright: from the click on
// the form's button to the frame in which the next question's heading is painted.
//
// In the page: a capture-phase click listener on the button records performance.now();
// a MutationObserver sees the heading's text change; the next requestAnimationFrame
// callback records performance.now() again. The difference is one step.
//
// How the button is pressed matters as much as the app, because a frame comes only every
// 16.7 ms. Playwright's locator.click() waits for a frame (to see that the button is
// still), then moves, presses and releases at once, so its click lands at the same point
// of the frame every time, and that point depends on how long each app takes over the
// move and the press. A person presses at any moment and holds the button for about a
// tenth of a second (click durations of 87–137 ms by age group in the ClickSense data,
// github.com/andyed/clicksense, docs/clicksense-research.md). So by default the bench
// presses like one (`press: 'person'`): the pointer rests on the button, the press comes
// after a frame plus a delay that steps across the frame (0 to 16 ms), and the button is
// released 100 ms later; both apps get the same delays. `'quick'` presses the same way but
// releases at once; `'playwright'` uses locator.click(). `cpuSlowdown: 4` runs the page with
// Chromium's CPU slowed 4× (CDP Emulation.setCPUThrottlingRate), as a mid-range phone.
import { chromium } from '@playwright/test'
import { chromiumLaunchOptions } from './chromium.mjs'

/** The launch options shared with the e2e suite and the screenshots. */
export const launchOptions = chromiumLaunchOptions

/**
 * Installed before any page script runs. `heading` finds the question's heading, and
 * `isButton(target)` tells whether a click is on the button that moves on.
 */
function instrument({ heading, button }) {
  const bench = { steps: [], pending: null }
  window.__bench = bench
  const text = () => document.querySelector(heading)?.textContent?.trim() ?? ''
  document.addEventListener(
    'click',
    (event) => {
      const target = event.target instanceof Element ? event.target.closest(button.selector) : null
      if (!target) return
      const label = (target.value || target.textContent || '').trim()
      if (label !== button.name) return
      bench.pending = { start: performance.now(), input: event.timeStamp, before: text() }
    },
    true,
  )
  new MutationObserver(() => {
    const pending = bench.pending
    if (!pending) return
    const now = text()
    if (!now || now === pending.before) return
    bench.pending = null
    // When the new heading reached the DOM: the part of the step spent before painting.
    const domMs = performance.now() - pending.start
    requestAnimationFrame(() => {
      const painted = performance.now()
      // From the input's own time: includes any wait before the click was handled.
      bench.steps.push({
        ms: painted - pending.start,
        inputMs: painted - pending.input,
        domMs,
        heading: now,
      })
    })
  }).observe(document, { childList: true, subtree: true, characterData: true })
}

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]
  const mid = sorted.length / 2
  const median = sorted.length % 2 ? sorted[Math.floor(mid)] : (sorted[mid - 1] + sorted[mid]) / 2
  return {
    steps: sorted.length,
    medianMs: median,
    p95Ms: at(0.95),
    minMs: sorted[0],
    maxMs: sorted.at(-1),
  }
}

async function measure({ baseUrl, minSteps, walker, heading, button, press, cpuSlowdown, log }) {
  const browser = await chromium.launch(launchOptions())
  try {
    const context = await browser.newContext()
    await context.addInitScript(instrument, { heading, button })
    const page = await context.newPage()
    // A slower phone's CPU: every task in the page runs `cpuSlowdown` times slower. The
    // setting belongs to the page's target, so it holds across the walk's navigations.
    if (cpuSlowdown > 1) {
      const cdp = await context.newCDPSession(page)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown })
    }
    const errors = []
    page.on('pageerror', (e) => errors.push(String(e)))
    const steps = []
    let walks = 0
    // One presser for the whole run, so its delays keep stepping across walks.
    const presser = pressWith(press)
    while (steps.length < minSteps) {
      const got = await walker(page, baseUrl, presser)
      if (got.length === 0) throw new Error('a walk measured no step')
      steps.push(...got)
      walks++
      log?.(`  walk ${walks}: ${got.length} steps (${steps.length}/${minSteps})`)
    }
    const dom = stats(steps.map((s) => s.domMs))
    const input = stats(steps.map((s) => s.inputMs))
    return {
      press,
      cpuSlowdown,
      ...stats(steps.map((s) => s.ms)),
      /** The same steps timed from the click's own timestamp rather than its handling. */
      inputMedianMs: input.medianMs,
      inputP95Ms: input.p95Ms,
      /** Click → the new heading in the DOM (before the frame that paints it). */
      domMedianMs: dom.medianMs,
      domP95Ms: dom.p95Ms,
      walks,
      headings: [...new Set(steps.map((s) => s.heading))],
      /** Median step and heading-in-DOM time for each heading, to find the slow pages. */
      byHeading: Object.fromEntries(
        [...new Set(steps.map((s) => s.heading))].map((heading) => {
          const mine = steps.filter((s) => s.heading === heading)
          const median = (key) => stats(mine.map((s) => s[key])).medianMs
          return [
            heading,
            { steps: mine.length, medianMs: median('ms'), domMedianMs: median('domMs') },
          ]
        }),
      ),
      pageErrors: errors.slice(0, 5),
    }
  } finally {
    await browser.close()
  }
}

/** Delays after a frame, in ms, that step across the 16.7 ms between frames. */
const phases = Array.from({ length: 17 }, (_, i) => (i * 7) % 17)

/** How long a person holds the button down, in ms. */
const HOLD_MS = 100

/** How a walk presses the button: `(page, locator) => Promise<void>`. */
function pressWith(press) {
  if (press === 'playwright') return (_page, locator) => locator.click()
  const hold = press === 'person' ? HOLD_MS : 0
  let next = 0
  return async (page, locator) => {
    await locator.hover()
    const delay = phases[next++ % phases.length]
    await page.evaluate(
      (ms) => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, ms))),
      delay,
    )
    await page.mouse.down()
    if (hold) await page.waitForTimeout(hold)
    await page.mouse.up()
  }
}

/** Presses, waits until the step it started has been recorded, and returns it. */
async function clickAndWait(page, locator, count, press) {
  await press(page, locator)
  await page.waitForFunction((n) => window.__bench.steps.length > n, count, { timeout: 15_000 })
  return page.evaluate((n) => window.__bench.steps[n], count)
}

/** Route Finder's long path: England, a local authority, light touch services at £800,000. */
export const routeFinderAnswers = {
  jurisdiction: 'england',
  'authority-type': 'local-authority',
  approach: 'buy-services',
  'existing-procurement': 'no',
  'health-care': 'no',
  'provider-relationship': 'other',
  'service-category': 'light-touch',
  'user-choice': 'no',
  'use-framework': 'no',
  'contract-value': '800000',
  concession: 'no',
  innovation: 'no',
  'single-provider': 'no',
  'extreme-urgency': 'no',
  'supported-employment-reservation': 'no',
  'mutual-reservation': 'no',
  'relationship-model': 'alliance',
}

/**
 * One walk of Route Finder: load the first question's prerendered page, let it hydrate,
 * then answer and Continue until the page after Continue is no longer a question.
 */
async function routeFinderWalk(page, baseUrl, press) {
  await page.goto(`${baseUrl}/questions/jurisdiction`)
  // Hydrated: React has claimed the prerendered heading (its fiber is on the node).
  await page.waitForFunction(() => {
    const h = document.querySelector('main h1')
    return Boolean(h && Object.keys(h).some((k) => k.startsWith('__reactFiber$')))
  })
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))))
  const steps = []
  for (let i = 0; i < 40; i++) {
    const form = page.locator('main form[data-question]')
    const question = await form.getAttribute('data-question')
    const value = routeFinderAnswers[question]
    if (value === undefined) throw new Error(`the walk has no answer for ${question}`)
    if (question === 'contract-value')
      await form.locator('input[name="contract-value"]').fill(value)
    else await form.locator(`input[name="${question}"][value="${value}"]`).check()
    // The last question leads to Check your answers, not to a question: stop before it.
    if (question === 'relationship-model') break
    const count = await page.evaluate(() => window.__bench.steps.length)
    const continueButton = form.getByRole('button', { name: 'Continue' })
    const step = await clickAndWait(page, continueButton, count, press)
    steps.push(step)
    // The new question's form is there once its heading is painted.
    await page.locator('main form[data-question]').waitFor()
  }
  return steps
}

export function routeFinderLatency(
  baseUrl,
  { minSteps = 200, press = 'person', cpuSlowdown = 1, log } = {},
) {
  return measure({
    baseUrl,
    minSteps,
    press,
    cpuSlowdown,
    log,
    walker: routeFinderWalk,
    heading: 'main h1',
    button: { selector: 'button', name: 'Continue' },
  }).then((r) => ({ ...r, path: routeFinderAnswers }))
}

/**
 * The peer's answers: the same path as Route Finder's where the peer asks the question;
 * any other question takes its first choice.
 */
export const peerAnswers = {
  jurisdiction: 'england',
  'existing-procurement': 'no',
  'authority-type': 'local-authority',
  approach: 'buy-services',
  'health-care': 'no',
  'provider-relationship': 'other',
  'service-category': 'light-touch',
  'contract-value': '800000',
  innovation: 'no',
  'single-provider': 'no',
  'relationship-model': 'alliance',
}

const peerTitle = '.sd-question__title'

/** One walk of the SurveyJS peer: Start now, then Next until the button says Complete. */
async function peerWalk(page, baseUrl, press) {
  await page.goto(baseUrl)
  const startButton = page.getByRole('button', { name: 'Start now' })
  await startButton.waitFor()
  await page.waitForLoadState('load')
  await startButton.click()
  await page.locator(peerTitle).first().waitFor()
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))))
  const steps = []
  for (let i = 0; i < 40; i++) {
    const question = page.locator('.sd-question[data-name]').first()
    const name = await question.getAttribute('data-name')
    const value = peerAnswers[name]
    const text = question.locator('input[type="text"], input[type="number"], input:not([type])')
    if ((await text.count()) > 0) {
      await text.first().fill(value ?? '1')
    } else {
      const input =
        value === undefined ? 'input[type="radio"]' : `input[type="radio"][value="${value}"]`
      // SurveyJS hides the native input; click its label.
      await question
        .locator('label', { has: page.locator(input) })
        .first()
        .click()
    }
    const next = page.getByRole('button', { name: 'Next', exact: true })
    if ((await next.count()) === 0 || !(await next.first().isVisible())) break
    const count = await page.evaluate(() => window.__bench.steps.length)
    steps.push(await clickAndWait(page, next.first(), count, press))
    await page.locator('.sd-question[data-name]').first().waitFor()
  }
  return steps
}

export function peerLatency(
  baseUrl,
  { minSteps = 200, press = 'person', cpuSlowdown = 1, log } = {},
) {
  return measure({
    baseUrl,
    minSteps,
    press,
    cpuSlowdown,
    log,
    walker: peerWalk,
    heading: peerTitle,
    button: { selector: 'button, input[type="button"], input[type="submit"]', name: 'Next' },
  }).then((r) => ({ ...r, path: peerAnswers }))
}
