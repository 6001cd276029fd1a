// Jupyter notebooks: markdown and Python cells with stream outputs and, in big notebooks, base64 PNG plots.

import { markdown } from './docs.mjs';
import { python } from './python.mjs';

/** @typedef {import('../random.mjs').Random} Random */
/** @typedef {import('../source.mjs').Snippet} Snippet */

/**
 * Splits text into the line list Jupyter stores (each line keeps its newline except the last).
 * @param {string} text
 */
function lines(text) {
  return text.split(/(?<=\n)/);
}

/** @param {string} text */
const markdownCell = (text) => ({ cell_type: 'markdown', metadata: {}, source: lines(text) });

/**
 * @param {string} text
 * @param {number | null} count execution count (null: never run)
 * @param {object[]} outputs
 */
const codeCell = (text, count, outputs) => ({ cell_type: 'code', execution_count: count, metadata: {}, outputs, source: lines(text) });

/**
 * Random bytes in base64, standing in for a rendered plot.
 * @param {Random} r
 * @param {number} bytes
 */
function fakePng(r, bytes) {
  const buffer = Buffer.alloc(bytes);
  for (let i = 0; i + 4 <= bytes; i += 4) buffer.writeUInt32LE(r.uint32(), i);
  return buffer.toString('base64');
}

/**
 * Outputs for one code cell: usually a short stream, in big notebooks sometimes a plot.
 * @param {Random} r
 * @param {number} targetBytes size of the whole notebook
 */
function outputs(r, targetBytes) {
  if (targetBytes > 64 * 1024 && r.chance(30)) {
    const png = fakePng(r, r.int(8 * 1024, Math.min(targetBytes / 4, 256 * 1024)));
    return [{ output_type: 'display_data', data: { 'image/png': png, 'text/plain': ['<Figure size 640x480 with 1 Axes>'] }, metadata: {} }];
  }
  if (r.chance(50)) return [];
  return [{ name: 'stdout', output_type: 'stream', text: [`key=${r.hex(6)} count=${r.int(0, 999)}\n`, 'done\n'] }];
}

/**
 * Writes a notebook of about `targetBytes`; a snippet becomes an imports cell near the top and a code cell further down.
 * @param {Random} r
 * @param {number} targetBytes
 * @param {Snippet} [snippet]
 * @returns {string}
 */
export function composeNotebook(r, targetBytes, snippet) {
  const cells = [markdownCell(markdown.header(r, '', ''))];
  let count = 1;
  if (snippet?.imports) cells.push(codeCell(snippet.imports.trimEnd(), count++, []));
  let size = 2048;
  while (size < targetBytes) {
    const cell = r.chance(25)
      ? markdownCell(r.pick(markdown.blocks)(r))
      : codeCell(r.pick(python.blocks)(r), count++, outputs(r, targetBytes));
    cells.push(cell);
    size += JSON.stringify(cell).length + 32;
  }
  if (snippet?.body) {
    const at = r.int(cells.length > 2 ? 2 : cells.length, cells.length);
    cells.splice(at, 0, codeCell(snippet.body, null, []));
  }
  const notebook = {
    cells,
    metadata: {
      kernelspec: { display_name: 'Python 3', language: 'python', name: 'python3' },
      language_info: { name: 'python', version: '3.11.6' },
    },
    nbformat: 4,
    nbformat_minor: 5,
  };
  return `${JSON.stringify(notebook, null, 1)}\n`;
}
