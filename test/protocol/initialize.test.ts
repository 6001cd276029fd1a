// initialize: what the server advertises to a VS Code-like client (pull diagnostics, code action resolve) and to a
// client without pull diagnostics and resolve support.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DidChangeConfigurationNotification, TextDocumentSyncKind, type TextDocumentSyncOptions } from 'vscode-languageserver-protocol/node';
import { BASIC, VSCODE, withClient } from './client';

const FIX_ALL_KIND = 'source.fixAll.clarifai';
const APPLY_ALL_FIXES = 'clarifai.applyAllFixes';

describe('initialize', () => {
  for (const [name, variant] of [
    ['VS Code-like client (pull, resolve)', VSCODE],
    ['client without pull and resolve support', BASIC],
  ] as const) {
    test(`${name}: sync, code actions, command, notebooks`, () =>
      withClient({ variant }, async (client) => {
        const { capabilities, serverInfo } = client.initializeResult;
        assert.ok(serverInfo?.name, 'the server names itself');

        // Incremental sync with open/close and save notifications.
        const sync = capabilities.textDocumentSync as TextDocumentSyncOptions;
        assert.equal(typeof sync, 'object');
        assert.equal(sync.openClose, true);
        assert.equal(sync.change, TextDocumentSyncKind.Incremental);
        assert.ok(sync.save, 'asks for didSave (run: onSave)');

        // Pull diagnostics only for a client that can pull.
        if (variant.pull) {
          assert.ok(capabilities.diagnosticProvider, 'diagnosticProvider with pull support');
          const provider = capabilities.diagnosticProvider as { interFileDependencies: boolean; workspaceDiagnostics: boolean };
          assert.equal(provider.interFileDependencies, false);
          assert.equal(provider.workspaceDiagnostics, false);
        } else {
          assert.equal(capabilities.diagnosticProvider, undefined, 'no diagnosticProvider without pull support');
        }

        // Quick fixes and the fix-all source action.
        const codeActions = capabilities.codeActionProvider;
        assert.equal(typeof codeActions, 'object');
        const kinds = (codeActions as { codeActionKinds?: string[] }).codeActionKinds ?? [];
        assert.ok(kinds.includes('quickfix'), `quickfix among ${kinds}`);
        assert.ok(kinds.includes(FIX_ALL_KIND), `${FIX_ALL_KIND} among ${kinds}`);
        if (variant.resolve) assert.equal((codeActions as { resolveProvider?: boolean }).resolveProvider, true);

        // The server's own command.
        assert.deepEqual(capabilities.executeCommandProvider?.commands, [APPLY_ALL_FIXES]);

        // Python cells of any notebook.
        const notebookSync = capabilities.notebookDocumentSync as { notebookSelector: { notebook?: unknown; cells?: { language: string }[] }[] } | undefined;
        assert.ok(notebookSync, 'notebookDocumentSync');
        assert.ok(
          notebookSync.notebookSelector.some((s) => s.notebook !== undefined && s.cells?.some((c) => c.language === 'python')),
          `a selector for python cells in ${JSON.stringify(notebookSync.notebookSelector)}`,
        );

        // After `initialized`, the server registers for configuration changes of its section.
        const registration = client.registrations.find((r) => r.method === DidChangeConfigurationNotification.method);
        assert.ok(registration, 'registers workspace/didChangeConfiguration');
        assert.deepEqual(client.unexpectedRequests, []);
      }));
  }
});
