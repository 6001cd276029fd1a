// Debounces work per key: a new request replaces the pending one, so only the latest change is analysed.

export class Scheduler {
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();

  schedule(key: string, delayMs: number, work: () => Promise<unknown>): void {
    this.cancel(key);
    this.pending.set(
      key,
      setTimeout(() => {
        this.pending.delete(key);
        void work();
      }, delayMs),
    );
  }

  cancel(key: string): void {
    const timer = this.pending.get(key);
    if (timer) clearTimeout(timer);
    this.pending.delete(key);
  }
}
