// The "Clarifai" log: a LogOutputChannel whose every line passes through redaction, so that no credential
// (a `Key …` value, a 32-character token) reaches the log, whoever writes to it (this extension or the
// language client's traces of document text).
import * as vscode from 'vscode';
import { redact } from './redact';

/** A LogOutputChannel that redacts before writing; hand it to the language client as its output channel. */
export function createLog(name: string): vscode.LogOutputChannel {
  const channel = vscode.window.createOutputChannel(name, { log: true });
  const line = (message: string) => redact(message);
  return {
    get name() {
      return channel.name;
    },
    get logLevel() {
      return channel.logLevel;
    },
    onDidChangeLogLevel: channel.onDidChangeLogLevel,
    trace: (message, ...args) => channel.trace(line(message), ...args.map(redactArg)),
    debug: (message, ...args) => channel.debug(line(message), ...args.map(redactArg)),
    info: (message, ...args) => channel.info(line(message), ...args.map(redactArg)),
    warn: (message, ...args) => channel.warn(line(message), ...args.map(redactArg)),
    error: (error, ...args) => channel.error(typeof error === 'string' ? line(error) : redactError(error), ...args.map(redactArg)),
    append: (value) => channel.append(line(value)),
    appendLine: (value) => channel.appendLine(line(value)),
    replace: (value) => channel.replace(line(value)),
    clear: () => channel.clear(),
    show: (column?: vscode.ViewColumn | boolean, preserveFocus?: boolean) => (typeof column === 'boolean' ? channel.show(column) : channel.show(column, preserveFocus)),
    hide: () => channel.hide(),
    dispose: () => channel.dispose(),
  } as vscode.LogOutputChannel;
}

function redactArg(arg: unknown): unknown {
  return typeof arg === 'string' ? redact(arg) : arg instanceof Error ? redactError(arg) : arg;
}

function redactError(error: Error): Error {
  const copy = new Error(redact(error.message));
  copy.stack = error.stack === undefined ? undefined : redact(error.stack);
  return copy;
}
