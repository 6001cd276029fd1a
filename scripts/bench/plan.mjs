// Plans the synthetic workspace from one seed: every file's path, area, language, target size and Clarifai content.

import * as jsCalls from './clarifai/javascript.mjs';
import * as otherCalls from './clarifai/others.mjs';
import * as pyCalls from './clarifai/python.mjs';
import { composeBundle } from './languages/bundle.mjs';
import { LANGUAGES } from './languages/index.mjs';
import { composeNotebook } from './languages/notebook.mjs';
import { Random } from './random.mjs';
import { composeSource } from './source.mjs';
import { kebab, noun } from './words.mjs';

/** @typedef {import('./source.mjs').Snippet} Snippet */
/** @typedef {(r: Random) => Snippet} SnippetMaker */

/**
 * Where a file sits: the part the CLI scans, a node_modules folder, or a folder the workspace's .gitignore excludes.
 * @typedef {'scanned' | 'node_modules' | 'ignored'} Area
 */

/**
 * @typedef {object} PlannedFile
 * @property {string} path relative to the workspace root, with forward slashes
 * @property {Area} area
 * @property {string} language a key of LANGUAGES, or 'other'
 * @property {'call' | 'prose' | 'none'} clarifai a Clarifai call, Clarifai named in prose only, or nothing
 * @property {(r: Random) => string} write the file's content, from the file's own random source
 */

export const SEED = 'clarifai-pat-lint-bench-1';

/** Bytes above which the CLI skips a file by default. */
export const SIZE_LIMIT = 2 * 1024 * 1024;

const JS = { ts: false, jsx: false };
const TS = { ts: true, jsx: false };
const JSX = { ts: false, jsx: true };
const TSX = { ts: true, jsx: true };

/**
 * Files with Clarifai calls in the scanned tree, by language: [how many, which call].
 * @type {Record<string, Array<[number, SnippetMaker]>>}
 */
const CALLS = {
  python: [[9, pyCalls.grpc], [5, pyCalls.legacy], [6, pyCalls.http], [3, pyCalls.sdk]],
  notebook: [[5, pyCalls.notebook]],
  javascript: [[2, (r) => jsCalls.legacy(JS, r)], [2, (r) => jsCalls.fetchCall(JS, r)], [2, (r) => jsCalls.grpcCall(JS, r)]],
  typescript: [[1, (r) => jsCalls.fetchCall(TS, r)], [2, (r) => jsCalls.axiosCall(TS, r)], [2, (r) => jsCalls.grpcCall(TS, r)]],
  jsx: [[3, (r) => jsCalls.legacy(JSX, r)], [1, (r) => jsCalls.fetchCall(JSX, r)]],
  tsx: [[2, (r) => jsCalls.fetchCall(TSX, r)]],
  shell: [[2, otherCalls.shell]],
  java: [[1, otherCalls.java]],
  kotlin: [[1, otherCalls.kotlin]],
  csharp: [[1, otherCalls.csharp]],
  php: [[1, otherCalls.php]],
  go: [[1, otherCalls.go]],
  ruby: [[1, otherCalls.ruby]],
  swift: [[1, otherCalls.swift]],
};

/**
 * Files that name Clarifai only in comments or prose, by language.
 * @type {Record<string, number>}
 */
const PROSE_COUNTS = { markdown: 8, python: 5, javascript: 3, typescript: 3, tsx: 1, json: 2, java: 1, go: 1, shell: 1 };

const PROSE = [
  'Image tags used to come from Clarifai; the tagging service now lives in services/vision.',
  'TODO: drop the Clarifai fallback once the in-house detector reaches parity.',
  'Do not log Clarifai responses: they echo the user image URLs.',
  'Clarifai rate limits apply per app, so batch the thumbnails before tagging them.',
];

const GITIGNORE = `# Build output and local files; never edit by hand
build/
__pycache__/
*.pyc
.env
coverage/
`;

/**
 * A target size: mostly 1 to 64 KiB, log-uniform-ish, with a tail of 64 KiB to 1 MiB files.
 * @param {Random} r
 */
const fileSize = (r) => (r.chance(2) ? r.logSize(16, 20) : r.logSize(10, 16));

/**
 * How to write a file of one language, with an optional snippet.
 * @param {string} language
 * @param {string} path
 * @param {number} size
 * @param {SnippetMaker} [snippet]
 * @returns {(r: Random) => string}
 */
function writer(language, path, size, snippet) {
  const template = LANGUAGES[language].template;
  if (!template) return (r) => composeNotebook(r, size, snippet?.(r));
  return (r) => composeSource(template, r, path, size, snippet?.(r));
}

/**
 * A prose mention of Clarifai as a comment (or paragraph) of the language.
 * @param {string} language
 * @returns {SnippetMaker}
 */
function prose(language) {
  const template = LANGUAGES[language].template;
  return (r) => ({ imports: '', body: template ? template.comment(r.pick(PROSE)) : '' });
}

/** Hands out unique paths, numbering repeats. */
class PathSet {
  constructor() {
    /** @type {Set<string>} */
    this.used = new Set();
  }

  /**
   * @param {string} dir '' for the workspace root
   * @param {string} stem
   * @param {string} ext
   */
  claim(dir, stem, ext) {
    const base = dir ? `${dir}/${stem}` : stem;
    let path = `${base}${ext}`;
    for (let n = 2; this.used.has(path); n++) path = `${base}_${n}${ext}`;
    this.used.add(path);
    return path;
  }
}

/**
 * The scanned tree's ordinary files, with Clarifai calls and prose mentions assigned to random ones of each language.
 * @param {Random} r
 * @param {PathSet} paths
 * @returns {PlannedFile[]}
 */
function sourceFiles(r, paths) {
  /** @type {PlannedFile[]} */
  const files = [];
  for (const [key, language] of Object.entries(LANGUAGES)) {
    const specs = Array.from({ length: language.count }, () => {
      const dir = r.pick(language.dirs) + (r.chance(30) ? `/${noun(r)}` : '');
      return { path: paths.claim(dir, language.stem(r), language.ext), size: fileSize(r) };
    });
    /** @type {Array<{ clarifai: 'call' | 'prose', make: SnippetMaker }>} */
    const assigned = [];
    for (const [count, make] of CALLS[key] ?? []) for (let i = 0; i < count; i++) assigned.push({ clarifai: 'call', make });
    for (let i = 0; i < (PROSE_COUNTS[key] ?? 0); i++) assigned.push({ clarifai: 'prose', make: prose(key) });
    /** @type {Array<typeof assigned[number] | undefined>} */
    const slots = new Array(specs.length);
    r.shuffle(specs.map((_, i) => i)).forEach((index, rank) => {
      slots[index] = assigned[rank];
    });
    specs.forEach((spec, i) => {
      const slot = slots[i];
      files.push({
        path: spec.path,
        area: 'scanned',
        language: key,
        clarifai: slot?.clarifai ?? 'none',
        write: writer(key, spec.path, spec.size, slot?.make),
      });
    });
  }
  return files;
}

/**
 * The special files: the minified bundle just under the size limit, two files over it, the .gitignore.
 * @param {Random} r
 * @param {PathSet} paths
 * @returns {PlannedFile[]}
 */
function specialFiles(r, paths) {
  const bundle = paths.claim('web/legacy/public/static/js', `main.${r.hex(8)}`, '.js');
  const fixture = paths.claim('ml/data', 'labels_fixture', '.py');
  const dump = paths.claim('fixtures', 'catalog-dump', '.json');
  return [
    { path: bundle, area: 'scanned', language: 'javascript', clarifai: 'call', write: (fr) => composeBundle(fr, SIZE_LIMIT - 200 * 1024) },
    { path: fixture, area: 'scanned', language: 'python', clarifai: 'call', write: writer('python', fixture, 2.6 * 1024 * 1024, pyCalls.grpc) },
    { path: dump, area: 'scanned', language: 'json', clarifai: 'none', write: writer('json', dump, 3.4 * 1024 * 1024) },
    { path: paths.claim('', '.gitignore', ''), area: 'scanned', language: 'other', clarifai: 'none', write: () => GITIGNORE },
  ];
}

/**
 * Files the CLI must not read: build output (git-ignored, with copies of Clarifai calls) and node_modules packages.
 * @param {Random} r
 * @param {PathSet} paths
 * @returns {PlannedFile[]}
 */
function skippedFiles(r, paths) {
  /** @type {PlannedFile[]} */
  const files = [];
  /**
   * @param {Area} area
   * @param {string} dir
   * @param {string} language
   * @param {number} count
   * @param {number} [calls] how many of them (the first ones) hold a Clarifai call
   * @param {SnippetMaker} [make] that call
   */
  const add = (area, dir, language, count, calls = 0, make = undefined) => {
    for (let i = 0; i < count; i++) {
      const path = paths.claim(dir, kebab(r), LANGUAGES[language].ext);
      const snippet = i < calls ? make : undefined;
      files.push({ path, area, language, clarifai: snippet ? 'call' : 'none', write: writer(language, path, r.logSize(10, 15), snippet) });
    }
  };
  add('ignored', 'build/lib/vision', 'python', 40, 3, pyCalls.grpc);
  add('ignored', 'build/lib/web', 'javascript', 30, 2, (r) => jsCalls.fetchCall(JS, r));
  add('ignored', 'web/dashboard/build/static/js', 'javascript', 20, 1, (r) => jsCalls.legacy(JS, r));
  add('node_modules', 'node_modules/clarifai/dist', 'javascript', 12, 4, (r) => jsCalls.legacy(JS, r));
  add('node_modules', 'node_modules/clarifai-nodejs-grpc/src', 'javascript', 6, 2, (r) => jsCalls.grpcCall(JS, r));
  for (const pkg of ['lodash', 'react-dom', 'axios', 'express', 'dayjs', 'zod', 'uuid', 'chalk']) {
    add('node_modules', `node_modules/${pkg}/lib`, 'javascript', 10);
  }
  add('node_modules', 'web/dashboard/node_modules/@acme/ui/dist', 'typescript', 15);
  return files;
}

/**
 * The whole workspace plan; the same seed always gives the same list in the same order.
 * @returns {PlannedFile[]}
 */
export function planWorkspace() {
  const r = new Random(`${SEED}/plan`);
  const paths = new PathSet();
  return [...sourceFiles(r, paths), ...specialFiles(r, paths), ...skippedFiles(r, paths)];
}
