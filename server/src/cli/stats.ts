// The `--stats` line, a stable format that benchmark scripts parse: `stats: walked=… read=… … peakRssMB=…`.
import type { ScanStats } from './scan';

/** The statistics line (without a newline); wall time is measured from process start, memory is peak RSS. */
export function statsLine(stats: ScanStats): string {
  const wallMs = Math.round(performance.now());
  const peakRssMB = (process.resourceUsage().maxRSS / 1024).toFixed(1);
  return `stats: walked=${stats.walked} read=${stats.read} gated=${stats.gated} analysed=${stats.analysed} bytes=${stats.bytes} wallMs=${wallMs} peakRssMB=${peakRssMB}`;
}
