// What the fix builders may ask of a file's syntax tree while it is alive: uses of names, module-level bindings,
// statements and where new constants go. Each language detector provides one with its Detection.
import type { Span, TextEdit } from '../model';

export interface Statement {
  span: Span;
  /** The whitespace before the statement on its line ('' when something else precedes it there). */
  indent: string;
  /** Whether it sits at module level. */
  topLevel: boolean;
}

/** A compile-time constant (C# `const`) whose whole value is an expression a fix would replace. */
export interface ConstantDeclaration {
  /** Whether a value read at run time could take its place: no use of it sits where only constants may go. */
  replaceable: boolean;
  /** The edit that makes it a declaration whose value is read at run time (`const` → `static readonly`). */
  toVariable: TextEdit;
}

export interface FixSupport {
  /**
   * Whether every use of these binding names lies inside one of the statements that hold the `within` spans.
   * Uses are found in the syntax tree; a name used anywhere else (or bound twice) makes the answer false. `from`
   * are the places the names are seen from (where the call writes the values), for languages that can tell
   * which of several bindings of a name those places mean.
   */
  usedOnlyWithin(names: readonly string[], within: readonly Span[], from?: readonly Span[]): boolean;
  /** The value expression of the only binding of `name` in the file, when that binding is at module level. */
  moduleBinding(name: string): Span | undefined;
  /** The value expression of the only binding of `name` in the file, wherever it is. */
  bindingOf(name: string): Span | undefined;
  /** Whether the name is bound or used anywhere, so that a new constant must not take it. */
  nameTaken(name: string): boolean;
  /** Whether the module level binds UPPER_CASE names: new values then become constants in the same style. */
  usesConstants(): boolean;
  /** Where new module-level constants go so that they come before `firstUse`: after the imports and constants above it. */
  constantsOffset(firstUse: number): number;
  /** The innermost statement containing the offset. */
  statementAt(offset: number): Statement | undefined;
  /** How the file names an imported module or member (`resources_pb2` for `clarifai_grpc.grpc.api.resources_pb2`). */
  localName(qualified: string): string | undefined;
  /** Where a new import goes: after the last import at module level, else at the top (after a docstring or directives). */
  importOffset(): number;
  /** In languages with compile-time constants: the one whose whole value is the expression at `value`, if any. */
  constantOf?(value: Span): ConstantDeclaration | undefined;
}
