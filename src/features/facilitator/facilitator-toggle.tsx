import { useEffect } from 'react'
import { useFacilitator } from '@/lib/facilitator/facilitator-store'

/** The header switch for facilitator mode; it also marks the page for the larger type. */
export function FacilitatorToggle() {
  const enabled = useFacilitator((s) => s.enabled)
  const toggle = useFacilitator((s) => s.toggle)
  useEffect(() => {
    document.documentElement.classList.toggle('app-facilitator', enabled)
  }, [enabled])
  return (
    <button type="button" className="app-header__toggle" aria-pressed={enabled} onClick={toggle}>
      Facilitator mode{enabled ? ': on' : ''}
    </button>
  )
}
