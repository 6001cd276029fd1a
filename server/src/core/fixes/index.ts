// Turns the changes rules ask for into text edits, written in the style of the file's language.
import type { LanguageFamily } from '../languages';
import type { CallSite, FileModel, FixIntent, FixProposal } from '../model';
import { cSharpWriter } from './csharp';
import { goWriter } from './go';
import { javaScriptWriter } from './javascript';
import { javaWriter, kotlinWriter } from './jvm';
import { phpWriter } from './php';
import { pythonWriter } from './python';
import { rubyWriter } from './ruby';
import { shellWriter } from './shell';
import { swiftWriter } from './swift';
import { reachMainEdits } from './reachMain';
import type { FixSupport } from './support';
import type { LanguageWriter } from './writer';

/** What building a fix may look at: the file, its model, and its syntax tree through `support`. */
export interface FixContext {
  text: string;
  family: LanguageFamily;
  /** TypeScript: new functions get type annotations. */
  typed: boolean;
  support: FixSupport;
  model: FileModel;
  /** The calls the file's fixes change (not suppressed, rule not off), and whether each gets a PAT. */
  fixing: ReadonlyMap<CallSite, { pat: boolean }>;
}

const WRITERS: Record<LanguageFamily, LanguageWriter> = { python: pythonWriter, javascript: javaScriptWriter, shell: shellWriter, ruby: rubyWriter, go: goWriter, php: phpWriter, swift: swiftWriter, csharp: cSharpWriter, java: javaWriter, kotlin: kotlinWriter };

/** The text edits of one fix, or undefined when this file's shape leaves no safe edit. */
export function buildFix(fix: { title: string; intent: FixIntent }, ctx: FixContext): FixProposal | undefined {
  const writer = WRITERS[ctx.family];
  const { intent } = fix;
  const { text } = ctx;
  switch (intent.kind) {
    case 'redact':
      return { title: fix.title, edits: [{ start: intent.secret.start, end: intent.secret.end, newText: '<redacted>' }] };
    case 'drop-default':
      return { title: fix.title, edits: [...writer.envImport(text, ctx.support), { start: intent.expression.start, end: intent.expression.end, newText: writer.envRead(intent.envName, '"') }] };
    case 'read-env': {
      // A literal that must stay a compile-time constant (an annotation's value) cannot become a read.
      if (!intent.secret.literal || intent.secret.constant) return undefined;
      const edit = writer.replaceInLiteral(text, intent.secret.literal, intent.secret.span, (quote) => writer.envRead(intent.envName, quote), ctx.support);
      if (!edit) return undefined;
      return { title: fix.title, edits: [...writer.envImport(text, ctx.support), edit], removesCredential: { span: intent.secret.span, envName: intent.envName } };
    }
    case 'reach-main': {
      const edits = reachMainEdits({ ...ctx, site: intent.site, pat: intent.pat, writer });
      return edits ? { title: fix.title, edits } : undefined;
    }
  }
}
