// The command behind the quick fix that takes a PAT out of the source: it reads the PAT from the editor's own copy of
// the document (the language server never sends it), applies the fix, and then offers to keep the PAT in secret
// storage, so that code that now reads CLARIFAI_PAT keeps working. The PAT lives only in a local variable here.
import * as vscode from 'vscode';
import type { Protocol2CodeConverter } from 'vscode-languageclient/node';
import type { MoveCredentialArgs } from '../../../server/src/shared/protocol';
import { validatePat } from './configurePat';
import { PAT_ENV_VAR, type PatStore } from './patStore';

const STORE = 'Store';
const NOT_NOW = 'Not now';

/** Asks the user a question with a few answers (a notification); resolves with the answer, or undefined when dismissed. */
export type Ask = (question: string, ...answers: string[]) => Thenable<string | undefined>;

export interface MoveCredentialContext {
  store: PatStore;
  converter: () => Protocol2CodeConverter;
  ask: Ask;
}

export async function moveCredentialToSecretStorage(args: unknown, ctx: MoveCredentialContext): Promise<void> {
  if (!isMoveCredentialArgs(args)) {
    void vscode.window.showErrorMessage('Clarifai: this fix came without the document it applies to; nothing was changed.');
    return;
  }
  const converter = ctx.converter();
  // Converted first: from the version check to the edit nothing waits, so no keystroke can come in between.
  const edit = await converter.asWorkspaceEdit(args.edit);
  const document = openDocument(converter.asUri(args.uri));
  if (!document || document.version !== args.version || !editMatchesOpenDocuments(args.edit, converter)) {
    void vscode.window.showWarningMessage('Clarifai: the file changed or was closed since this fix was offered, so nothing was changed. Ask for the quick fix again.');
    return;
  }
  const credential = document.getText(converter.asRange(args.range));
  const applied = await vscode.workspace.applyEdit(edit);
  if (!applied) {
    void vscode.window.showWarningMessage('Clarifai: the fix could not be applied; nothing was changed or stored.');
    return;
  }
  // Code in a workspace the user has not trusted was written by someone they have not vouched for: the PAT in it is
  // most likely someone else's, and keeping it as the user's own would replace theirs and send their later requests
  // (from terminals of trusted workspaces) to a stranger's account. The fix is applied; nothing is offered.
  if (!vscode.workspace.isTrusted) return;
  // The store keeps what "Configure Clarifai PAT" would accept; another shape is not offered.
  if (validatePat(credential) !== undefined) return;
  await offerToStore(credential, ctx);
}

async function offerToStore(credential: string, ctx: MoveCredentialContext): Promise<void> {
  const current = await ctx.store.get();
  if (current?.source === 'secret-storage' && current.token === credential) {
    void vscode.window.showInformationMessage('Clarifai: the removed credential is the PAT already kept in secret storage.');
    return;
  }
  const replaces = current?.source === 'secret-storage' ? ' It replaces the Clarifai PAT stored there now.' : '';
  const answer = await ctx.ask(`Store the removed credential as your Clarifai PAT in VS Code's secret storage?${replaces}`, STORE, NOT_NOW);
  if (answer !== STORE) return;
  const result = await ctx.store.store(credential);
  if (!result.stored) {
    void vscode.window.showErrorMessage(result.warning ?? 'The PAT could not be stored.');
    return;
  }
  if (result.warning) void vscode.window.showWarningMessage(result.warning);
  const terminals = vscode.workspace.getConfiguration().get<boolean>('clarifai.terminal.injectPat', false)
    ? `New terminals get it in ${PAT_ENV_VAR}.`
    : `Turn on "clarifai.terminal.injectPat" to have it in ${PAT_ENV_VAR} of new terminals.`;
  void vscode.window.showInformationMessage(
    `Clarifai PAT saved in secret storage. ${terminals} If the file was ever committed or shared, revoke this PAT in Clarifai (Settings → Secrets) and configure a new one.`,
  );
}

function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
}

/** Every document a versioned edit names is open at that version (a notebook fix can edit more than one cell). */
function editMatchesOpenDocuments(edit: MoveCredentialArgs['edit'], converter: Protocol2CodeConverter): boolean {
  return (edit.documentChanges ?? []).every((change) => {
    if (!('textDocument' in change)) return false;
    const { uri, version } = change.textDocument;
    return version === null || openDocument(converter.asUri(uri))?.version === version;
  });
}

function isMoveCredentialArgs(value: unknown): value is MoveCredentialArgs {
  const args = value as Partial<MoveCredentialArgs> | undefined;
  return (
    typeof args === 'object' &&
    args !== null &&
    typeof args.uri === 'string' &&
    typeof args.version === 'number' &&
    typeof args.range?.start?.line === 'number' &&
    typeof args.range.end?.line === 'number' &&
    typeof args.edit === 'object' &&
    args.edit !== null
  );
}
