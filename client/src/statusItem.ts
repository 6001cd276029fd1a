// The language status item: whether a Clarifai PAT is configured (never its value); it opens the log.
import * as vscode from 'vscode';
import type { PatStore } from './pat/patStore';

export class PatStatusItem implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;
  private readonly subscription: vscode.Disposable;

  constructor(
    selector: vscode.DocumentSelector,
    private readonly store: PatStore,
  ) {
    this.item = vscode.languages.createLanguageStatusItem('clarifai.pat', selector);
    this.item.name = 'Clarifai PAT';
    this.item.command = { title: 'Show Log', command: 'clarifai.showLog' };
    this.subscription = store.onDidChange(() => void this.refresh());
    void this.refresh();
  }

  async refresh(): Promise<void> {
    const source = await this.store.source();
    this.item.text = source ? '$(key) Clarifai PAT configured' : '$(key) Clarifai PAT not configured';
    this.item.detail = source === 'environment' ? 'from CLARIFAI_PAT' : source ? 'in secret storage' : 'run "Configure Clarifai PAT"';
    this.item.severity = vscode.LanguageStatusSeverity.Information;
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
