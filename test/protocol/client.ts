// A small LSP test client for the protocol tests: starts the BUILT server bundle over stdio, speaks JSON-RPC with
// vscode-languageserver-protocol, answers the server's requests the way VS Code would (configuration per resource,
// capability registration, diagnostic refresh, workspace edits), keeps local copies of the documents it opened, and
// records what the server sends. Every wait is a poll with a timeout; nothing sleeps for a fixed time.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import {
  ApplyWorkspaceEditRequest,
  CancellationTokenSource,
  CodeActionRequest,
  CodeActionResolveRequest,
  ConfigurationRequest,
  createProtocolConnection,
  DiagnosticRefreshRequest,
  DidChangeConfigurationNotification,
  DidChangeNotebookDocumentNotification,
  DidChangeTextDocumentNotification,
  DidCloseNotebookDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenNotebookDocumentNotification,
  DidOpenTextDocumentNotification,
  DidSaveNotebookDocumentNotification,
  DidSaveTextDocumentNotification,
  DocumentDiagnosticRequest,
  ErrorCodes,
  ExecuteCommandRequest,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  NotebookCellKind,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ResponseError,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  UnregistrationRequest,
  type ApplyWorkspaceEditParams,
  type CancellationToken,
  type ClientCapabilities,
  type CodeAction,
  type CodeActionContext,
  type Command,
  type ConfigurationItem,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type InitializeResult,
  type LogMessageParams,
  type MessageConnection,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
  type Registration,
  type TextDocumentContentChangeEvent,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisSettings } from '../../server/src/shared/settings';

/** The bundle `node esbuild.mjs` writes; the protocol tests only ever run the built server. */
export const SERVER = path.resolve(__dirname, '../../server/out/server.js');

/** The settings section the server pulls. */
export const SECTION = 'clarifai';

export const DEFAULT_TIMEOUT_MS = 10_000;

/** What the client says it supports. */
export interface Variant {
  /** `textDocument.diagnostic`: pull diagnostics. */
  pull: boolean;
  /** `codeAction.dataSupport` and `codeAction.resolveSupport: { properties: ['edit'] }`. */
  resolve: boolean;
  /** `workspace.workspaceEdit.documentChanges`. */
  documentChanges: boolean;
  /** `workspace.configuration`. */
  configuration: boolean;
  /** `workspace.diagnostics.refreshSupport` (with pull); defaults to true. */
  refreshSupport?: boolean;
  /** `dynamicRegistration` of every capability that has it; defaults to true. */
  dynamicRegistration?: boolean;
}

/** VS Code as of 1.9x: pull diagnostics, code action resolve, versioned edits, configuration, notebooks. */
export const VSCODE: Variant = { pull: true, resolve: true, documentChanges: true, configuration: true };
/** An older or simpler client: push diagnostics, eager code actions, plain `changes` edits. */
export const BASIC: Variant = { pull: false, resolve: false, documentChanges: false, configuration: true };

export function capabilities(variant: Variant): ClientCapabilities {
  const dynamicRegistration = variant.dynamicRegistration ?? true;
  const kinds = ['', 'quickfix', 'refactor', 'refactor.extract', 'refactor.inline', 'refactor.rewrite', 'source', 'source.organizeImports', 'source.fixAll'];
  return {
    general: { positionEncodings: ['utf-16'], staleRequestSupport: { cancel: true, retryOnContentModified: [] } },
    workspace: {
      applyEdit: true,
      workspaceEdit: {
        documentChanges: variant.documentChanges,
        resourceOperations: variant.documentChanges ? ['create', 'rename', 'delete'] : undefined,
        failureHandling: 'textOnlyTransactional',
        normalizesLineEndings: true,
      },
      didChangeConfiguration: { dynamicRegistration },
      executeCommand: { dynamicRegistration },
      configuration: variant.configuration,
      workspaceFolders: true,
      diagnostics: variant.pull ? { refreshSupport: variant.refreshSupport ?? true } : undefined,
    },
    textDocument: {
      synchronization: { dynamicRegistration, willSave: true, willSaveWaitUntil: true, didSave: true },
      publishDiagnostics: {
        relatedInformation: true,
        versionSupport: true,
        tagSupport: { valueSet: [1, 2] },
        codeDescriptionSupport: true,
        dataSupport: true,
      },
      diagnostic: variant.pull ? { dynamicRegistration, relatedDocumentSupport: false } : undefined,
      codeAction: {
        dynamicRegistration,
        isPreferredSupport: true,
        disabledSupport: true,
        dataSupport: variant.resolve,
        resolveSupport: variant.resolve ? { properties: ['edit'] } : undefined,
        codeActionLiteralSupport: { codeActionKind: { valueSet: kinds } },
        honorsChangeAnnotations: false,
      },
    },
    notebookDocument: { synchronization: { dynamicRegistration, executionSummarySupport: true } },
    window: { workDoneProgress: true, showDocument: { support: true } },
  };
}

/** Settings as the client would send them; anything missing takes the server's default. */
export type Settings = Partial<AnalysisSettings>;

export interface NotebookCellSpec {
  kind?: 'code' | 'markdown';
  /** Defaults to python for code cells and markdown for markdown cells. */
  languageId?: string;
  text: string;
}

export interface OpenNotebook {
  uri: string;
  version: number;
  cells: { uri: string; kind: 'code' | 'markdown' }[];
}

export interface StartOptions {
  variant?: Variant;
  /** Settings for every resource (the `clarifai` section). */
  settings?: Settings;
  /** Per-resource overrides: `scopeUri → settings`. */
  settingsByUri?: Record<string, Settings>;
  /** Wait for the `initialized` round trip (the server's registration) before returning. */
  waitForRegistration?: boolean;
  /** `initializationOptions` of the `initialize` request (what the extension's own client sends). */
  initializationOptions?: unknown;
  /** The `trace` of the `initialize` request (default `off`). */
  trace?: 'off' | 'messages' | 'verbose';
}

export class TestClient {
  readonly connection: ProtocolConnection;
  initializeResult!: InitializeResult;

  /** The `clarifai` settings answered for every resource; tests may change it (then call `didChangeConfiguration`). */
  settings: Settings;
  /** Per-resource overrides by scope URI. */
  settingsByUri: Record<string, Settings>;

  /** Every `workspace/configuration` request's items, in order. */
  readonly configurationRequests: ConfigurationItem[][] = [];
  /** Every `client/registerCapability` registration. */
  readonly registrations: Registration[] = [];
  /** How many `workspace/diagnostic/refresh` requests came. */
  refreshCount = 0;
  /** Every `workspace/applyEdit` request. */
  readonly applyEditRequests: ApplyWorkspaceEditParams[] = [];
  /** Every `textDocument/publishDiagnostics`, in order. */
  readonly published: PublishDiagnosticsParams[] = [];
  /** `window/logMessage` notifications. */
  readonly logs: LogMessageParams[] = [];
  /** Requests the client did not expect (method names). */
  readonly unexpectedRequests: string[] = [];
  /** Problems found while applying workspace edits (version mismatches, unknown documents). */
  readonly editProblems: string[] = [];

  /** Local copies of the open text documents (and notebook cells). */
  readonly documents = new Map<string, TextDocument>();
  /** Every text a document had, by version. */
  readonly history = new Map<string, Map<number, string>>();
  readonly notebooks = new Map<string, OpenNotebook>();

  private stderrText = '';
  private readonly stdoutChunks: Buffer[] = [];
  private exitInfo: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  private readonly exitPromise: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private configurationGate: Promise<void> | undefined;
  private disposed = false;

  private constructor(
    readonly process: ChildProcess,
    readonly variant: Variant,
    options: StartOptions,
  ) {
    this.settings = { ...(options.settings ?? {}) };
    this.settingsByUri = { ...(options.settingsByUri ?? {}) };
    process.stderr!.setEncoding('utf8');
    process.stderr!.on('data', (chunk: string) => (this.stderrText += chunk));
    // Everything the server sends, as sent, beside the message reader (for checks that a value never leaves it).
    process.stdout!.on('data', (chunk: Buffer) => this.stdoutChunks.push(chunk));
    this.exitPromise = new Promise((resolve) => {
      process.on('exit', (code, signal) => {
        this.exitInfo = { code, signal };
        resolve(this.exitInfo);
      });
    });
    this.connection = createProtocolConnection(new StreamMessageReader(process.stdout!), new StreamMessageWriter(process.stdin!));
    // Writes after the process ended fail; the tests look at exitInfo instead.
    process.stdin!.on('error', () => undefined);
    this.connection.onError(() => undefined);
    this.connection.onClose(() => undefined);
    this.listen();
    this.connection.listen();
  }

  /** Spawns `node server/out/server.js --stdio`, initializes it with the variant's capabilities and sends `initialized`. */
  static async start(options: StartOptions = {}): Promise<TestClient> {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const client = new TestClient(child, options.variant ?? VSCODE, options);
    try {
      client.initializeResult = await client.guard(client.connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        clientInfo: { name: 'clarifai-protocol-tests', version: '1.0.0' },
        locale: 'en',
        rootUri: 'file:///workspace',
        capabilities: capabilities(client.variant),
        workspaceFolders: [{ uri: 'file:///workspace', name: 'workspace' }],
        trace: options.trace ?? 'off',
        ...(options.initializationOptions === undefined ? {} : { initializationOptions: options.initializationOptions }),
      }));
      await client.connection.sendNotification(InitializedNotification.type, {});
      if (options.waitForRegistration ?? client.variant.dynamicRegistration !== false) {
        await client.waitFor(() => client.registrations.some((r) => r.method === DidChangeConfigurationNotification.method), 'the server registers for configuration changes');
      }
    } catch (error) {
      client.dispose();
      throw error;
    }
    return client;
  }

  private listen(): void {
    const c = this.connection;
    c.onRequest(ConfigurationRequest.type, async (params) => {
      this.configurationRequests.push(params.items);
      if (this.configurationGate) await this.configurationGate;
      return params.items.map((item) => (item.section === SECTION ? this.settingsFor(item.scopeUri) : null));
    });
    c.onRequest(RegistrationRequest.type, (params) => {
      this.registrations.push(...params.registrations);
      // A client without dynamic registration does not know the method.
      if (this.variant.dynamicRegistration === false) throw new ResponseError(ErrorCodes.MethodNotFound, `Unhandled method ${RegistrationRequest.method}`);
    });
    c.onRequest(UnregistrationRequest.type, () => undefined);
    c.onRequest(DiagnosticRefreshRequest.type, () => {
      this.refreshCount++;
      // A client without refresh support does not know the method.
      if (this.variant.pull && this.variant.refreshSupport === false) throw new ResponseError(ErrorCodes.MethodNotFound, `Unhandled method ${DiagnosticRefreshRequest.method}`);
    });
    c.onRequest(ApplyWorkspaceEditRequest.type, async (params) => {
      this.applyEditRequests.push(params);
      await this.applyWorkspaceEdit(params.edit);
      return { applied: true };
    });
    c.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params);
    });
    c.onNotification(LogMessageNotification.type, (params) => {
      this.logs.push(params);
    });
    // Star handlers (vscode-jsonrpc supports them; ProtocolConnection's typings do not list them).
    const star = c as unknown as Pick<MessageConnection, 'onRequest' | 'onNotification'>;
    star.onRequest((method: string) => {
      this.unexpectedRequests.push(method);
      return null;
    });
    star.onNotification(() => undefined);
  }

  /** The settings the client answers for a resource. */
  settingsFor(scopeUri: string | undefined): Settings {
    return { ...this.settings, ...(scopeUri ? (this.settingsByUri[scopeUri] ?? {}) : {}) };
  }

  /** Holds every `workspace/configuration` answer until the returned function is called. */
  holdConfiguration(): () => void {
    let release!: () => void;
    this.configurationGate = new Promise<void>((resolve) => (release = resolve));
    return () => {
      this.configurationGate = undefined;
      release();
    };
  }

  // Requests and notifications.

  /** Pulls diagnostics for a document (`textDocument/diagnostic`) and returns the full report's items. */
  async pull(uri: string, token?: CancellationToken): Promise<Diagnostic[]> {
    const report = await this.pullReport(uri, token);
    if (report.kind !== 'full') throw new Error(`expected a full report for ${uri}, got ${report.kind}`);
    return report.items;
  }

  pullReport(uri: string, token?: CancellationToken): Promise<DocumentDiagnosticReport> {
    return this.guard(this.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, identifier: 'clarifai' }, token));
  }

  /** The answer to a request, or a failure as soon as the server exits without answering. */
  guard<T>(answer: Promise<T>): Promise<T> {
    return Promise.race([
      answer,
      this.exitPromise.then((info) => {
        throw new Error(`the server exited (${JSON.stringify(info)}) before answering\n${this.stderr}`);
      }),
    ]);
  }

  async codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[], triggerKind: CodeActionContext['triggerKind'] = 1): Promise<(Command | CodeAction)[]> {
    const context: CodeActionContext = { diagnostics, triggerKind };
    if (only) context.only = only;
    return (await this.guard(this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context }))) ?? [];
  }

  resolveCodeAction(action: CodeAction): Promise<CodeAction> {
    return this.guard(this.connection.sendRequest(CodeActionResolveRequest.type, action));
  }

  executeCommand(command: string, args: unknown[]): Promise<unknown> {
    return this.guard(this.connection.sendRequest(ExecuteCommandRequest.type, { command, arguments: args }));
  }

  async didChangeConfiguration(settings?: Settings): Promise<void> {
    if (settings) this.settings = { ...settings };
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  }

  // Text documents.

  async open(uri: string, languageId: string, text: string, version = 1): Promise<TextDocument> {
    const doc = TextDocument.create(uri, languageId, version, text);
    this.documents.set(uri, doc);
    this.record(doc);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
    return doc;
  }

  /** Sends one `didChange` with several changes (each relative to the text the previous one left) and mirrors it locally. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const doc = this.doc(uri);
    const version = doc.version + 1;
    TextDocument.update(doc, changes, version);
    this.record(doc);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  /** Replaces the whole text (a change without a range). */
  replace(uri: string, text: string): Promise<number> {
    return this.change(uri, [{ text }]);
  }

  async save(uri: string): Promise<void> {
    await this.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
  }

  async close(uri: string): Promise<void> {
    this.documents.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  doc(uri: string): TextDocument {
    const doc = this.documents.get(uri);
    if (!doc) throw new Error(`${uri} is not open`);
    return doc;
  }

  text(uri: string): string {
    return this.doc(uri).getText();
  }

  /** The text a document had at a version. */
  textAt(uri: string, version: number): string | undefined {
    return this.history.get(uri)?.get(version);
  }

  private record(doc: TextDocument): void {
    let versions = this.history.get(doc.uri);
    if (!versions) this.history.set(doc.uri, (versions = new Map()));
    versions.set(doc.version, doc.getText());
  }

  /**
   * Applies a workspace edit to the local copies, like VS Code: each document's edits at once (they must not
   * overlap), versions checked for versioned edits, then a `didChange` per document with the same edits as
   * incremental changes (from the end, so that each change's range is still valid).
   */
  async applyWorkspaceEdit(edit: WorkspaceEdit, sync = true): Promise<void> {
    const byUri: [string, TextEdit[]][] = [];
    if (edit.documentChanges) {
      for (const change of edit.documentChanges) {
        if (!('textDocument' in change)) {
          this.editProblems.push(`unexpected resource operation ${change.kind}`);
          continue;
        }
        const doc = this.documents.get(change.textDocument.uri);
        if (doc && change.textDocument.version !== null && change.textDocument.version !== doc.version) {
          this.editProblems.push(`edit for ${change.textDocument.uri} version ${change.textDocument.version}, document is at ${doc.version}`);
        }
        const edits: TextEdit[] = [];
        for (const e of change.edits) {
          if ('newText' in e) edits.push({ range: e.range, newText: e.newText });
          else this.editProblems.push(`a snippet edit for ${change.textDocument.uri}, which the client did not ask for`);
        }
        byUri.push([change.textDocument.uri, edits]);
      }
    }
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) byUri.push([uri, edits]);
    for (const [uri, edits] of byUri) {
      const doc = this.documents.get(uri);
      if (!doc) {
        this.editProblems.push(`edit for ${uri}, which is not open`);
        continue;
      }
      const newText = TextDocument.applyEdits(doc, edits); // throws on overlapping edits
      const ordered = edits
        .map((e, i) => ({ e, i, start: doc.offsetAt(e.range.start), end: doc.offsetAt(e.range.end) }))
        .sort((a, b) => b.start - a.start || b.end - a.end || b.i - a.i)
        .map(({ e }) => ({ range: e.range, text: e.newText }));
      if (sync) {
        // A notebook cell changes through its notebook, as VS Code sends it.
        const notebook = [...this.notebooks.values()].find((n) => n.cells.some((c) => c.uri === uri));
        if (notebook) await this.changeCell(notebook.uri, uri, ordered);
        else await this.change(uri, ordered);
        if (this.text(uri) !== newText) this.editProblems.push(`incremental replay of the edit to ${uri} differs from applyEdits`);
      } else {
        TextDocument.update(doc, [{ text: newText }], doc.version + 1);
        this.record(doc);
      }
    }
  }

  // Notebooks.

  /** Opens a notebook whose cells get URIs as VS Code makes them: `vscode-notebook-cell:<path>#<cell handle>`. */
  async openNotebook(uri: string, cells: NotebookCellSpec[]): Promise<OpenNotebook> {
    const cellPath = uri.replace(/^file:\/\//, '');
    const specs = cells.map((c, i) => ({
      uri: `vscode-notebook-cell:${cellPath}#W${i}sZmlsZQ%3D%3D`,
      kind: c.kind ?? 'code',
      languageId: c.languageId ?? (c.kind === 'markdown' ? 'markdown' : 'python'),
      text: c.text,
    }));
    const notebook: OpenNotebook = { uri, version: 1, cells: specs.map((s) => ({ uri: s.uri, kind: s.kind })) };
    this.notebooks.set(uri, notebook);
    for (const s of specs) {
      const doc = TextDocument.create(s.uri, s.languageId, 1, s.text);
      this.documents.set(s.uri, doc);
      this.record(doc);
    }
    await this.connection.sendNotification(DidOpenNotebookDocumentNotification.type, {
      notebookDocument: {
        uri,
        notebookType: 'jupyter-notebook',
        version: 1,
        metadata: {},
        cells: specs.map((s) => ({ kind: s.kind === 'code' ? NotebookCellKind.Code : NotebookCellKind.Markup, document: s.uri })),
      },
      cellTextDocuments: specs.map((s) => ({ uri: s.uri, languageId: s.languageId, version: 1, text: s.text })),
    });
    return notebook;
  }

  /** Changes one cell's text (a notebook change with `cells.textContent`). */
  async changeCell(notebookUri: string, cellUri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const notebook = this.notebooks.get(notebookUri);
    if (!notebook) throw new Error(`${notebookUri} is not open`);
    const doc = this.doc(cellUri);
    const version = doc.version + 1;
    TextDocument.update(doc, changes, version);
    this.record(doc);
    notebook.version++;
    await this.connection.sendNotification(DidChangeNotebookDocumentNotification.type, {
      notebookDocument: { uri: notebookUri, version: notebook.version },
      change: { cells: { textContent: [{ document: { uri: cellUri, version }, changes }] } },
    });
    return version;
  }

  async saveNotebook(notebookUri: string): Promise<void> {
    await this.connection.sendNotification(DidSaveNotebookDocumentNotification.type, { notebookDocument: { uri: notebookUri } });
  }

  async closeNotebook(notebookUri: string): Promise<void> {
    const notebook = this.notebooks.get(notebookUri);
    if (!notebook) throw new Error(`${notebookUri} is not open`);
    this.notebooks.delete(notebookUri);
    for (const cell of notebook.cells) this.documents.delete(cell.uri);
    await this.connection.sendNotification(DidCloseNotebookDocumentNotification.type, {
      notebookDocument: { uri: notebookUri },
      cellTextDocuments: notebook.cells.map((c) => ({ uri: c.uri })),
    });
  }

  // Waiting.

  /** Polls `predicate` until it holds; fails with `what` after `timeoutMs`, or as soon as the server exits. */
  async waitFor<T>(predicate: () => T | undefined | false | null, what: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = predicate();
      if (value) return value;
      if (this.exitInfo) throw new Error(`the server exited (${JSON.stringify(this.exitInfo)}) while waiting for ${what}\n${this.stderr}`);
      if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  /** The publishes for a URI, in order. */
  publishesFor(uri: string): PublishDiagnosticsParams[] {
    return this.published.filter((p) => p.uri === uri);
  }

  /** Waits for a publish for `uri` after the `after`-th publish overall, matching `predicate`. */
  waitForPublish(uri: string, predicate: (p: PublishDiagnosticsParams) => boolean, what: string, after = 0): Promise<PublishDiagnosticsParams> {
    return this.waitFor(() => this.published.slice(after).find((p) => p.uri === uri && predicate(p)), what);
  }

  /**
   * Makes sure the server has handled every message sent so far: a request the server answers in order (a code
   * action request for a URI nobody opened).
   */
  async roundTrip(): Promise<void> {
    await this.codeActions('file:///nowhere/round-trip.py', { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, []);
  }

  // Process.

  get stderr(): string {
    return this.stderrText;
  }

  /** Every byte the server wrote to stdout so far (headers and JSON of each message it sent). */
  get stdout(): string {
    return Buffer.concat(this.stdoutChunks).toString('utf8');
  }

  get exited(): { code: number | null; signal: NodeJS.Signals | null } | undefined {
    return this.exitInfo;
  }

  /** `shutdown`, then `exit`; resolves with the process's exit code. */
  async shutdown(timeoutMs = DEFAULT_TIMEOUT_MS): Promise<number | null> {
    await this.guard(this.connection.sendRequest(ShutdownRequest.type));
    await this.connection.sendNotification(ExitNotification.type);
    return (await this.waitForExit(timeoutMs)).code;
  }

  async waitForExit(timeoutMs = DEFAULT_TIMEOUT_MS): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    let timer: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([
        this.exitPromise,
        new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`the server did not exit within ${timeoutMs} ms`)), timeoutMs))),
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Ends the connection and kills the process if it is still running. Safe to call more than once. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.connection.dispose();
    if (!this.exitInfo) this.process.kill('SIGKILL');
    this.process.stdout?.destroy();
    this.process.stderr?.destroy();
    this.process.stdin?.destroy();
  }
}

// Helpers shared by the tests.

/** A token the test can cancel (the client then sends `$/cancelRequest`). */
export function cancellable(): CancellationTokenSource {
  return new CancellationTokenSource();
}

/** A diagnostic's message, which must be plain text: the client did not say it renders markup in messages. */
export function messageOf(diagnostic: Diagnostic): string {
  if (typeof diagnostic.message !== 'string') throw new Error(`a markup message for ${String(diagnostic.code)}`);
  return diagnostic.message;
}

/** The Clarifai diagnostics' rule ids, sorted by position. */
export function codes(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => String(d.code));
}

/** A diagnostic's `data` as the server documents it. */
export interface DiagnosticData {
  v: 1;
  rule: string;
  version: number;
  fixes: { title: string; edits: { uri: string; range: Range; newText: string }[]; removesCredential?: { uri: string; range: Range; envName: string } }[];
}

export function dataOf(diagnostic: Diagnostic): DiagnosticData {
  return diagnostic.data as DiagnosticData;
}

/** A diagnostic without what depends on the version or the URI, for comparing analyses of the same text. */
export function comparable(diagnostic: Diagnostic): unknown {
  const data = dataOf(diagnostic);
  return {
    ...diagnostic,
    data: {
      ...data,
      version: 0,
      fixes: data.fixes.map((f) => ({
        ...f,
        edits: f.edits.map((e) => ({ ...e, uri: '' })),
        ...(f.removesCredential ? { removesCredential: { ...f.removesCredential, uri: '' } } : {}),
      })),
    },
  };
}

/** The text a range covers in a text. */
export function textOf(text: string, range: Range): string {
  const doc = TextDocument.create('file:///x', 'plaintext', 0, text);
  return text.slice(doc.offsetAt(range.start), doc.offsetAt(range.end));
}

/** The range of the `occurrence`-th (0-based) `needle` in `text`. */
export function rangeOf(text: string, needle: string, occurrence = 0): Range {
  let offset = -1;
  for (let i = 0; i <= occurrence; i++) {
    offset = text.indexOf(needle, offset + 1);
    if (offset < 0) throw new Error(`${JSON.stringify(needle)} occurs fewer than ${occurrence + 1} times`);
  }
  const doc = TextDocument.create('file:///x', 'plaintext', 0, text);
  return { start: doc.positionAt(offset), end: doc.positionAt(offset + needle.length) };
}

export function isCodeAction(item: Command | CodeAction): item is CodeAction {
  return typeof (item as CodeAction).command !== 'string';
}

/** The text edits a workspace edit makes to one document, whatever its form. */
export function editsFor(edit: WorkspaceEdit | undefined, uri: string): TextEdit[] {
  if (!edit) return [];
  const fromChanges = edit.changes?.[uri] ?? [];
  const fromDocumentChanges = (edit.documentChanges ?? []).flatMap((c) => ('textDocument' in c && c.textDocument.uri === uri ? (c.edits as TextEdit[]) : []));
  return [...fromChanges, ...fromDocumentChanges];
}

/** Every text edit of a workspace edit, whatever its form. */
export function allEdits(edit: WorkspaceEdit | undefined): TextEdit[] {
  if (!edit) return [];
  return [...Object.values(edit.changes ?? {}).flat(), ...(edit.documentChanges ?? []).flatMap((c) => ('textDocument' in c ? (c.edits as TextEdit[]) : []))];
}

/** Runs `body` with a started client and always disposes of it (kills the process). */
export async function withClient<T>(options: StartOptions, body: (client: TestClient) => Promise<T>): Promise<T> {
  const client = await TestClient.start(options);
  try {
    return await body(client);
  } finally {
    client.dispose();
  }
}

/** One step of an edit sequence: replace the `occurrence`-th `find` (in the text the previous steps left) with `replace`. */
export interface TextOp {
  find: string;
  replace: string;
  occurrence?: number;
}

/**
 * The content changes of one `didChange` that performs `ops` in order, each range computed on the text the previous
 * changes left (as LSP requires), and the resulting text.
 */
export function sequentialChanges(text: string, ops: readonly TextOp[]): { changes: TextDocumentContentChangeEvent[]; result: string } {
  const doc = TextDocument.create('file:///scratch', 'plaintext', 0, text);
  const changes: TextDocumentContentChangeEvent[] = [];
  for (const op of ops) {
    const range = rangeOf(doc.getText(), op.find, op.occurrence);
    changes.push({ range, text: op.replace });
    TextDocument.update(doc, [{ range, text: op.replace }], doc.version + 1);
  }
  return { changes, result: doc.getText() };
}

/** The LSP error codes the tests look for. */
export const ERROR = { InvalidParams: -32602, InternalError: -32603, RequestCancelled: -32800, ServerCancelled: -32802 } as const;

/**
 * The document's diagnostics as the client sees them now: pulled (retrying a `ServerCancelled` with
 * `retriggerRequest`, as VS Code does), or, for a push client, the publish for the document's current version.
 */
export async function currentDiagnostics(client: TestClient, uri: string): Promise<Diagnostic[]> {
  if (client.variant.pull) {
    for (let attempt = 0; ; attempt++) {
      try {
        return await client.pull(uri);
      } catch (error) {
        const e = error as { code?: number; data?: { retriggerRequest?: boolean } };
        if (attempt < 5 && e.code === ERROR.ServerCancelled && e.data?.retriggerRequest) continue;
        throw error;
      }
    }
  }
  const version = client.doc(uri).version;
  const publish = await client.waitFor(
    () => [...client.publishesFor(uri)].reverse().find((p) => p.version === version),
    `a publish of ${uri} for version ${version}`,
  );
  return publish.diagnostics;
}
