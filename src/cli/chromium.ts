/**
 * The system Chromium (Debian's package) and the flags it needs on our machines, where no browser
 * can be downloaded and the network is closed: shared by the browser tests and the benchmark.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
