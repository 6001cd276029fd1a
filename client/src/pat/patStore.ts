// The only code that touches the stored PAT: VS Code's SecretStorage, with the CLARIFAI_PAT environment variable
// as the fallback when SecretStorage fails or keeps secrets only in the browser. Never logs, never settings.
import * as vscode from 'vscode';

const SECRET_KEY = 'clarifai.pat';
export const PAT_ENV_VAR = 'CLARIFAI_PAT';

export type PatSource = 'secret-storage' | 'environment';

export interface StoreResult {
  stored: boolean;
  /** Something the user should know: SecretStorage failed, or keeps the PAT only in this browser. */
  warning?: string;
}

export class PatStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly secrets: vscode.SecretStorage) {
    // Fires for changes made in any window.
    this.subscription = secrets.onDidChange((e) => {
      if (e.key === SECRET_KEY) this.changed.fire();
    });
  }

  /** The PAT and where it comes from, or undefined when none is configured. */
  async get(): Promise<{ token: string; source: PatSource } | undefined> {
    try {
      const token = await this.secrets.get(SECRET_KEY);
      if (token) return { token, source: 'secret-storage' };
    } catch {
      // An unreadable store (no keyring, a failed decrypt) is the same as an empty one.
    }
    const env = process.env[PAT_ENV_VAR];
    return env ? { token: env, source: 'environment' } : undefined;
  }

  async source(): Promise<PatSource | undefined> {
    return (await this.get())?.source;
  }

  async store(token: string): Promise<StoreResult> {
    try {
      await this.secrets.store(SECRET_KEY, token);
    } catch {
      const fallback = process.env[PAT_ENV_VAR] ? ` The ${PAT_ENV_VAR} environment variable is set and is used instead.` : ` Set ${PAT_ENV_VAR} in the environment VS Code starts from instead.`;
      return { stored: false, warning: `VS Code could not store the PAT in its secret storage (is an OS keyring available?).${fallback}` };
    }
    if (vscode.env.uiKind === vscode.UIKind.Web) {
      return { stored: true, warning: `In the browser VS Code keeps secrets in this browser's storage, which may not survive a reload; ${PAT_ENV_VAR} in the server's environment is the lasting alternative.` };
    }
    return { stored: true };
  }

  async clear(): Promise<void> {
    try {
      await this.secrets.delete(SECRET_KEY);
    } catch {
      // Nothing stored, or a broken store: either way nothing is left to remove.
    }
    this.changed.fire();
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
