import { useState } from 'react'

/** Copies the page's address, which holds every answer: the share link. */
export function CopyLinkButton() {
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle')
  const [href, setHref] = useState('')
  async function copy() {
    const url = window.location.href
    setHref(url)
    try {
      await navigator.clipboard.writeText(url)
      setState('copied')
    } catch {
      // Locked-down browsers refuse the clipboard: show the link to copy by hand.
      setState('manual')
    }
  }
  return (
    <div className="app-no-print">
      <button type="button" className="govuk-button govuk-button--secondary" onClick={copy}>
        Copy link
      </button>
      <div role="status">
        {state === 'copied' && (
          <p className="govuk-body">Link copied. Anyone with it can see these answers.</p>
        )}
        {state === 'manual' && (
          <div className="govuk-form-group">
            <label className="govuk-label" htmlFor="share-link">
              Copy this link
            </label>
            <input
              className="govuk-input"
              id="share-link"
              readOnly
              value={href}
              onFocus={(e) => e.currentTarget.select()}
            />
          </div>
        )}
      </div>
    </div>
  )
}
