// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { holdEarlySubmit } from './hold-early-submit'

/** A question page as prerendered: a form with two buttons, the app not live yet. */
function page() {
  const doc = document.implementation.createHTMLDocument('Route Finder')
  doc.body.innerHTML =
    '<form><input name="approach" value="buy-services"><button name="go">Continue</button><button name="other">Other</button></form>'
  const form = doc.querySelector('form')!
  const [go, other] = [...doc.querySelectorAll('button')]
  const sent: (string | undefined)[] = []
  // Stands for the app's own handler, added once it is live.
  const appHandler = (event: SubmitEvent) => {
    event.preventDefault()
    sent.push((event.submitter as HTMLButtonElement | null)?.name)
  }
  holdEarlySubmit(doc)
  return { doc, form, go: go!, other: other!, sent, appHandler }
}

const settle = async () => {
  await Promise.resolve()
  await new Promise((resolve) => setTimeout(resolve))
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('holdEarlySubmit', () => {
  it('holds a form sent before the app is ready, then sends it again with its button', async () => {
    const { doc, form, go, sent, appHandler } = page()
    const plain = vi.fn((event: Event) => event.defaultPrevented)
    doc.addEventListener('submit', plain)
    form.requestSubmit(go)
    expect(plain).toHaveReturnedWith(true)
    await settle()
    expect(sent).toEqual([])

    doc.removeEventListener('submit', plain)
    form.addEventListener('submit', appHandler)
    doc.documentElement.dataset.appReady = 'true'
    await settle()
    expect(sent).toEqual(['go'])
  })

  it('sends only the last form held', async () => {
    const { doc, form, go, other, sent, appHandler } = page()
    form.requestSubmit(go)
    form.requestSubmit(other)
    form.addEventListener('submit', appHandler)
    doc.documentElement.dataset.appReady = 'true'
    await settle()
    expect(sent).toEqual(['other'])
  })

  it('leaves a form alone once the app is ready', async () => {
    const { doc, form, go, sent, appHandler } = page()
    doc.documentElement.dataset.appReady = 'true'
    form.addEventListener('submit', appHandler)
    form.requestSubmit(go)
    await settle()
    expect(sent).toEqual(['go'])
  })

  it('sends nothing when the held form has left the page', async () => {
    const { doc, form, go, sent, appHandler } = page()
    form.requestSubmit(go)
    form.addEventListener('submit', appHandler)
    form.remove()
    doc.documentElement.dataset.appReady = 'true'
    await settle()
    expect(sent).toEqual([])
  })
})
