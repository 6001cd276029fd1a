// Helpers for browser-level tests of the VS Code workbench page: wait until it is usable, run a command as a person would.

/**
 * Waits until the workbench has restored its layout and editors, through the smoke-test driver that the server enables.
 * Extensions may still be starting: see `runCommand`.
 * @param {import('playwright-core').Page} page
 * @param {{ timeoutMs: number }} options
 */
export async function whenWorkbenchRestored(page, { timeoutMs }) {
  await page.locator('.monaco-workbench').waitFor({ timeout: timeoutMs });
  await page.waitForFunction(() => 'driver' in globalThis, undefined, { timeout: timeoutMs });
  await page.evaluate(() => /** @type {{ driver: { whenWorkbenchRestored(): Promise<void> } }} */ (/** @type {unknown} */ (globalThis)).driver.whenWorkbenchRestored());
}

/**
 * Runs a command from the Command Palette: F1, types `title`, clicks the first entry whose label contains it. Retries until
 * the command is there, since extensions contribute their commands a few seconds after the workbench is restored.
 * @param {import('playwright-core').Page} page
 * @param {string} title the command's title, e.g. `Configure Clarifai PAT` (listed as `Clarifai: Configure Clarifai PAT`)
 * @param {{ timeoutMs?: number }} [options] how long the command may take to appear (default 30 s)
 * @returns {Promise<void>}
 */
export async function runCommand(page, title, { timeoutMs = 30_000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  const input = page.locator('.quick-input-widget .quick-input-box input');
  const entry = page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first();
  for (;;) {
    await page.keyboard.press('F1');
    await input.waitFor({ timeout: timeoutMs });
    await input.fill(`>${title}`);
    try {
      await entry.waitFor({ timeout: 1000 });
      await entry.click();
      return;
    } catch (error) {
      if (Date.now() >= deadline) throw new Error(`no command "${title}" in the Command Palette within ${timeoutMs / 1000} s (${error})`);
      await page.keyboard.press('Escape');
    }
  }
}
