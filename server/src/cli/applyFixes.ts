// The end of `--fix`: writes the fixed files back (or, with `--dry-run`, diffs them), each only if it still
// holds the text that was analysed, and settles which findings the report shows for each file.
import { describeError } from '../node/fsErrors';
import { readStoredText, replaceStoredText, type ReplaceOutcome, type StoredText } from '../node/storedText';
import { MAX_FIX_PASSES } from './fixPasses';
import { compareFindings, type ReportFinding } from './report';
import type { PendingFix } from './scan';
import { unifiedDiff } from './unifiedDiff';

export interface AppliedFixes {
  /** The report's findings: those of the fixed text for files fixed, those of the text as read for the others. */
  findings: ReportFinding[];
  /** Files written (or, in a dry run, that would be). */
  files: number;
  /** Findings whose fixes were applied in those files. */
  problems: number;
  /** Dry run: the unified diff of every file that would change, in path order. */
  diff: string;
  /** Lines for stderr: files not fixed and why, fixes that did not settle. */
  notes: string[];
}

const BOM = '\uFEFF';

/** Writes (or with `dryRun` diffs) every pending fix; `findings` are the scan's findings of the fixed texts. */
export function applyFixes(fixes: readonly PendingFix[], findings: readonly ReportFinding[], dryRun: boolean): AppliedFixes {
  const applied: AppliedFixes = { findings: [], files: 0, problems: 0, diff: '', notes: [] };
  const unfixed = new Map<string, ReportFinding[]>();
  for (const fix of fixes) {
    const refusal = dryRun ? preview(fix, applied) : write(fix);
    if (refusal !== undefined) {
      applied.notes.push(`not fixed ${fix.shown}: ${refusal}`);
      unfixed.set(fix.shown, fix.before);
      continue;
    }
    applied.files++;
    applied.problems += fix.problems;
    if (!fix.settled) applied.notes.push(`warning: ${fix.shown}: the fixes still changed it after ${MAX_FIX_PASSES} passes; run --fix again`);
  }
  applied.findings = [...findings.filter((f) => !unfixed.has(f.path)), ...[...unfixed.values()].flat()].sort(compareFindings);
  return applied;
}

/** Writes the fixed text; returns why not when it cannot. */
function write(fix: PendingFix): string | undefined {
  try {
    return refusalOf(replaceStoredText(fix.absPath, fix.original, fix.text));
  } catch (error) {
    return `cannot write it: ${describeError(error)}`;
  }
}

/** Adds the diff the fix would make; returns why not when it cannot be made. */
function preview(fix: PendingFix, applied: AppliedFixes): string | undefined {
  let stored: StoredText | undefined;
  try {
    stored = readStoredText(fix.absPath);
  } catch (error) {
    return `cannot read it: ${describeError(error)}`;
  }
  if (stored === undefined) return refusalOf('not-utf8');
  if (stored.text !== fix.original) return refusalOf('changed');
  // The diff shows the file as stored, byte-order mark included, so that it applies to it as it is.
  const bom = stored.bom ? BOM : '';
  applied.diff += unifiedDiff(bom + fix.original, bom + fix.text, `a/${fix.shown}`, `b/${fix.shown}`);
  return undefined;
}

function refusalOf(outcome: ReplaceOutcome): string | undefined {
  switch (outcome) {
    case 'replaced':
      return undefined;
    case 'changed':
      return 'it changed on disk since it was read';
    case 'not-utf8':
      return 'it is not valid UTF-8, and writing it back would change its other bytes';
  }
}
