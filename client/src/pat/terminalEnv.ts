// Optionally puts the PAT into CLARIFAI_PAT of new integrated terminals, only in trusted workspaces, and never
// persisted: `persistent = false` keeps VS Code from writing the value to its state database.
import * as vscode from 'vscode';
import { PAT_ENV_VAR, type PatStore } from './patStore';

const SETTING = 'clarifai.terminal.injectPat';

export class TerminalPat implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  /** The latest update, so that tests can wait for the outcome of a change. */
  private latest: Promise<void> = Promise.resolve();

  constructor(
    private readonly collection: vscode.GlobalEnvironmentVariableCollection,
    private readonly store: PatStore,
  ) {
    // Set before any value: the collection persists by default.
    collection.persistent = false;
    collection.description = `Puts your Clarifai PAT into ${PAT_ENV_VAR} (setting ${SETTING}).`;
    this.disposables.push(
      store.onDidChange(() => this.schedule()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(SETTING)) this.schedule();
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.schedule()),
    );
    this.schedule();
  }

  /** Resolves when the terminal environment reflects the latest change. */
  settled(): Promise<void> {
    return this.latest;
  }

  private schedule(): void {
    this.latest = this.latest.then(() => this.update());
  }

  /** Whether new terminals get the PAT. */
  get active(): boolean {
    return this.collection.get(PAT_ENV_VAR) !== undefined;
  }

  private async update(): Promise<void> {
    const wanted = vscode.workspace.getConfiguration().get<boolean>(SETTING, false) && vscode.workspace.isTrusted;
    const pat = wanted ? await this.store.get() : undefined;
    // A PAT already in the environment reaches terminals by itself.
    if (pat?.source === 'secret-storage') this.collection.replace(PAT_ENV_VAR, pat.token);
    else this.collection.delete(PAT_ENV_VAR);
  }

  dispose(): void {
    this.collection.clear();
    for (const d of this.disposables) d.dispose();
  }
}
