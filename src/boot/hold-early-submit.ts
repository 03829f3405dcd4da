/**
 * A question's form sent before the app is live would go out as a plain GET of its own
 * fields, losing the answers in the address. Until the app marks the page ready
 * (`data-app-ready` on the root element), the form is held; once it is ready the last
 * form held is sent again, with the button that sent it, for the app to handle.
 */
export function holdEarlySubmit(doc: Document): void {
  const root = doc.documentElement
  let held: { form: HTMLFormElement; by: HTMLElement | null } | undefined
  doc.addEventListener(
    'submit',
    (event) => {
      if (root.dataset.appReady) return
      event.preventDefault()
      const first = held === undefined
      held = { form: event.target as HTMLFormElement, by: event.submitter }
      if (!first) return
      new MutationObserver((_, observer) => {
        if (!root.dataset.appReady) return
        observer.disconnect()
        // After the app's own work for this change, so its submit handler is in place.
        setTimeout(() => {
          if (!held?.form.isConnected) return
          const { form, by } = held
          form.requestSubmit(by?.isConnected ? by : undefined)
        })
      }).observe(root, { attributeFilter: ['data-app-ready'] })
    },
    true,
  )
}
