// What the Java and Kotlin evaluators share: name lookup through blocks, functions and class bodies (fields and
// properties visible everywhere in their class, locals after their declaration), class members read through the
// class's name, and the values of names and member accesses.
import type { Node } from '@vscode/tree-sitter-wasm';
import type { Binding } from '../../values/bindings';
import { named, unknown, type Value } from '../../values/value';
import { EvaluatorBase } from '../evaluatorBase';
import { spanOf } from '../syntax';
import type { Scope, SyntaxIndex } from '../syntaxIndex';
import { typeValue } from './values';

/** A binding and the scope that holds it. */
export interface Found {
  binding: Binding;
  scope: Scope;
}

export abstract class JvmEvaluatorBase extends EvaluatorBase {
  private readonly paramsDone = new Set<number>();
  private bodies: Map<string, Scope> | undefined;

  /**
   * @param functionTypes node types of methods, constructors and lambdas (their parameters are bound in them)
   * @param classBodies node types of class bodies (their fields are visible everywhere in them)
   */
  constructor(
    protected readonly index: SyntaxIndex,
    private readonly functionTypes: ReadonlySet<string>,
    protected readonly classBodies: ReadonlySet<string>,
  ) {
    super();
  }

  /** Binds a function's parameters in its scope. */
  protected abstract bindParams(scope: Scope): void;
  /** The classes (and objects) the file declares: their names and body nodes. */
  protected abstract declaredClasses(): Iterable<{ name: string; body: Node }>;

  /** The scopes a lookup in `scope` reads: the scope itself, and for Kotlin a class body's companion objects. */
  protected membersOf(scope: Scope): readonly Scope[] {
    return [scope];
  }

  /** A name's value: its binding's, a type (`V2Grpc`, `URI`), or a name bound elsewhere (an inherited field). */
  protected identifierValue(node: Node): Value {
    const name = node.text;
    const found = this.resolve(name, node);
    if (found) return this.named(found, name);
    return /^[A-Z]/.test(name) ? typeValue(name, spanOf(node)) : { ...unknown(name, spanOf(node)), names: [name] };
  }

  /**
   * `receiver.field`: a field of this class for `this.x`, a constant of a class of the file (`Config.USER_ID`), a
   * member of a type (`BuildConfig.CLARIFAI_API_KEY`, a package), or an attribute of a value.
   */
  protected memberValue(node: Node, receiver: Node, field: string, ofThis: boolean): Value {
    const span = spanOf(node);
    if (ofThis) {
      const found = this.resolveField(field, node, this.index.enclosing(node, this.classBodies));
      return found ? this.named(found, `this.${field}`) : { ...unknown(node.text, span), names: [`this.${field}`] };
    }
    const base = this.eval(receiver);
    if (base.kind === 'module') {
      const body = this.classBody(base.path);
      const found = body ? this.resolveField(field, node, body) : undefined;
      if (found) return named(this.bindingValue(found.binding, found.scope.index), node.text);
      return typeValue(`${base.path}.${field}`, span, node.text);
    }
    return { kind: 'attr', object: base, attr: field, text: node.text, names: [node.text], span };
  }

  /** The value of a binding, named as the code names it; a field is known by its plain name and as `this.x`. */
  protected named(found: Found, name: string): Value {
    const value = named(this.bindingValue(found.binding, found.scope.index), name);
    if (!this.classBodies.has(found.scope.type)) return value;
    const other = name.startsWith('this.') ? name.slice(5) : `this.${name}`;
    return value.names.includes(other) ? value : { ...value, names: [name, other, ...value.names.slice(1)] };
  }

  protected resolve(name: string, ref: Node): Found | undefined {
    this.bindings.ensure(name);
    const owner = this.ownerOf(ref);
    for (let scope: Scope | undefined = this.index.scopeOf(ref); scope; scope = scope.parent) {
      this.ensureParams(scope);
      for (const where of this.membersOf(scope)) {
        const binding = this.table.lookup(where.index, name, ref.startIndex, owner);
        if (!binding) continue;
        // A local is visible after its declaration; fields, top-level values and parameters everywhere in their scope.
        const local = !this.classBodies.has(where.type) && where !== this.index.root && binding.kind !== 'param';
        if (!local || binding.at < ref.startIndex || binding.owner !== owner) return { binding, scope: where };
      }
    }
    return undefined;
  }

  /** A field of a class body, or of the class bodies around it (an inner class sees its outer class's fields). */
  protected resolveField(name: string, ref: Node, body: Scope): Found | undefined {
    this.bindings.ensure(name);
    for (let scope: Scope | undefined = body; scope; scope = scope.parent) {
      if (!this.classBodies.has(scope.type)) continue;
      for (const where of this.membersOf(scope)) {
        const binding = this.table.lookup(where.index, name, ref.startIndex, this.ownerOf(ref));
        if (binding) return { binding, scope: where };
      }
    }
    return undefined;
  }

  /** The body of a class declared in this file, by its simple name (the last segment of `path`). */
  private classBody(path: string): Scope | undefined {
    if (!this.bodies) {
      this.bodies = new Map();
      for (const { name, body } of this.declaredClasses()) {
        const scope = this.index.scopeFor(body);
        if (scope && !this.bodies.has(name)) this.bodies.set(name, scope);
      }
    }
    return this.bodies.get(path.slice(path.lastIndexOf('.') + 1));
  }

  /** A simple name through the imports (`getenv` after `import static java.lang.System.getenv`). */
  protected qualifyName(name: string, ref: Node): string {
    const found = this.resolve(name, ref);
    return found?.binding.kind === 'import' ? (found.binding.module ?? name) : name;
  }

  /** The scope that declares a name visible at `ref`: a block, a function's parameters, or a class body's fields. */
  protected declaringScope(name: string, ref: Node): Scope {
    this.bindings.ensure(name);
    let fallback: Scope | undefined;
    for (let scope: Scope | undefined = this.index.scopeOf(ref); scope; scope = scope.parent) {
      this.ensureParams(scope);
      if (this.table.binds(scope.index, name)) return scope;
      if (!fallback && this.classBodies.has(scope.type)) fallback = scope;
    }
    return fallback ?? this.index.root;
  }

  /** Adds a binding made by `statement` to a scope (its own scope unless given). */
  protected bindAt(statement: Node, binding: Omit<Binding, 'at' | 'owner'>, into: Scope = this.index.scopeOf(statement)): void {
    this.table.add(into.index, { ...binding, at: statement.startIndex, owner: this.ownerOf(statement) });
  }

  /** A parameter of a function scope, bound at the function's start. */
  protected bindParam(scope: Scope, name: string, node: Node, kind: 'param' | 'value' = 'param'): void {
    this.table.add(scope.index, { kind, name, node, at: scope.start, owner: scope.index });
  }

  protected propertyScopes(ref: Node): number[] {
    const scopes: number[] = [];
    for (let scope: Scope | undefined = this.index.scopeOf(ref); scope; scope = scope.parent) scopes.push(scope.index);
    return scopes;
  }

  protected ownerOf(node: Node): number {
    for (let scope: Scope | undefined = this.index.scopeOf(node); scope; scope = scope.parent) if (this.functionTypes.has(scope.type) || this.classBodies.has(scope.type)) return scope.index;
    return this.index.root.index;
  }

  /** A function's parameters, bound the first time a lookup passes through it. */
  private ensureParams(scope: Scope): void {
    if (!this.functionTypes.has(scope.type) || this.paramsDone.has(scope.index)) return;
    this.paramsDone.add(scope.index);
    this.bindParams(scope);
  }
}

