// Writes the planned workspace under .bench/workspace, or reuses it when its stamp names the current generator version.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LANGUAGES } from './languages/index.mjs';
import { SEED, SIZE_LIMIT, planWorkspace } from './plan.mjs';
import { Random } from './random.mjs';

/** Bump whenever the generator's output changes: the workspace is rebuilt when the stamp's version differs. */
const GENERATOR_VERSION = 1;

/**
 * @typedef {object} Tally
 * @property {number} files
 * @property {number} bytes
 */

/**
 * The workspace's shape, as stored in the stamp.
 * @typedef {object} WorkspaceSummary
 * @property {number} generatorVersion
 * @property {string} seed
 * @property {string} sha256 hash over every path and content, the same on every machine
 * @property {Tally} scanned files outside node_modules and git-ignored folders
 * @property {Tally} overLimit scanned files above the CLI's default size limit
 * @property {number} callFiles scanned files with a Clarifai call
 * @property {number} callFilesUnderLimit of those, the ones within the size limit
 * @property {number} proseFiles scanned files naming Clarifai only in comments or prose
 * @property {Tally} ignored files under git-ignored folders
 * @property {Tally} nodeModules files under node_modules
 * @property {Record<string, Tally>} languages scanned files by language display name
 */

/** @returns {Tally} */
const tally = () => ({ files: 0, bytes: 0 });

/**
 * @param {Tally} t
 * @param {number} bytes
 */
function count(t, bytes) {
  t.files++;
  t.bytes += bytes;
}

/**
 * Generates every planned file into `root` (which must not exist) and returns the summary.
 * @param {string} root
 * @returns {WorkspaceSummary}
 */
function generate(root) {
  const hash = createHash('sha256');
  /** @type {WorkspaceSummary} */
  const summary = {
    generatorVersion: GENERATOR_VERSION, seed: SEED, sha256: '',
    scanned: tally(), overLimit: tally(), callFiles: 0, callFilesUnderLimit: 0, proseFiles: 0,
    ignored: tally(), nodeModules: tally(), languages: {},
  };
  const dirs = new Set();
  for (const file of planWorkspace()) {
    const content = Buffer.from(file.write(new Random(`${SEED}/${file.path}`)));
    const full = path.join(root, file.path);
    const dir = path.dirname(full);
    if (!dirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      dirs.add(dir);
    }
    writeFileSync(full, content);
    hash.update(`${file.path}\0`).update(content).update('\0');
    const bytes = content.length;
    if (file.area === 'ignored') count(summary.ignored, bytes);
    else if (file.area === 'node_modules') count(summary.nodeModules, bytes);
    else {
      count(summary.scanned, bytes);
      const name = LANGUAGES[file.language]?.name ?? 'Other';
      count((summary.languages[name] ??= tally()), bytes);
      if (bytes > SIZE_LIMIT) count(summary.overLimit, bytes);
      if (file.clarifai === 'call') {
        summary.callFiles++;
        if (bytes <= SIZE_LIMIT) summary.callFilesUnderLimit++;
      }
      if (file.clarifai === 'prose') summary.proseFiles++;
    }
  }
  summary.sha256 = hash.digest('hex');
  return summary;
}

/**
 * Makes sure `<benchDir>/workspace` holds the current generator version's workspace, writing it if needed.
 * @param {string} benchDir the `.bench` folder
 * @returns {{ root: string, summary: WorkspaceSummary, generatedMs: number | undefined }} generatedMs is undefined when reused
 */
export function ensureWorkspace(benchDir) {
  const root = path.join(benchDir, 'workspace');
  const stampPath = path.join(benchDir, 'workspace.stamp.json');
  if (existsSync(stampPath) && existsSync(root)) {
    const stamp = /** @type {WorkspaceSummary} */ (JSON.parse(readFileSync(stampPath, 'utf8')));
    if (stamp.generatorVersion === GENERATOR_VERSION && stamp.seed === SEED) return { root, summary: stamp, generatedMs: undefined };
  }
  const started = performance.now();
  rmSync(stampPath, { force: true });
  rmSync(root, { recursive: true, force: true });
  const summary = generate(root);
  writeFileSync(stampPath, `${JSON.stringify(summary, null, 2)}\n`);
  return { root, summary, generatedMs: performance.now() - started };
}
