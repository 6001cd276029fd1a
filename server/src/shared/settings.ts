// The `clarifai.*` settings that change analysis, resolved per resource; shared by the client and the server.
import type { AnalyzeOptions } from '../core/analyze';
import { NOTEBOOK_LANGUAGE_ID, supportedLanguageIds } from '../core/languages';
import { isRuleId, type RuleId, type Severity } from '../core/model';

export type RuleSetting = Severity | 'off' | 'default';

export interface AnalysisSettings {
  /** Analyse documents at all. */
  enable: boolean;
  /** Re-analyse on every change, or only when the file is saved. */
  run: 'onType' | 'onSave';
  /** The language ids analysed (Python notebook cells follow `python`). */
  languages: string[];
  /** Per-rule severity, or 'off'; 'default' keeps the rule's own. */
  rules: Partial<Record<RuleId, RuleSetting>>;
}

/** Every editor language the core analyses (notebook cells are analysed as `python`). */
export const ANALYSED_LANGUAGES: readonly string[] = supportedLanguageIds().filter((id) => id !== NOTEBOOK_LANGUAGE_ID);

export const DEFAULT_SETTINGS: AnalysisSettings = {
  enable: true,
  run: 'onType',
  languages: [...ANALYSED_LANGUAGES],
  rules: {},
};

const RULE_SETTINGS = new Set<string>(['default', 'error', 'warning', 'information', 'hint', 'off']);

/** Reads settings as the client sends them, keeping defaults for anything missing or malformed. */
export function normalizeSettings(raw: unknown): AnalysisSettings {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const rules: Partial<Record<RuleId, RuleSetting>> = {};
  if (typeof value.rules === 'object' && value.rules !== null) {
    for (const [id, setting] of Object.entries(value.rules)) {
      if (isRuleId(id) && typeof setting === 'string' && RULE_SETTINGS.has(setting)) rules[id] = setting as RuleSetting;
    }
  }
  return {
    enable: typeof value.enable === 'boolean' ? value.enable : DEFAULT_SETTINGS.enable,
    run: value.run === 'onSave' || value.run === 'onType' ? value.run : DEFAULT_SETTINGS.run,
    languages: Array.isArray(value.languages) && value.languages.every((l) => typeof l === 'string') ? (value.languages as string[]) : DEFAULT_SETTINGS.languages,
    rules,
  };
}

/** The severities the core applies. */
export function analyzeOptions(settings: AnalysisSettings): AnalyzeOptions {
  const severities: NonNullable<AnalyzeOptions['severities']> = {};
  for (const [id, setting] of Object.entries(settings.rules) as [RuleId, RuleSetting][]) if (setting !== 'default') severities[id] = setting;
  return { severities };
}
