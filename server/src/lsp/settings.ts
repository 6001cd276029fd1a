// Settings pulled per resource with workspace/configuration, cached per URI until the client says they changed.
import type { Connection } from 'vscode-languageserver';
import { DEFAULT_SETTINGS, normalizeSettings, type AnalysisSettings } from '../shared/settings';

export class SettingsStore {
  private readonly cache = new Map<string, Promise<AnalysisSettings>>();

  constructor(
    private readonly connection: Connection,
    private readonly canPull: boolean,
  ) {}

  /** The settings that apply to a document (multi-root workspaces resolve them per folder). */
  get(uri: string): Promise<AnalysisSettings> {
    if (!this.canPull) return Promise.resolve(DEFAULT_SETTINGS);
    let settings = this.cache.get(uri);
    if (!settings) {
      settings = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'clarifai' })
        .then(normalizeSettings, () => DEFAULT_SETTINGS);
      this.cache.set(uri, settings);
    }
    return settings;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  clear(): void {
    this.cache.clear();
  }
}
