// Open text documents: the LSP text plus, for analysed languages, an incrementally parsed core document.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent, TextDocumentsConfiguration } from 'vscode-languageserver';
import type { OpenDocument } from '../core/analyze';

export class SyncedDocument {
  /** The version last saved, for `run: onSave`. */
  savedVersion: number;

  constructor(
    readonly text: TextDocument,
    /** Absent for notebook cells (analysed with their notebook) and languages the core does not know. */
    readonly analysis: OpenDocument | undefined,
  ) {
    this.savedVersion = text.version;
  }

  get uri(): string {
    return this.text.uri;
  }

  get version(): number {
    return this.text.version;
  }

  get languageId(): string {
    return this.text.languageId;
  }
}

/** Notebook cells arrive as text documents with VS Code's cell scheme; they are analysed with their notebook. */
export function isNotebookCell(uri: string): boolean {
  return uri.startsWith('vscode-notebook-cell:');
}

/**
 * Creates and updates documents so that each incremental change also edits the cached syntax tree.
 * `open` gives the core document for a language (undefined when the core does not analyse it).
 */
export function documentsConfiguration(open: (languageId: string) => OpenDocument | undefined): TextDocumentsConfiguration<SyncedDocument> {
  return {
    create(uri, languageId, version, content) {
      const analysis = isNotebookCell(uri) ? undefined : open(languageId);
      analysis?.setText(content);
      return new SyncedDocument(TextDocument.create(uri, languageId, version, content), analysis);
    },
    update(document, changes, version) {
      for (const change of changes) applyChange(document, change, version);
      return document;
    },
  };
}

function applyChange(document: SyncedDocument, change: TextDocumentContentChangeEvent, version: number): void {
  if ('range' in change) {
    const start = document.text.offsetAt(change.range.start);
    const end = document.text.offsetAt(change.range.end);
    document.analysis?.applyChanges([{ start, end, text: change.text }]);
  } else {
    document.analysis?.setText(change.text);
  }
  TextDocument.update(document.text, [change], version);
}
