// Turns the changes rules ask for into text edits, written by the fix builder of the file's language.
import type { LanguageFamily } from '../languages';
import type { FixIntent, FixProposal, Span, TextEdit } from '../model';
import { javaScriptFixes } from './javascript';
import { pythonFixes } from './python';

/** How one language writes the pieces a fix needs. */
export interface FixBuilder {
  /** An expression that reads an environment variable, quoted like `quote` when it needs quotes. */
  envRead(name: string, quote: string): string;
  /** Edits that make `envRead` work in this file (`import os`), or none. */
  envImport(text: string): TextEdit[];
  /** Replaces the credential inside a string literal with an environment read; undefined when the literal is too unusual. */
  replaceInLiteral(text: string, literal: Span, secret: Span, read: (quote: string) => string): TextEdit | undefined;
}

const BUILDERS: Record<LanguageFamily, FixBuilder> = { python: pythonFixes, javascript: javaScriptFixes };

/** The text edits of one fix, or undefined when this file's shape leaves no safe edit. */
export function buildFix(fix: { title: string; intent: FixIntent }, text: string, family: LanguageFamily): FixProposal | undefined {
  const builder = BUILDERS[family];
  const { intent } = fix;
  switch (intent.kind) {
    case 'redact':
      return { title: fix.title, edits: [{ start: intent.secret.start, end: intent.secret.end, newText: '<redacted>' }] };
    case 'drop-default':
      return { title: fix.title, edits: [...builder.envImport(text), { start: intent.expression.start, end: intent.expression.end, newText: builder.envRead(intent.envName, '"') }] };
    case 'read-env': {
      if (!intent.secret.literal) return undefined;
      const edit = builder.replaceInLiteral(text, intent.secret.literal, intent.secret.span, (quote) => builder.envRead(intent.envName, quote));
      return edit ? { title: fix.title, edits: [...builder.envImport(text), edit] } : undefined;
    }
  }
}
