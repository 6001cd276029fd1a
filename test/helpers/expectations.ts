// Reads the expectations written inline in fixture files: a comment `expect: <rule-id>[:<severity>], …` on the flagged line.
import { readFileSync } from 'node:fs';
import { readNotebook } from '../../server/src/core/notebook';
import { languageIdForPath, NOTEBOOK_LANGUAGE_ID } from '../../server/src/core/languages';
import type { Finding } from '../../server/src/core/model';
import { LineIndex } from '../../server/src/core/text';
import { analyzer } from './analyzer';

const MARKER = /expect(-next-line)?:\s*([a-z-]+(?::[a-z]+)?(?:\s*,\s*[a-z-]+(?::[a-z]+)?)*)/g;

/**
 * `line → sorted "rule" or "rule:severity" entries` as written in the fixture (1-based lines): `expect:` on the
 * flagged line, or `expect-next-line:` in a comment above it (for a line that cannot end in a comment, such as a
 * shell command continued with a backslash).
 */
export function expectedFindings(text: string): Map<number, string[]> {
  const expected = new Map<number, string[]>();
  text.split(/\r?\n/).forEach((line, i) => {
    for (const m of line.matchAll(MARKER)) {
      const entries = m[2]!.split(',').map((e) => e.trim());
      const at = m[1] ? i + 2 : i + 1;
      expected.set(at, [...(expected.get(at) ?? []), ...entries].sort());
    }
  });
  return expected;
}

export interface LocatedFinding extends Pick<Finding, 'rule' | 'severity' | 'message'> {
  /** 1-based line in the file as stored (for a notebook, the .ipynb file). */
  line: number;
  /** The flagged text. */
  text: string;
}

/** Analyses a fixture file (a notebook through its cells) and places each finding on a line of the stored file. */
export async function analyzeFixture(file: string): Promise<{ text: string; findings: LocatedFinding[] }> {
  const text = readFileSync(file, 'utf8');
  const languageId = languageIdForPath(file);
  if (!languageId) throw new Error(`no language for ${file}`);
  const lines = new LineIndex(text);
  const core = await analyzer();
  if (languageId === NOTEBOOK_LANGUAGE_ID) {
    const cells = readNotebook(text);
    const findings = await core.analyzeNotebook(cells);
    return {
      text,
      findings: findings.map((f) => {
        const start = cells[f.cell]!.fileOffset(f.span.start);
        return { rule: f.rule, severity: f.severity, message: f.message, line: lines.lineOf(start) + 1, text: cells[f.cell]!.text.slice(f.span.start, f.span.end) };
      }),
    };
  }
  const findings = await core.analyzeText(text, languageId);
  return {
    text,
    findings: findings.map((f) => ({ rule: f.rule, severity: f.severity, message: f.message, line: lines.lineOf(f.span.start) + 1, text: text.slice(f.span.start, f.span.end) })),
  };
}

/** The findings in the same shape as the expectations: entries with a severity only where the fixture names one. */
export function actualFindings(findings: readonly LocatedFinding[], expected: Map<number, string[]>): Map<number, string[]> {
  const actual = new Map<number, string[]>();
  for (const f of findings) {
    const wantsSeverity = (expected.get(f.line) ?? []).some((e) => e.startsWith(`${f.rule}:`));
    const entry = wantsSeverity ? `${f.rule}:${f.severity}` : f.rule;
    actual.set(f.line, [...(actual.get(f.line) ?? []), entry].sort());
  }
  return actual;
}
