// Builds a source file of a target size from a language template: header, random filler blocks, an optional inserted snippet.

/** @typedef {import('./random.mjs').Random} Random */

/**
 * How filler code of one language is written.
 * @typedef {object} SourceTemplate
 * @property {(r: Random, imports: string, path: string) => string} header file start; `imports` are extra import lines to
 *   place among its own; `path` is the file's workspace path, for languages that name classes or packages after it
 * @property {((r: Random) => string)[]} blocks common top-level blocks (functions, classes, constants)
 * @property {((r: Random) => string)[]} rare blocks drawn now and then: non-Clarifai API keys and auth headers
 * @property {(text: string) => string} comment turns prose into a comment block of the language
 * @property {string} footer file end (closing braces, a main call)
 * @property {string} [separator] between blocks; a blank line unless given
 */

/**
 * Code inserted into filler: imports go to the header, the body between two blocks.
 * @typedef {object} Snippet
 * @property {string} imports
 * @property {string} body
 */

/** Percentage of blocks drawn from `rare`. */
const RARE_PERCENT = 3;

/**
 * Indents every non-empty line.
 * @param {string} text
 * @param {number} spaces
 */
export function indent(text, spaces) {
  const pad = ' '.repeat(spaces);
  return text.replace(/^(?=.)/gm, pad);
}

/**
 * A file's name without folder and extension: the class name for languages that name files after their class.
 * @param {string} path
 */
export function stemOf(path) {
  return path.slice(path.lastIndexOf('/') + 1, path.lastIndexOf('.'));
}

/**
 * Writes a file of about `targetBytes` (at least that, overshooting by less than one block).
 * @param {SourceTemplate} template
 * @param {Random} r
 * @param {string} path the file's workspace path
 * @param {number} targetBytes
 * @param {Snippet} [snippet]
 * @returns {string}
 */
export function composeSource(template, r, path, targetBytes, snippet) {
  const separator = template.separator ?? '\n\n';
  const header = template.header(r, snippet?.imports ?? '', path);
  const blocks = [];
  let size = Buffer.byteLength(header) + Buffer.byteLength(template.footer) + Buffer.byteLength(snippet?.body ?? '');
  while (size < targetBytes) {
    const make = r.chance(RARE_PERCENT) ? r.pick(template.rare) : r.pick(template.blocks);
    const block = make(r);
    blocks.push(block);
    size += Buffer.byteLength(block) + separator.length;
  }
  if (snippet?.body) blocks.splice(r.int(0, blocks.length), 0, snippet.body);
  return `${header}${separator}${blocks.join(separator)}\n${template.footer}`;
}
