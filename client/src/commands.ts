// The extension's commands, in one table: the only place command ids are registered.
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import { APPLY_ALL_FIXES_COMMAND, MOVE_CREDENTIAL_COMMAND } from '../../server/src/shared/protocol';
import { configurePat } from './pat/configurePat';
import { moveCredentialToSecretStorage, type Ask } from './pat/moveCredential';
import type { PatStore } from './pat/patStore';
import type { WorkspaceScan } from './scanWorkspace';

export interface CommandContext {
  client: () => LanguageClient;
  restart: () => Promise<void>;
  store: PatStore;
  scan: WorkspaceScan;
  log: vscode.LogOutputChannel;
  /** How the extension asks the user a question (answered by the tests in test mode). */
  ask: Ask;
}

export function registerCommands(ctx: CommandContext): vscode.Disposable[] {
  const commands: Record<string, (...args: unknown[]) => unknown> = {
    'clarifai.configurePat': () => configurePat(ctx.store, () => vscode.workspace.getConfiguration('clarifai').get('apiBase', 'https://api.clarifai.com')),
    'clarifai.clearPat': async () => {
      await ctx.store.clear();
      const left = await ctx.store.source();
      void vscode.window.showInformationMessage(left === 'environment' ? 'Clarifai PAT removed from secret storage; CLARIFAI_PAT in the environment still provides one.' : 'Clarifai PAT removed.');
    },
    'clarifai.scanWorkspace': () => ctx.scan.run(),
    'clarifai.fixAll': async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      const document = editor.document;
      await ctx.client().sendRequest(ExecuteCommandRequest.type, {
        command: APPLY_ALL_FIXES_COMMAND,
        arguments: [{ uri: document.uri.toString(), version: document.version }],
      });
    },
    'clarifai.restartServer': () => ctx.restart(),
    'clarifai.showLog': () => ctx.log.show(),
    'clarifai.openRuleDocs': (url: unknown) => (typeof url === 'string' ? vscode.env.openExternal(vscode.Uri.parse(url)) : undefined),
    [MOVE_CREDENTIAL_COMMAND]: (args: unknown) => moveCredentialToSecretStorage(args, { store: ctx.store, converter: () => ctx.client().protocol2CodeConverter, ask: ctx.ask }),
  };
  return Object.entries(commands).map(([id, handler]) => vscode.commands.registerCommand(id, handler));
}
