import { type RefObject, useCallback, useEffect, useState } from 'react'

/**
 * How the map fills the screen: `native` through the Fullscreen API; `window` when the
 * browser has no such API or refuses it (an embedded frame, some tablets), by covering
 * the browser window with CSS instead.
 */
export type FullScreen = 'off' | 'native' | 'window'

/**
 * Full screen for one element. Escape leaves either mode: the browser handles it for the
 * API's full screen, the page for the window mode (and for the API's too, where the
 * browser passes the key on).
 */
export function useFullScreen(target: RefObject<HTMLElement | null>) {
  const [mode, setMode] = useState<FullScreen>('off')

  useEffect(() => {
    // The browser may leave full screen by itself (Escape, F11, a dialog).
    const onChange = () =>
      setMode((m) =>
        target.current && document.fullscreenElement === target.current
          ? 'native'
          : m === 'native'
            ? 'off'
            : m,
      )
    document.addEventListener('fullscreenchange', onChange)
    return () => document.removeEventListener('fullscreenchange', onChange)
  }, [target])

  const exit = useCallback(() => {
    if (document.fullscreenElement) document.exitFullscreen().catch(() => {})
    setMode('off')
  }, [])

  const enter = useCallback(async () => {
    const element = target.current
    if (!element) return
    if (document.fullscreenEnabled && typeof element.requestFullscreen === 'function') {
      try {
        await element.requestFullscreen()
        setMode('native')
        return
      } catch {
        // Refused: the window mode below still gives the room the whole window.
      }
    }
    setMode('window')
  }, [target])

  useEffect(() => {
    if (mode === 'off') return
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      event.preventDefault()
      exit()
    }
    document.addEventListener('keydown', onKey)
    // The page behind the window mode does not scroll under it.
    document.documentElement.classList.toggle('app-map-window', mode === 'window')
    return () => {
      document.removeEventListener('keydown', onKey)
      document.documentElement.classList.remove('app-map-window')
    }
  }, [mode, exit])

  // Leaving the page leaves full screen.
  useEffect(
    () => () => {
      if (document.fullscreenElement) document.exitFullscreen().catch(() => {})
    },
    [],
  )

  return { mode, enter, exit }
}
