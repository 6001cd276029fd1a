// Wires the LSP handlers to the analysis core: documents and notebooks, pull or push diagnostics, code actions, fix-all.
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  LSPErrorCodes,
  NotebookCellKind,
  NotebookDocuments,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type InitializeParams,
  type InitializeResult,
  type NotebookDocument,
} from 'vscode-languageserver';
import { createAnalyzer, type Analyzer } from './core/analyze';
import { mergeFixes } from './core/fixes/fixAll';
import type { WasmLoader } from './core/parsing/parser';
import { AnalysisService, type CellText } from './lsp/analysis';
import { analyzeFiles } from './lsp/analyzeFiles';
import { AnalyzeFilesRequest, APPLY_ALL_FIXES_COMMAND } from './shared/protocol';
import { FIX_ALL_KIND, quickFixes, wantsFixAll, wantsQuickFixes, workspaceEdit, type EditStyle } from './lsp/codeActions';
import { documentsConfiguration, isNotebookCell, type SyncedDocument } from './lsp/documents';
import { Scheduler } from './lsp/scheduler';
import { SettingsStore } from './lsp/settings';


/** How long typing must pause before a pushed analysis runs; pull clients pace themselves. */
const TYPING_DELAY_MS = 150;

interface FixAllData {
  uri: string;
  version: number;
}

export function startServer(connection: Connection, loadWasm: WasmLoader): void {
  let analyzer: Analyzer | undefined;
  let service: AnalysisService;
  let settings: SettingsStore;
  let pull = false;
  let style: EditStyle;
  let resolveEdits = false;

  const documents = new TextDocuments<SyncedDocument>(documentsConfiguration((languageId) => analyzer?.open(languageId)));
  const notebooks = new NotebookDocuments(documents);

  const log = (message: string, error?: unknown) =>
    connection.console.error(`${message}${error instanceof Error ? `: ${error.stack ?? error.message}` : error ? `: ${String(error)}` : ''}`);

  connection.onInitialize(async (params: InitializeParams): Promise<InitializeResult> => {
    const caps = params.capabilities;
    pull = !!caps.textDocument?.diagnostic;
    resolveEdits = !!caps.textDocument?.codeAction?.dataSupport && !!caps.textDocument.codeAction.resolveSupport?.properties.includes('edit');
    style = { documentChanges: !!caps.workspace?.workspaceEdit?.documentChanges, versionOf: (uri) => documents.get(uri)?.version ?? null };
    settings = new SettingsStore(connection, !!caps.workspace?.configuration);
    analyzer = await createAnalyzer(loadWasm);
    service = new AnalysisService(analyzer);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        notebookDocumentSync: { notebookSelector: [{ notebook: '*', cells: [{ language: 'python' }] }] },
        diagnosticProvider: pull ? { identifier: 'clarifai', interFileDependencies: false, workspaceDiagnostics: false } : undefined,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: true },
        executeCommandProvider: { commands: [APPLY_ALL_FIXES_COMMAND] },
      },
      serverInfo: { name: 'Clarifai PAT Lint' },
    };
  });

  connection.onInitialized(() => {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'clarifai' }).catch(() => undefined);
  });

  // Notebook cells are analysed as one program per notebook.
  const notebookOf = (uri: string): NotebookDocument | undefined => notebooks.findNotebookDocumentForCell(uri);
  const isCell = (uri: string) => isNotebookCell(uri) || notebookOf(uri) !== undefined;
  const cellsOf = (notebook: NotebookDocument): CellText[] =>
    notebook.cells.flatMap((cell) => {
      const document = documents.get(cell.document)?.text;
      return document ? [{ document, kind: cell.kind === NotebookCellKind.Code ? ('code' as const) : ('markdown' as const) }] : [];
    });

  /** Diagnostics for one document (or notebook cell) now, never throwing. */
  async function diagnosticsOf(uri: string): Promise<Diagnostic[]> {
    const notebook = notebookOf(uri);
    try {
      if (notebook) {
        const byCell = await service.analyzeNotebook(notebook, cellsOf(notebook), await settings.get(notebook.uri));
        return byCell.get(uri) ?? [];
      }
      const doc = documents.get(uri);
      if (!doc) return [];
      const current = await settings.get(uri);
      if (current.run === 'onSave' && doc.version !== doc.savedVersion) return service.lastResult(uri)?.diagnostics ?? [];
      return (await service.analyze(doc, current)).diagnostics;
    } catch (error) {
      log(`Analysis of ${uri} failed`, error);
      return [];
    }
  }

  // Pull: the client asks; a request for an old version is cancelled so the client asks again.
  connection.languages.diagnostics.on(async (params, token): Promise<DocumentDiagnosticReport> => {
    const uri = params.textDocument.uri;
    const version = documents.get(uri)?.version;
    const items = await diagnosticsOf(uri);
    if (token.isCancellationRequested || documents.get(uri)?.version !== version) {
      throw new ResponseError(LSPErrorCodes.ServerCancelled, 'the document changed during analysis', { retriggerRequest: true });
    }
    return { kind: 'full', items };
  });

  // Push: analyse after a pause in typing, on open and on save; publish with the version analysed.
  const scheduler = new Scheduler();
  async function publish(uri: string): Promise<void> {
    const notebook = notebookOf(uri);
    if (notebook) {
      const byCell = await service.analyzeNotebook(notebook, cellsOf(notebook), await settings.get(notebook.uri)).catch((error: unknown) => {
        log(`Analysis of ${notebook.uri} failed`, error);
        return new Map<string, Diagnostic[]>();
      });
      for (const [cell, diagnostics] of byCell) await connection.sendDiagnostics({ uri: cell, version: documents.get(cell)?.version, diagnostics });
      return;
    }
    const doc = documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const diagnostics = await diagnosticsOf(uri);
    // A newer change is already scheduled: its analysis will publish.
    if (documents.get(uri)?.version === version) await connection.sendDiagnostics({ uri, version, diagnostics });
  }
  const schedulePublish = (uri: string, delay: number) => scheduler.schedule(uri, delay, () => publish(uri));

  documents.onDidOpen(({ document }) => {
    if (!pull && !isCell(document.uri)) schedulePublish(document.uri, 0);
  });
  documents.onDidChangeContent(({ document }) => {
    if (pull || isCell(document.uri)) return;
    void settings.get(document.uri).then((s) => {
      if (s.run === 'onType') schedulePublish(document.uri, TYPING_DELAY_MS);
    });
  });
  documents.onDidSave(({ document }) => {
    document.savedVersion = document.version;
    if (pull) return;
    void settings.get(document.uri).then((s) => {
      if (s.run === 'onSave') schedulePublish(document.uri, 0);
    });
  });
  documents.onDidClose(({ document }) => {
    scheduler.cancel(document.uri);
    service.forget(document.uri);
    document.analysis?.dispose();
    if (!pull && !isCell(document.uri)) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  const onNotebookChange = (notebook: NotebookDocument) => {
    const first = notebook.cells[0]?.document;
    if (!first) return;
    if (pull) scheduler.schedule(notebook.uri, TYPING_DELAY_MS, async () => connection.languages.diagnostics.refresh());
    else schedulePublish(first, TYPING_DELAY_MS);
  };
  notebooks.onDidOpen(onNotebookChange);
  notebooks.onDidChange(({ notebookDocument }) => onNotebookChange(notebookDocument));
  notebooks.onDidClose((notebook) => {
    service.forget(notebook.uri);
    if (!pull) for (const cell of notebook.cells) void connection.sendDiagnostics({ uri: cell.document, diagnostics: [] });
  });

  connection.onDidChangeConfiguration(() => {
    settings.clear();
    service.clear();
    if (pull) void connection.languages.diagnostics.refresh();
    else for (const doc of documents.all()) schedulePublish(doc.uri, 0);
  });

  /** Every fixable finding's first fix, merged without overlaps, for the document at its current version. */
  async function fixAllEdits(uri: string) {
    const doc = documents.get(uri);
    if (!doc || notebookOf(uri)) return [];
    const result = await service.analyze(doc, await settings.get(uri));
    return mergeFixes(result.findings).map((e) => ({ uri, range: { start: doc.text.positionAt(e.start), end: doc.text.positionAt(e.end) }, newText: e.newText }));
  }

  connection.onCodeAction(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const actions: CodeAction[] = [];
    const only = params.context.only;
    if (wantsQuickFixes(only)) actions.push(...quickFixes(doc.text, params.context.diagnostics, style));
    if (wantsFixAll(only)) {
      const title = 'Clarifai: Fix all auto-fixable problems';
      if (resolveEdits) {
        const data: FixAllData = { uri: doc.uri, version: doc.version };
        actions.push({ title, kind: FIX_ALL_KIND, data });
      } else {
        const edits = await fixAllEdits(doc.uri).catch((error: unknown) => (log(`Fix-all of ${doc.uri} failed`, error), []));
        if (edits.length > 0) actions.push({ title, kind: FIX_ALL_KIND, edit: workspaceEdit(edits, style) });
      }
    }
    return actions;
  });

  connection.onCodeActionResolve(async (action) => {
    const data = action.data as Partial<FixAllData> | undefined;
    if (action.kind !== FIX_ALL_KIND || typeof data?.uri !== 'string' || documents.get(data.uri)?.version !== data.version) return action;
    const edits = await fixAllEdits(data.uri).catch((error: unknown) => (log(`Fix-all of ${data.uri} failed`, error), []));
    return { ...action, edit: workspaceEdit(edits, style) };
  });

  connection.onExecuteCommand(async (params) => {
    if (params.command !== APPLY_ALL_FIXES_COMMAND) return;
    const target = params.arguments?.[0] as Partial<FixAllData> | undefined;
    if (typeof target?.uri !== 'string') throw new ResponseError(-32602, `${APPLY_ALL_FIXES_COMMAND} needs { uri, version }`);
    if (target.version !== undefined && documents.get(target.uri)?.version !== target.version) return;
    const edits = await fixAllEdits(target.uri);
    if (edits.length > 0) await connection.workspace.applyEdit({ label: 'Clarifai: Fix all auto-fixable problems', edit: workspaceEdit(edits, style) });
  });

  connection.onRequest(AnalyzeFilesRequest, (params, token) => analyzeFiles(params.uris, analyzer!, (uri) => settings.get(uri), token));

  documents.listen(connection);
  notebooks.listen(connection);
  connection.listen();
}
