/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/client" />

interface ImportMetaEnv {
  /** The address the phase banner's feedback link writes to; no link when unset. */
  readonly VITE_FEEDBACK_EMAIL?: string
}
