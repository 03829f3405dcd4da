// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { isChunkLoadError, RecoveryPage } from './recovery-page'

describe('RecoveryPage', () => {
  afterEach(cleanup)

  it('offers a reload when the page’s code could not be fetched', () => {
    render(
      <RecoveryPage
        error={new TypeError('Failed to fetch dynamically imported module: /assets/x.js')}
      />,
    )
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'This page could not be loaded',
    )
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeTruthy()
  })

  it('keeps "Start again" alone for any other failure', () => {
    render(<RecoveryPage error={new Error('forced render failure')} />)
    expect(screen.queryByRole('button')).toBeNull()
    expect(screen.getByRole('link', { name: 'Start again' })).toBeTruthy()
  })

  it('knows the messages each browser gives for a chunk that failed to load', () => {
    for (const message of [
      'Failed to fetch dynamically imported module: https://x/assets/a.js',
      'Importing a module script failed.',
      'error loading dynamically imported module: https://x/assets/a.js',
      'Unable to preload CSS for /assets/a.css',
    ]) {
      expect(isChunkLoadError(new TypeError(message))).toBe(true)
    }
    expect(isChunkLoadError(new Error('x is undefined'))).toBe(false)
  })
})
