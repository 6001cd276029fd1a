// A user-level test in the real browser: the Command Palette runs "Configure Clarifai PAT", a test token is typed
// into the masked box, the language status changes, "Clear Clarifai PAT" removes it; a screenshot is kept. Then a
// file with another token written into it gets the quick fix "Read it from CLARIFAI_PAT instead", and the
// notification's "Store" keeps that token as the PAT; the file is saved. The Clarifai log traces every message to
// the language server (the file's text included). Then the user data (logs, settings), server data, extensions and
// workspace are searched for both tokens: they must be nowhere.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
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

/**
 * Sets the log level of the Clarifai log to Trace, as a user does to see `clarifai.trace.server`'s messages.
 * @param {import('playwright-core').Page} page
 */
async function traceClarifaiLog(page) {
  await runCommand(page, 'Set Log Level');
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Clarifai' }).first().click();
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Trace' }).first().click();
}

/**
 * Opens a file that keeps `token` in the source, applies the quick fix that reads it from CLARIFAI_PAT instead, says
 * "Store" to the question that follows and saves the file.
 * @param {import('playwright-core').Page} page
 * @param {string} workspace the open folder
 * @param {string} token
 */
async function moveWrittenPat(page, workspace, token) {
  const file = path.join(workspace, 'src', 'moved_pat.py');
  await writeFile(file, ['# Tags images with Clarifai.', '', `PAT = "${token}"`, 'print(PAT)', ''].join('\n'));
  const src = page.getByRole('treeitem', { name: 'src' });
  if ((await src.getAttribute('aria-expanded')) !== 'true') await src.click();
  await page.getByRole('treeitem', { name: 'moved_pat.py' }).click({ timeout: 20_000 });
  await page.locator('.monaco-editor .squiggly-warning').first().waitFor({ timeout: 20_000 });
  await runCommand(page, 'Go to Line/Column');
  await page.keyboard.type('3:10');
  await page.keyboard.press('Enter');
  await runCommand(page, 'Quick Fix...');
  await page.locator('.action-widget .monaco-list-row', { hasText: 'Read it from CLARIFAI_PAT instead' }).click({ timeout: 10_000 });

  await runCommand(page, 'Notifications: Show Notifications');
  const center = page.locator('.notifications-center');
  await center.locator('.notification-list-item', { hasText: 'Store the removed credential as your Clarifai PAT' }).getByRole('button', { name: 'Store' }).click({ timeout: 10_000 });
  await center.getByText('Clarifai PAT saved in secret storage', { exact: false }).waitFor({ timeout: 10_000 });
  await waitForStatus(page, /Clarifai PAT configured/);
  await page.keyboard.press('Escape');

  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+S');
  const deadline = Date.now() + 10_000;
  while ((await readFile(file, 'utf8')).includes(token)) {
    if (Date.now() > deadline) throw new Error('the fixed file was not saved');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.match(await readFile(file, 'utf8'), /^PAT = os\.environ\["CLARIFAI_PAT"\]$/m);
}

async function main() {
  const token = randomBytes(16).toString('hex');
  const movedToken = randomBytes(16).toString('hex');
  const api = await clarifaiStandIn(token);
  const session = await startVsCode({ name: 'configure-pat', settings: { 'clarifai.apiBase': api.base, 'clarifai.trace.server': 'verbose' } });
  let ok = false;
  try {
    const { page } = session;
    // The status item belongs to the analysed languages: open a Python file first.
    await page.getByRole('treeitem', { name: 'sample.py' }).click();
    await waitForStatus(page, /Clarifai PAT not configured/);
    await traceClarifaiLog(page);

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

    await moveWrittenPat(page, session.dirs.workspace, movedToken);
    await page.screenshot({ path: path.join(session.artifacts, 'pat-moved.png') });
    ok = true;
  } finally {
    await session.stop();
    api.close();
  }

  // In the web workbench the secret store is the browser's storage; nothing else may hold either token.
  const { userData, serverData, extensions, workspace, tmp } = session.dirs;
  const traced = (await filesHolding(userData, "'textDocument/didOpen'")).filter((f) => f.endsWith('Clarifai.log'));
  assert.ok(traced.length > 0, 'the Clarifai log traced the messages to the language server');
  for (const secret of [token, movedToken]) {
    const leaks = (await Promise.all([userData, serverData, extensions, workspace, tmp].map((dir) => filesHolding(dir, secret)))).flat();
    assert.deepEqual(leaks, [], `the test token was written to ${leaks.join(', ')}`);
  }
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
