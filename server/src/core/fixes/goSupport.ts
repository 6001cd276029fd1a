// What Go fixes need to ask of the syntax tree besides the shared questions: Go refuses to compile a function
// whose local variable, or a file whose import, an edit leaves unused, and gofmt spaces `+` by where it stands.
import type { Span } from '../model';
import type { FixSupport } from './support';

/** A local variable or an imported package that an expression refers to. */
export interface GoReference {
  name: string;
  kind: 'variable' | 'package';
  /** How many of its uses lie outside the spans asked about. */
  usesOutside: number;
  /** Whether one of those uses lies outside every Clarifai call and the values it reaches, where no fix edits it. */
  kept: boolean;
  /** The lines of its declaration when removing them is safe: it declares only this name, with a literal or an environment read. */
  removable?: Span;
}

/** Where a value bound to a name can get a twin: after the statement binding it, or at the top of a function body. */
export interface TwinPlace {
  /** Offset of the line the twin statement goes on. */
  at: number;
  indent: string;
  /** At file level a twin is a `var` declaration. */
  topLevel: boolean;
  /** The function (or file) the twin is visible in. */
  scope: Span;
}

export interface GoFixSupport extends FixSupport {
  /** The local variables and imported packages the spans refer to. */
  references(spans: readonly Span[]): GoReference[];
  /** Whether the expression is one of several arguments of a call: gofmt writes `"Key "+pat` there and `"Key " + pat` elsewhere. */
  isArgument(span: Span): boolean;
  /** Where a twin of the value the identifier at `at` names goes: after its latest binding before `before`. */
  twinPlace(at: Span, before: number): TwinPlace | undefined;
  /** Whether a name is declared or used anywhere inside the span. */
  nameUsedIn(name: string, scope: Span): boolean;
}

export function isGoFixSupport(support: FixSupport): support is GoFixSupport {
  return 'references' in support && 'twinPlace' in support;
}
