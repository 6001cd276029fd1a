// A user-level test in the real browser: the Command Palette runs "Configure Clarifai PAT", a test token is typed
// into the masked box, the language status changes, "Clear Clarifai PAT" removes it; a screenshot is kept. Then the
// user data, server data, extensions, logs and workspace are searched for the token: it must be nowhere.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { runCommand, startVsCode } from '../../../scripts/vscode-server/run.mjs';

const STATUS = '[id="status.languageStatus"]';

/**
 * Every file under `dir` that holds `needle` (as UTF-8 or UTF-16 bytes).
 * @param {string} dir
 * @param {string} needle
 * @returns {Promise<string[]>}
 */
async function filesHolding(dir, needle) {
  const patterns = [Buffer.from(needle, 'utf8'), Buffer.from(needle, 'utf16le')];
  /** @type {string[]} */
  const found = [];
  /** @param {string} folder */
  const walk = async (folder) => {
    for (const entry of await readdir(folder, { withFileTypes: true }).catch(() => [])) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && (await stat(full)).size < 256 * 1024 * 1024) {
        const bytes = await readFile(full).catch(() => undefined);
        if (bytes && patterns.some((p) => bytes.includes(p))) found.push(full);
      }
    }
  };
  await walk(dir);
  return found;
}

/**
 * The language status item's accessible label (it lists our item's text).
 * @param {import('playwright-core').Page} page
 */
async function languageStatus(page) {
  return (await page.locator(STATUS).getAttribute('aria-label')) ?? '';
}

/**
 * Waits until the language status label matches.
 * @param {import('playwright-core').Page} page
 * @param {RegExp} pattern
 */
async function waitForStatus(page, pattern) {
  await page.waitForFunction(
    // Runs in the page, where `document` is the workbench's.
    ([selector, source]) => new RegExp(source).test(/** @type {any} */ (globalThis).document.querySelector(selector)?.getAttribute('aria-label') ?? ''),
    [STATUS, pattern.source],
    { timeout: 30_000 },
  );
}

/**
 * A stand-in for the Clarifai API on loopback that answers `GET /v2/users/me` for the given token only, and records requests.
 * @param {string} token the PAT the extension must send
 * @returns {Promise<{ base: string, requests: string[], close: () => void }>}
 */
async function clarifaiStandIn(token) {
  /** @type {string[]} */
  const requests = [];
  const server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.setHeader('content-type', 'application/json');
    if (req.url === '/v2/users/me' && req.headers.authorization === `Key ${token}`) res.end(JSON.stringify({ status: { code: 10000 }, user: { id: 'e2e-user' } }));
    else {
      res.statusCode = 401;
      res.end(JSON.stringify({ status: { code: 11008, description: 'Invalid API key' } }));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return { base: `http://127.0.0.1:${address.port}`, requests, close: () => server.close() };
}

async function main() {
  const token = randomBytes(16).toString('hex');
  const api = await clarifaiStandIn(token);
  const session = await startVsCode({ name: 'configure-pat', settings: { 'clarifai.apiBase': api.base } });
  let ok = false;
  try {
    const { page } = session;
    // The status item belongs to the analysed languages: open a Python file first.
    await page.getByRole('treeitem', { name: 'sample.py' }).click();
    await waitForStatus(page, /Clarifai PAT not configured/);

    await runCommand(page, 'Configure Clarifai PAT');
    // The palette's own input is reused: wait until it has become the PAT box.
    const input = page.locator('.quick-input-widget .quick-input-box input[placeholder="32 letters and digits"]');
    await input.waitFor();
    assert.equal(await input.getAttribute('type'), 'password', 'the PAT box masks what is typed');
    await input.pressSequentially(token.slice(0, 10));
    await page.locator('.quick-input-widget', { hasText: 'has 32 characters; this has 10' }).waitFor({ timeout: 10_000 });
    await input.pressSequentially(token.slice(10));
    await page.keyboard.press('Enter');

    // Headless, the workbench files notifications without showing toasts: read them in the Notifications center.
    await runCommand(page, 'Notifications: Show Notifications');
    const center = page.locator('.notifications-center');
    // In the browser, SecretStorage is the browser's storage: the extension says so.
    await center.getByText('In the browser VS Code keeps secrets', { exact: false }).waitFor({ timeout: 10_000 });
    // Nothing reaches the API until the user agrees; then one request, answered by the stand-in.
    assert.deepEqual(api.requests, [], 'no request before consent');
    await center.locator('.notification-list-item', { hasText: 'Clarifai PAT saved' }).getByRole('button', { name: 'Check with Clarifai' }).click();
    await center.getByText('This is a PAT of Clarifai user e2e-user', { exact: false }).waitFor({ timeout: 20_000 });
    assert.deepEqual(api.requests, ['GET /v2/users/me']);
    await waitForStatus(page, /Clarifai PAT configured/);
    assert.ok(!(await languageStatus(page)).includes(token), 'the status never shows the PAT');
    await page.keyboard.press('Escape');
    await page.locator(STATUS).hover();
    await page.locator('.monaco-hover', { hasText: 'Clarifai PAT configured' }).waitFor({ timeout: 10_000 });
    await page.screenshot({ path: path.join(session.artifacts, 'pat-configured.png') });

    await runCommand(page, 'Clear Clarifai PAT');
    await waitForStatus(page, /Clarifai PAT not configured/);
    await page.screenshot({ path: path.join(session.artifacts, 'pat-cleared.png') });
    ok = true;
  } finally {
    await session.stop();
    api.close();
  }

  // In the web workbench the secret store is the browser's storage; nothing else may hold the token.
  const { userData, serverData, extensions, workspace, tmp } = session.dirs;
  const leaks = (await Promise.all([userData, serverData, extensions, workspace, tmp].map((dir) => filesHolding(dir, token)))).flat();
  assert.deepEqual(leaks, [], `the test token was written to ${leaks.join(', ')}`);
  await session.remove();
  console.log(`configure-pat: passed (screenshots in ${path.relative(process.cwd(), session.artifacts)}/)`);
  return ok;
}

main().then(
  (ok) => {
    process.exitCode = ok ? 0 : 1;
  },
  (error) => {
    console.error(`configure-pat: failed: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
    process.exitCode = 1;
  },
);
