import { registerSW } from 'virtual:pwa-register'
import { useUpdate } from './update-store'

/**
 * Registers the service worker that keeps the app working offline. A new version waits
 * until the person chooses "Reload to update".
 */
export function registerOffline() {
  if (!('serviceWorker' in navigator)) return
  const update = registerSW({
    onNeedRefresh() {
      useUpdate.setState({ waiting: true, apply: () => void update(true) })
    },
  })
}
