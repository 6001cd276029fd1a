// A one-line progress display on stderr for long scans, drawn only on a terminal and cleared at the end.

/** Scans shorter than this never show progress. */
const DELAY_MS = 500;
const REDRAW_MS = 100;

export class Progress {
  private drawn = false;
  private lastDraw = 0;
  private readonly startedAt = performance.now();

  private constructor(private readonly stream: NodeJS.WriteStream) {}

  /** A progress display on stderr, or undefined when stderr is not a terminal. */
  static forStderr(): Progress | undefined {
    return process.stderr.isTTY ? new Progress(process.stderr) : undefined;
  }

  /** Redraws the line, at most every REDRAW_MS and only once the scan has run for DELAY_MS. */
  update(filesDone: number, findings: number): void {
    const now = performance.now();
    if (now - this.startedAt < DELAY_MS || now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    const line = `clarifai-pat-lint: ${filesDone} files checked, ${findings} ${findings === 1 ? 'finding' : 'findings'}...`;
    // Cut to the terminal's width so that the line never wraps (some terminals report a width of 0).
    const width = this.stream.columns > 0 ? this.stream.columns : 80;
    this.stream.write(`\r\x1b[K${line.slice(0, width - 1)}`);
    this.drawn = true;
  }

  /** Erases the line if it was drawn. */
  clear(): void {
    if (this.drawn) this.stream.write('\r\x1b[K');
    this.drawn = false;
  }
}
