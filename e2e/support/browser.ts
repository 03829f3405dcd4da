// The suite launches Chromium the same way as the benchmark and the screenshots.
export { chromiumLaunchOptions } from '../../scripts/chromium.mjs'
