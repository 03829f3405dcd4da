// How every tool here launches Chromium: CHROMIUM_PATH, else Debian's /usr/bin/chromium,
// else Playwright's own download (executablePath undefined). The flags keep a headless
// Chromium from reaching for Google's services on a closed network.
import { existsSync } from 'node:fs'

export function chromiumLaunchOptions() {
  const candidate = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
  return {
    executablePath: existsSync(candidate) ? candidate : undefined,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  }
}
