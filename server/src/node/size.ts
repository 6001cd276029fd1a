// File sizes: parses `--max-file-size` values (500KB, 2MB, 3000000) and prints sizes for skip notes.

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 };

/** Parses a size in bytes; KB, MB and GB are 1024-based. Returns undefined for anything else or for zero. */
export function parseSize(value: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(value.trim());
  if (!match) return undefined;
  const unit = UNITS[match[2]!.toLowerCase()];
  if (unit === undefined) return undefined;
  const bytes = Math.floor(Number(match[1]) * unit);
  return bytes >= 1 && Number.isSafeInteger(bytes) ? bytes : undefined;
}

/** A size for people: `812 bytes`, `3.1 MB`, `2 MB` (1024-based, one decimal at most). */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  const [unit, divisor] = bytes < 1024 ** 2 ? ['KB', 1024] : bytes < 1024 ** 3 ? ['MB', 1024 ** 2] : ['GB', 1024 ** 3];
  return `${Number((bytes / divisor).toFixed(1))} ${unit}`;
}

/** Why a file is over the limit, exact in bytes when rounding would print two equal sizes. */
export function overLimitMessage(size: number, limit: number): string {
  const [a, b] = formatSize(size) === formatSize(limit) ? [`${size} bytes`, `${limit} bytes`] : [formatSize(size), formatSize(limit)];
  return `${a} is over the ${b} limit`;
}
