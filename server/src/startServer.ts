// Wires the LSP handlers to the analysis core: documents and notebooks, pull or push diagnostics, code actions, fix-all.
import {
  DidChangeConfigurationNotification,
  ErrorCodes,
  LSPErrorCodes,
  NotebookCellKind,
  NotebookDocuments,
  ResponseError,
  TextDocuments,
  type CancellationToken,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type NotebookDocument,
} from 'vscode-languageserver';
import { createAnalyzer, type Analyzer } from './core/analyze';
import type { WasmLoader } from './core/parsing/parser';
import { AnalysisService, type CellText } from './lsp/analysis';
import { analyzeFiles } from './lsp/analyzeFiles';
import { clientSupport, serverCapabilities, type ClientSupport } from './lsp/capabilities';
import { FIX_ALL_KIND, quickFixes, wantsFixAll, wantsQuickFixes, workspaceEdit, type EditStyle } from './lsp/codeActions';
import { documentsConfiguration, isNotebookCell, type SyncedDocument } from './lsp/documents';
import { Scheduler } from './lsp/scheduler';
import { SettingsStore } from './lsp/settings';
import { AnalyzeFilesRequest, APPLY_ALL_FIXES_COMMAND } from './shared/protocol';

/** How long typing must pause before a pushed analysis runs; pull clients pace themselves. */
const TYPING_DELAY_MS = 150;
const FIX_ALL_TITLE = 'Clarifai: Fix all auto-fixable problems';

interface FixAllData {
  uri: string;
  version: number;
}

export function startServer(connection: Connection, loadWasm: WasmLoader): void {
  let analyzer: Analyzer | undefined;
  let service: AnalysisService;
  let settings: SettingsStore;
  let support: ClientSupport;
  let style: EditStyle;
  let shuttingDown = false;

  const documents = new TextDocuments<SyncedDocument>(documentsConfiguration((languageId) => analyzer?.open(languageId)));
  const notebooks = new NotebookDocuments(documents);
  /** The version each notebook had when it was opened or last saved, for `run: onSave`. */
  const savedNotebooks = new Map<string, number>();

  const log = (message: string, error?: unknown) =>
    connection.console.error(`${message}${error instanceof Error ? `: ${error.stack ?? error.message}` : error ? `: ${String(error)}` : ''}`);
  const scheduler = new Scheduler((key, error) => log(`Work for ${key} failed`, error));

  /** After `shutdown`, requests fail as the specification says. */
  const live = () => {
    if (shuttingDown) throw new ResponseError(ErrorCodes.InvalidRequest, 'the server is shutting down');
  };
  const refreshPulls = () => {
    if (support.refresh) connection.languages.diagnostics.refresh().catch((error: unknown) => log('The client refused to refresh diagnostics', error));
  };

  connection.onInitialize(async (params) => {
    support = clientSupport(params);
    style = { documentChanges: support.documentChanges, versionOf: (uri) => documents.get(uri)?.version ?? null };
    settings = new SettingsStore(connection, support.configuration);
    analyzer = await createAnalyzer(loadWasm);
    service = new AnalysisService(analyzer);
    return { capabilities: serverCapabilities(support), serverInfo: { name: 'Clarifai PAT Lint' } };
  });

  connection.onInitialized(() => {
    if (support.configurationRegistration) {
      connection.client.register(DidChangeConfigurationNotification.type, { section: 'clarifai' }).catch((error: unknown) => log('Could not register for settings changes', error));
    }
  });
  connection.onShutdown(() => {
    shuttingDown = true;
  });

  // Notebook cells are analysed as one program per notebook.
  const notebookOf = (uri: string): NotebookDocument | undefined => notebooks.findNotebookDocumentForCell(uri);
  const isCell = (uri: string) => isNotebookCell(uri) || notebookOf(uri) !== undefined;
  const cellsOf = (notebook: NotebookDocument): CellText[] =>
    notebook.cells.flatMap((cell) => {
      const document = documents.get(cell.document)?.text;
      return document ? [{ document, kind: cell.kind === NotebookCellKind.Code ? ('code' as const) : ('markdown' as const) }] : [];
    });

  /** Diagnostics of every cell of a notebook; with `run: onSave`, those of the last analysis until it is saved. */
  async function notebookDiagnostics(notebook: NotebookDocument): Promise<Map<string, Diagnostic[]>> {
    const current = await settings.get(notebook.uri);
    if (current.run === 'onSave' && savedNotebooks.get(notebook.uri) !== notebook.version) {
      return new Map(notebook.cells.map((cell) => [cell.document, service.heldCell(notebook.uri, cell.document, current)]));
    }
    return service.analyzeNotebook(notebook, cellsOf(notebook), current);
  }

  /** Diagnostics for one document (or notebook cell) now, never throwing. */
  async function diagnosticsOf(uri: string): Promise<Diagnostic[]> {
    try {
      const notebook = notebookOf(uri);
      if (notebook) return (await notebookDiagnostics(notebook)).get(uri) ?? [];
      const doc = documents.get(uri);
      if (!doc) return [];
      const current = await settings.get(uri);
      if (current.run === 'onSave' && doc.version !== doc.savedVersion) return service.held(uri, doc.languageId, current);
      return (await service.analyze(doc, current)).diagnostics;
    } catch (error) {
      log(`Analysis of ${uri} failed`, error);
      return [];
    }
  }

  // Pull: the client asks. A request the client cancelled says so; one whose document changed meanwhile asks to be repeated.
  connection.languages.diagnostics.on(async (params, token): Promise<DocumentDiagnosticReport> => {
    live();
    const uri = params.textDocument.uri;
    const version = documents.get(uri)?.version;
    const items = await diagnosticsOf(uri);
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
    if (documents.get(uri)?.version !== version) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'the document changed during analysis', { retriggerRequest: true });
    return { kind: 'full', items };
  });

  // Push: analyse after a pause in typing, on open and on save; publish with the version analysed.
  async function publish(uri: string): Promise<void> {
    const notebook = notebookOf(uri);
    if (notebook) {
      const byCell = await notebookDiagnostics(notebook).catch((error: unknown) => {
        log(`Analysis of ${notebook.uri} failed`, error);
        return new Map<string, Diagnostic[]>();
      });
      for (const [cell, diagnostics] of byCell) await connection.sendDiagnostics({ uri: cell, version: documents.get(cell)?.version, diagnostics });
      return;
    }
    const version = documents.get(uri)?.version;
    if (version === undefined) return;
    const diagnostics = await diagnosticsOf(uri);
    // A newer change is already scheduled: its analysis will publish.
    if (documents.get(uri)?.version === version) await connection.sendDiagnostics({ uri, version, diagnostics });
  }
  const schedulePublish = (uri: string, delay: number) => scheduler.schedule(uri, delay, () => publish(uri));

  documents.onDidOpen(({ document }) => {
    if (!support.pull && !isCell(document.uri)) schedulePublish(document.uri, 0);
  });
  documents.onDidChangeContent(({ document }) => {
    // Opening also reports a content change: the open handler has it.
    if (support.pull || isCell(document.uri) || document.version === document.savedVersion) return;
    void settings.get(document.uri).then((s) => {
      if (s.run === 'onType') schedulePublish(document.uri, TYPING_DELAY_MS);
    });
  });
  documents.onDidSave(({ document }) => {
    document.savedVersion = document.version;
    if (support.pull || isCell(document.uri)) return;
    void settings.get(document.uri).then((s) => {
      if (s.run === 'onSave') schedulePublish(document.uri, 0);
    });
  });
  documents.onDidClose(({ document }) => {
    scheduler.cancel(document.uri);
    service.forget(document.uri);
    document.analysis?.dispose();
    if (!support.pull && !isCell(document.uri)) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  const onNotebookChange = (notebook: NotebookDocument, delay: number) => {
    const first = notebook.cells[0]?.document;
    if (!first) return;
    // A pull client asks per cell: a change in one cell can change the others, so it is asked to pull again.
    if (support.pull) scheduler.schedule(notebook.uri, delay, async () => refreshPulls());
    else schedulePublish(first, delay);
  };
  notebooks.onDidOpen((notebook) => {
    savedNotebooks.set(notebook.uri, notebook.version);
    onNotebookChange(notebook, 0);
  });
  notebooks.onDidChange(({ notebookDocument }) => onNotebookChange(notebookDocument, TYPING_DELAY_MS));
  notebooks.onDidSave((notebook) => {
    savedNotebooks.set(notebook.uri, notebook.version);
    onNotebookChange(notebook, 0);
  });
  notebooks.onDidClose((notebook) => {
    savedNotebooks.delete(notebook.uri);
    service.forget(notebook.uri);
    if (!support.pull) for (const cell of notebook.cells) void connection.sendDiagnostics({ uri: cell.document, diagnostics: [] });
  });

  connection.onDidChangeConfiguration(() => {
    // Cached results are keyed by the settings they were computed with, so they go stale by themselves.
    settings.clear();
    if (support.pull) refreshPulls();
    else for (const doc of documents.all()) schedulePublish(doc.uri, 0);
  });

  /** Every fixable finding's first fix, merged without overlaps, for the document at its current version. */
  async function fixAllEdits(uri: string) {
    const doc = documents.get(uri);
    if (!doc || notebookOf(uri)) return [];
    const edits = await service.fixAll(doc, await settings.get(uri));
    return edits.map((e) => ({ uri, range: { start: doc.text.positionAt(e.start), end: doc.text.positionAt(e.end) }, newText: e.newText }));
  }
  const safeFixAllEdits = (uri: string) => fixAllEdits(uri).catch((error: unknown) => (log(`Fix-all of ${uri} failed`, error), []));

  connection.onCodeAction(async (params) => {
    live();
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const actions: CodeAction[] = [];
    const only = params.context.only;
    if (wantsQuickFixes(only)) actions.push(...quickFixes(doc.text, params.context.diagnostics, style, { moveCredentialCommand: support.moveCredentialCommand }));
    if (wantsFixAll(only)) {
      if (support.resolveEdits) {
        const data: FixAllData = { uri: doc.uri, version: doc.version };
        actions.push({ title: FIX_ALL_TITLE, kind: FIX_ALL_KIND, data });
      } else {
        const edits = await safeFixAllEdits(doc.uri);
        if (edits.length > 0) actions.push({ title: FIX_ALL_TITLE, kind: FIX_ALL_KIND, edit: workspaceEdit(edits, style) });
      }
    }
    return actions;
  });

  connection.onCodeActionResolve(async (action) => {
    live();
    const data = action.data as Partial<FixAllData> | undefined;
    if (action.kind !== FIX_ALL_KIND || typeof data?.uri !== 'string' || documents.get(data.uri)?.version !== data.version) return action;
    return { ...action, edit: workspaceEdit(await safeFixAllEdits(data.uri), style) };
  });

  connection.onExecuteCommand(async (params) => {
    live();
    if (params.command !== APPLY_ALL_FIXES_COMMAND) throw new ResponseError(ErrorCodes.InvalidParams, `unknown command ${params.command}`);
    const target = params.arguments?.[0] as Partial<FixAllData> | undefined;
    if (typeof target?.uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, `${APPLY_ALL_FIXES_COMMAND} needs { uri, version }`);
    if (target.version !== undefined && documents.get(target.uri)?.version !== target.version) return;
    const edits = await fixAllEdits(target.uri);
    if (edits.length > 0) await connection.workspace.applyEdit({ label: FIX_ALL_TITLE, edit: workspaceEdit(edits, style) });
  });

  connection.onRequest(AnalyzeFilesRequest, (params, token: CancellationToken) => {
    live();
    return analyzeFiles(params.uris, analyzer!, (uri) => settings.get(uri), token);
  });

  documents.listen(connection);
  notebooks.listen(connection);
  connection.listen();
}
