// "Configure Clarifai PAT": a masked input with validation and a link to where Clarifai shows PATs, storage in
// SecretStorage only, and, if the user agrees and the workspace is trusted, one check with Clarifai.
import * as vscode from 'vscode';
import type { PatStore } from './patStore';
import { verifyPat, type Verdict } from './verifyPat';

/** Where Clarifai lists a user's PATs. */
export const PAT_PAGE = 'https://clarifai.com/settings/secrets';
const CHECK = 'Check with Clarifai';

/** Why a value cannot be a Clarifai PAT, or undefined when it can. */
export function validatePat(value: string): string | undefined {
  const token = value.trim();
  if (token.length === 0) return 'Paste the PAT: 32 letters and digits.';
  if (/^key\s/i.test(token)) return 'Paste the token without the "Key " prefix.';
  if (!/^[A-Za-z0-9]+$/.test(token)) return 'A Clarifai PAT has only letters and digits.';
  if (token.length !== 32) return `A Clarifai PAT has 32 characters; this has ${token.length}.`;
  return undefined;
}

/** Asks for the PAT; resolves with the trimmed token, or undefined when the user cancels. */
export async function askForPat(): Promise<string | undefined> {
  const input = vscode.window.createInputBox();
  const disposables: vscode.Disposable[] = [input];
  const openPage: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('link-external'), tooltip: `Open ${PAT_PAGE}` };
  try {
    input.title = 'Configure Clarifai PAT';
    input.prompt = `Your Personal Access Token, from Clarifai's Settings → Secrets (${PAT_PAGE}). It is kept in VS Code's secret storage.`;
    input.placeholder = '32 letters and digits';
    input.password = true;
    input.ignoreFocusOut = true;
    input.buttons = [openPage];
    return await new Promise<string | undefined>((resolve) => {
      disposables.push(
        input.onDidChangeValue((value) => {
          input.validationMessage = value.length === 0 ? undefined : validatePat(value);
        }),
        input.onDidTriggerButton((button) => {
          if (button === openPage) void vscode.env.openExternal(vscode.Uri.parse(PAT_PAGE));
        }),
        input.onDidAccept(() => {
          const problem = validatePat(input.value);
          if (problem) {
            input.validationMessage = problem;
            return;
          }
          resolve(input.value.trim());
          input.hide();
        }),
        input.onDidHide(() => resolve(undefined)),
      );
      input.show();
    });
  } finally {
    for (const d of disposables) d.dispose();
  }
}

/** The whole command: ask, store, tell, and offer the check. */
export async function configurePat(store: PatStore, apiBase: () => string): Promise<void> {
  const token = await askForPat();
  if (token === undefined) return;
  const result = await store.store(token);
  if (!result.stored) {
    void vscode.window.showErrorMessage(result.warning ?? 'The PAT could not be stored.');
    return;
  }
  if (result.warning) void vscode.window.showWarningMessage(result.warning);
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showInformationMessage('Clarifai PAT saved. Trust this workspace to check it with Clarifai.');
    return;
  }
  const base = apiBase();
  const answer = await vscode.window.showInformationMessage(`Clarifai PAT saved. Check it with Clarifai? This sends it once to ${base}/v2/users/me.`, CHECK, 'Not now');
  if (answer !== CHECK) return;
  const verdict = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Checking the PAT with Clarifai…' }, () => verifyPat(base, token));
  showVerdict(verdict, base);
}

function showVerdict(verdict: Verdict, base: string): void {
  switch (verdict.kind) {
    case 'pat':
      void vscode.window.showInformationMessage(`This is a PAT of Clarifai user ${verdict.userId}: it can reach clarifai/main models and workflows.`);
      return;
    case 'api-key':
      void vscode.window.showWarningMessage('This is an app API key, not a PAT: it reaches only its own app. Create a PAT in Clarifai under Settings → Secrets.', 'Open Settings → Secrets').then((open) => {
        if (open) void vscode.env.openExternal(vscode.Uri.parse(PAT_PAGE));
      });
      return;
    case 'rejected':
      void vscode.window.showWarningMessage(`Clarifai did not accept this token (${verdict.status}: ${verdict.description}). Check that it is current and was copied whole.`);
      return;
    case 'offline':
      void vscode.window.showWarningMessage(`Could not reach ${base} to check the PAT (${verdict.reason}). It is saved; you can check it later.`);
  }
}
