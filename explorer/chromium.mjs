// Debian's Chromium as the explorer's tests and benchmark launch it. No browser downloads are
// possible here; without the networking flags Chromium floods the closed network with requests.

/** Path of Debian's Chromium. */
export const chromiumPath = '/usr/bin/chromium';

/** Launch arguments for headless runs on this machine. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
