// The shared part of every call-site fix: which calls change with this one, whether a definition may be edited in
// place, and the PAT, USER_ID and APP_ID values (new constants when the file keeps its values in constants).
import { MAIN_APP_ID, MAIN_USER_ID } from '../../clarifai/catalog';
import { needsOwnerIds } from '../../clarifai/target';
import type { CallSite, FileModel, Reach, Span, TextEdit } from '../../model';
import { lineAfter } from '../../text';
import type { FixSupport } from '../support';
import { lineEnding } from '../text';
import type { LanguageWriter } from '../writer';

export const PAT_ENV = 'CLARIFAI_PAT';

/** Prefixes bundlers require before they put an environment variable into front-end code. */
const BUNDLER_PREFIX = /^(?:REACT_APP_|VITE_|NEXT_PUBLIC_|EXPO_PUBLIC_|GATSBY_|VUE_APP_)/;

/** What a call needs to reach a clarifai/main resource: the owner's ids, a PAT, or both. */
export interface Needs {
  owner: boolean;
  pat: boolean;
}

/** New constants are written in this order, whichever fix asks for them first. */
const CONSTANT_ORDER = ['PAT', 'USER_ID', 'APP_ID'];

interface Constant {
  name: string;
  value: string;
}

export class FixPlan {
  readonly edits: TextEdit[] = [];
  private readonly constants: Constant[] = [];
  private readonly imports: TextEdit[] = [];
  /** The spans of every call that gets the same change, so that a definition they share may be edited once for all. */
  private readonly ownerPeers: Span[];
  private readonly patPeers: Span[];

  constructor(
    readonly text: string,
    readonly site: CallSite,
    readonly needs: Needs,
    readonly support: FixSupport,
    readonly writer: LanguageWriter,
    readonly model: FileModel,
    fixing: ReadonlyMap<CallSite, { pat: boolean }>,
    /** TypeScript: new functions get type annotations. */
    readonly typed = false,
  ) {
    const sites = [...fixing.keys()];
    this.ownerPeers = sites.filter(needsOwnerIds).map((s) => s.callSpan);
    this.patPeers = sites.filter((s) => fixing.get(s)!.pat).map((s) => s.callSpan);
  }

  /** The quote the file writes strings with. */
  get quote(): string {
    return this.writer.quote(this.text);
  }

  /**
   * Whether a value may be edited where it is defined: every binding on the way is used only by calls that get the
   * same change, or by the definitions on the way.
   */
  exclusive(reaches: readonly (Reach | undefined)[], change: 'owner' | 'pat', via: readonly string[] = []): boolean {
    const present = reaches.filter((r): r is Reach => r !== undefined);
    const names = [...new Set([...present.flatMap((r) => r.via), ...via])];
    if (names.length === 0) return true;
    const peers = change === 'owner' ? this.ownerPeers : this.patPeers;
    // Where each value is written (`at`) and defined are on the way from the call: uses there are the call's own.
    const path = present.flatMap((r) => [r.at, r.definition]);
    return this.support.usedOnlyWithin(names, [...peers, ...path], path);
  }

  /** The ids the call must name: the target's owner (clarifai/main, or another public owner). */
  get owner(): { userId: string; appId: string } {
    return this.site.target.owner ?? { userId: MAIN_USER_ID, appId: MAIN_APP_ID };
  }

  /**
   * Binds `value` to `name` in statements on the lines after the statement holding `span`, indented like it, and
   * returns the name; reuses a binding of that name that already holds the value (a fix made earlier). Undefined
   * when the name is taken by something else.
   */
  bindBeside(span: Span, name: string, value: string, declare: (name: string, value: string) => readonly string[]): string | undefined {
    const existing = this.support.bindingOf(name);
    if (existing) return this.text.slice(existing.start, existing.end) === value ? name : undefined;
    if (this.support.nameTaken(name)) return undefined;
    return this.addStatementAfter(span, declare(name, value)) ? name : undefined;
  }

  /**
   * A module-level carrier (metadata, headers) another call of the same client already sends a PAT from
   * CLARIFAI_PAT with: the call can simply use it.
   */
  existingPatCarrier(): string | undefined {
    for (const other of this.model.callSites) {
      const { credential, places } = other;
      if (other.flavor !== this.site.flavor || credential.kind !== 'pat' || credential.envName !== PAT_ENV || places.carrier?.via.length !== 1) continue;
      const name = places.carrier.via[0]!;
      if (this.support.moduleBinding(name)) return name;
    }
    return undefined;
  }

  /** Adds statements on the lines after the statement holding `span`, indented like it. */
  addStatementAfter(span: Span, lines: readonly string[]): boolean {
    const holder = this.support.statementAt(span.start);
    if (!holder) return false;
    const at = lineAfter(this.text, holder.span.end);
    const eol = lineEnding(this.text);
    const prefix = at === this.text.length && !this.text.endsWith('\n') ? eol : '';
    this.edits.push({ start: at, end: at, newText: prefix + lines.map((line) => `${holder.indent}${line}${eol}`).join('') });
    return true;
  }

  /**
   * Lets a value read at run time be written at `span`. Nothing to do outside a compile-time constant; a constant's
   * declaration becomes a variable's (an edit of this plan) when nothing needs it to stay one. False when it must.
   */
  allowRuntimeValueAt(span: Span): boolean {
    const constant = this.support.constantOf?.(span);
    if (!constant) return true;
    if (constant.replaceable) this.edits.push(constant.toVariable);
    return constant.replaceable;
  }

  replace(span: Span, newText: string): void {
    this.edits.push({ start: span.start, end: span.end, newText });
  }

  /** The PAT as an expression: the file's PAT constant, a new one, or an environment read (quoted with `quote`). */
  pat(quote = this.quote): string {
    const { name, importMeta } = this.patVariable();
    const read = (q: string) => {
      this.addImports(this.writer.envImport(this.text, this.support));
      return importMeta ? `import.meta.env.${name}` : this.writer.envRead(name, q);
    };
    return this.valueOf('PAT', read, (value) => this.writer.readsEnv(value, name), quote);
  }

  /**
   * The environment variable the PAT comes from: CLARIFAI_PAT, under the prefix a bundler exposes to front-end
   * code when the key was read that way (`REACT_APP_CLARIFAI_API_KEY` → `REACT_APP_CLARIFAI_PAT`).
   */
  private patVariable(): { name: string; importMeta: boolean } {
    const { credential } = this.site;
    const prefix = BUNDLER_PREFIX.exec(credential.envName ?? '')?.[0];
    if (!prefix) return { name: PAT_ENV, importMeta: false };
    const source = credential.span ? this.text.slice(credential.span.start, credential.span.end) : '';
    return { name: prefix + PAT_ENV, importMeta: source.includes('import.meta.env') };
  }

  userId(quote = this.quote): string {
    return this.idValue('USER_ID', this.owner.userId, quote);
  }

  appId(quote = this.quote): string {
    return this.idValue('APP_ID', this.owner.appId, quote);
  }

  /** `'Key ' + PAT` in the form of the header it replaces (a template or f-string stays one). */
  keyHeader(original: string): string {
    return this.writer.keyHeader(original, (quote) => this.pat(quote), this.quote);
  }

  /** Adds an import (the same edit from several fixes is made once). */
  addImports(edits: readonly TextEdit[]): void {
    for (const e of edits) if (!this.imports.some((i) => i.start === e.start && i.newText === e.newText)) this.imports.push(e);
  }

  /**
   * Where new top-level definitions (constants, helpers) go: before this fix's first edit and before every other
   * call that gets a fix, so that all fixes of a file put them at the same place and fix-all writes them once.
   */
  topLevelOffset(): number {
    const peers = [...this.ownerPeers, ...this.patPeers].map((s) => s.start);
    return this.support.constantsOffset(Math.min(...this.edits.map((e) => e.start), this.site.callSpan.start, ...peers));
  }

  /** The fix's edits: its own, then the constants (see topLevelOffset) and the imports. */
  finish(): TextEdit[] {
    const at = this.topLevelOffset();
    // One edit per constant, so that fix-all writes a constant two fixes both add only once.
    const order = (c: Constant) => CONSTANT_ORDER.indexOf(c.name);
    const constants = [...this.constants].sort((a, b) => order(a) - order(b)).map((c) => ({ start: at, end: at, newText: this.writer.constant(c.name, c.value, this.text) }));
    return [...this.imports, ...constants, ...this.edits];
  }

  private idValue(name: string, id: string, quote: string): string {
    return this.valueOf(name, (q) => this.writer.stringLiteral(id, q), (value) => this.writer.isStringLiteral(value, id), quote);
  }

  /**
   * A named value: the file's module-level constant when it already holds it, a new constant when the file keeps
   * its values in constants and the name is free, else the expression itself.
   */
  private valueOf(name: string, build: (quote: string) => string, holds: (valueText: string) => boolean, quote: string): string {
    if (this.constants.some((c) => c.name === name)) return name;
    const existing = this.support.moduleBinding(name);
    if (existing && holds(this.text.slice(existing.start, existing.end))) return name;
    if (this.support.usesConstants() && !this.support.nameTaken(name)) {
      this.constants.push({ name, value: build(this.quote) });
      return name;
    }
    return build(quote);
  }
}

/** The name of a PAT-carrying twin of a binding: `keyMetadata` → `patMetadata`, `metadata` → `pat_metadata`. */
export function patTwinName(name: string, snake: boolean): string {
  if (/api_?key|key/i.test(name)) {
    return name.replace(/api_?key|key/i, (m) => (m === m.toUpperCase() ? 'PAT' : m[0] === m[0]!.toUpperCase() ? 'Pat' : 'pat'));
  }
  return snake ? `pat_${name}` : `pat${name[0]!.toUpperCase()}${name.slice(1)}`;
}
