// What a rule is: metadata shared by diagnostics, the CLI, SARIF and the README, and a check over the file model.
import type { FileModel, FixIntent, RuleId, Severity, Span } from '../model';

export interface RuleMeta {
  id: RuleId;
  defaultSeverity: Severity;
  /** One line, for listings and SARIF's shortDescription. */
  title: string;
  /** A paragraph, for SARIF's fullDescription and hovers. */
  description: string;
}

export interface RuleFinding {
  span: Span;
  message: string;
  /** Lower than the rule's default when the evidence is weak (a name that only suggests an API key). */
  severity?: Severity;
  /** The changes that would fix it, the preferred one first; the language's fix builder writes the edits. */
  fixes?: { title: string; intent: FixIntent }[];
}

export interface Rule {
  meta: RuleMeta;
  check(model: FileModel): RuleFinding[];
}
