import { Component, type ReactNode } from 'react'
import { RecoveryPage } from './recovery-page'

/** The last line of defence: whatever throws while rendering, the person sees a way on. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false }

  static getDerivedStateFromError() {
    return { failed: true }
  }

  override render() {
    return this.state.failed ? <RecoveryPage /> : this.props.children
  }
}
