// Keystroke-to-diagnostic latency of the language server: the built server over stdio, a ~200 KB Python file that
// calls Clarifai, one-character edits in its middle, each followed by a pull for diagnostics.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';

const TARGET_BYTES = 200 * 1024;
const URI = 'file:///bench/keystrokes.py';

/**
 * @typedef {object} KeystrokeResult
 * @property {number} documentBytes
 * @property {number} initializeMs spawn until the answer to `initialize`
 * @property {number} firstDiagnosticsMs open until the first diagnostics (grammar load and a full parse included)
 * @property {number} p50Ms median keystroke-to-diagnostics latency
 * @property {number} p95Ms
 * @property {number} maxMs
 * @property {number} keystrokes
 * @property {number} findings diagnostics in the document
 */

/**
 * Python files of the workspace that call Clarifai, joined until they reach about 200 KB.
 * @param {string} workspace
 */
function documentText(workspace) {
  /** @type {string[]} */
  const found = [];
  /** @param {string} dir */
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (name === 'node_modules' || name.startsWith('.')) continue;
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.py') && statSync(full).size < TARGET_BYTES) {
        const text = readFileSync(full, 'utf8');
        if (text.includes('clarifai_grpc')) found.push(text);
      }
    }
  };
  walk(workspace);
  let text = '';
  for (const piece of found) {
    if (text.length >= TARGET_BYTES) break;
    text += `${piece}\n`;
  }
  return text;
}

/**
 * Measures `keystrokes` edits against the server bundle.
 * @param {string} serverPath
 * @param {string} workspace
 * @param {number} keystrokes
 * @returns {Promise<KeystrokeResult>}
 */
export async function benchmarkKeystrokes(serverPath, workspace, keystrokes = 200) {
  const text = documentText(workspace);
  const started = performance.now();
  const child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  // Once the server has exited, a late write (such as a reply to a request it sent) must not take the benchmark down.
  child.stdin.on('error', () => {});
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.onRequest('workspace/configuration', (/** @type {{ items: unknown[] }} */ params) => params.items.map(() => ({})));
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  try {
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: { textDocument: { diagnostic: {}, synchronization: {} }, workspace: { configuration: true } },
    });
    const initializeMs = performance.now() - started;
    connection.sendNotification('initialized', {});
    const pull = () => connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: URI } });
    const opened = performance.now();
    connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'python', version: 1, text } });
    const first = /** @type {{ items: unknown[] }} */ (await pull());
    const firstDiagnosticsMs = performance.now() - opened;

    // A line in the middle; typing a character and deleting it again keeps the text the same size.
    const line = text.slice(0, text.length >> 1).split('\n').length;
    /** @type {number[]} */
    const latencies = [];
    for (let i = 0; i < keystrokes; i++) {
      const insert = i % 2 === 0;
      const range = { start: { line, character: 0 }, end: { line, character: insert ? 0 : 1 } };
      const t0 = performance.now();
      connection.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version: i + 2 }, contentChanges: [{ range, text: insert ? '#' : '' }] });
      await pull();
      latencies.push(performance.now() - t0);
    }
    latencies.sort((a, b) => a - b);
    const at = (/** @type {number} */ q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
    await connection.sendRequest('shutdown');
    const exited = new Promise((resolve) => child.once('exit', resolve));
    await connection.sendNotification('exit');
    await exited;
    return { documentBytes: Buffer.byteLength(text), initializeMs, firstDiagnosticsMs, p50Ms: at(0.5), p95Ms: at(0.95), maxMs: at(1), keystrokes, findings: first.items.length };
  } finally {
    connection.dispose();
    child.kill();
  }
}

/**
 * The latency section of the report.
 * @param {KeystrokeResult} r
 */
export function formatKeystrokes(r) {
  const ms = (/** @type {number} */ v) => `${v.toFixed(1)} ms`;
  return [
    '',
    `Language server, ${(r.documentBytes / 1024).toFixed(0)} KB Python file with ${r.findings} findings, ${r.keystrokes} keystrokes`,
    `  initialize ${ms(r.initializeMs)} · first diagnostics ${ms(r.firstDiagnosticsMs)}`,
    `  keystroke to diagnostics: p50 ${ms(r.p50Ms)} · p95 ${ms(r.p95Ms)} · max ${ms(r.maxMs)}`,
    '',
  ].join('\n');
}
