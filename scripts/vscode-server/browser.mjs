// Starts Debian's headless Chromium in its own process group and connects Playwright to it over the DevTools protocol.
import { chromium } from 'playwright-core';
import { startGroup, stopGroup, waitForOutput } from './proc.mjs';
import { CHROMIUM } from './paths.mjs';

const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--no-default-browser-check',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
  '--window-size=1440,900', '--remote-debugging-address=127.0.0.1', '--remote-debugging-port=0',
];

/**
 * @typedef {object} Browser
 * @property {import('playwright-core').Page} page the one page, 1440×900, on about:blank
 * @property {number} pid the process id of Chromium (and of its process group)
 * @property {() => string} output what Chromium printed so far
 * @property {() => Promise<void>} stop disconnects Playwright and stops Chromium and its helpers
 */

/**
 * Starts Chromium with a fresh profile in `profileDir` and returns its page.
 * @param {string} profileDir
 * @param {{ tmp: string, timeoutMs: number }} options `tmp` becomes its `TMPDIR`
 * @returns {Promise<Browser>}
 */
export async function startBrowser(profileDir, { tmp, timeoutMs }) {
  const child = startGroup(CHROMIUM, [...FLAGS, `--user-data-dir=${profileDir}`, 'about:blank'], { env: { ...process.env, TMPDIR: tmp } });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  /** @type {import('playwright-core').Browser | undefined} */
  let connection;
  const stop = async () => {
    await stopGroup(child);
    await connection?.close().catch(() => undefined); // only disconnects: the browser is gone already
  };
  try {
    const [, endpoint] = await waitForOutput(child, /DevTools listening on (ws:\/\/\S+)/, { timeoutMs, what: `starting ${CHROMIUM}`, log: () => output });
    connection = await chromium.connectOverCDP(/** @type {string} */ (endpoint), { timeout: timeoutMs });
    const context = connection.contexts()[0] ?? (await connection.newContext());
    const page = context.pages()[0] ?? (await context.newPage());
    await page.setViewportSize({ width: 1440, height: 900 });
    return { page, pid: /** @type {number} */ (child.pid), output: () => output, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
