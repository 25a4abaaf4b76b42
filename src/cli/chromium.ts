/**
 * The system Chromium (Debian's package) and the flags it needs on our machines, where no browser
 * can be downloaded and the network is closed: shared by the browser tests and the benchmark.
 */
import { existsSync } from 'node:fs';

/** The full browser, as readers run it: Lighthouse measures this one. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The browser tests' Chromium: Debian's `chromium-headless-shell` when installed (the same Chromium
 * build without the browser's own interface, which Playwright also uses for headless runs; it opens
 * a page in a third of the time, and the suite opens hundreds), else the full browser above.
 */
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
export const testChromiumPath = process.env.CHROMIUM_PATH ?? (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : chromiumPath);

export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
