// Debounces work per key: a new request replaces the pending one, so only the latest change is analysed.

export class Scheduler {
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();

  /** @param onError where a failure of the work is reported; it never escapes as an unhandled rejection */
  constructor(private readonly onError: (key: string, error: unknown) => void) {}

  schedule(key: string, delayMs: number, work: () => Promise<unknown>): void {
    this.cancel(key);
    this.pending.set(
      key,
      setTimeout(() => {
        this.pending.delete(key);
        work().catch((error: unknown) => this.onError(key, error));
      }, delayMs),
    );
  }

  cancel(key: string): void {
    const timer = this.pending.get(key);
    if (timer) clearTimeout(timer);
    this.pending.delete(key);
  }
}
