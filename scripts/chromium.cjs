// How the browser checks launch Chromium: Debian's (scripts/ensure-chromium.sh installs it;
// Playwright's own browser download is not available here), with the flags it needs in a
// container and without the background traffic nobody asked for. Used by
// playwright.config.ts (the portal's browser checks) and scripts/adoption/browserChecks.mjs.
const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

module.exports = { chromiumLaunchOptions };
