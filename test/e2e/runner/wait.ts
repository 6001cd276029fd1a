// Polling helpers for the integration suites: wait for a condition with a deadline instead of sleeping.

/** How long and how often to poll, and what the wait is for (quoted when it times out). */
export interface WaitOptions {
  /** Milliseconds before giving up (default 10 000). */
  timeout?: number;
  /** Milliseconds between two polls (default 50). */
  interval?: number;
  /** What is awaited, for the error message: `Timed out after 10000 ms waiting for <message>`. */
  message?: string;
}

/**
 * Polls `condition` until it returns a truthy value (or a promise of one), and resolves with that value.
 * A condition that throws counts as not yet met; its last error is quoted if the wait times out.
 */
export async function waitFor<T>(condition: () => T | Promise<T>, options: WaitOptions = {}): Promise<NonNullable<T>> {
  const { timeout = 10_000, interval = 50, message = 'the condition' } = options;
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await condition();
      if (value) return value as NonNullable<T>;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const cause = lastError === undefined ? '' : ` (last error: ${lastError instanceof Error ? lastError.message : String(lastError)})`;
      throw new Error(`Timed out after ${timeout} ms waiting for ${message}${cause}`);
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(interval, Math.max(0, deadline - Date.now()))));
  }
}
