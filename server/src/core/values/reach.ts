// Builds the Reach of a value for fix builders: where the call writes it, where it is defined, which bindings lead there.
import type { Reach, Span } from '../model';
import type { Value } from './value';

/** The value as the call reaches it from the expression written at `at`, through `outer` bindings first (an options object). */
export function reach(at: Span | undefined, value: Value | undefined, outer: readonly string[] = []): Reach | undefined {
  if (!at || !value) return undefined;
  return { at, definition: value.span ?? at, via: [...outer, ...value.names] };
}

/** A value found inside another one (a header inside metadata): its bindings include the outer value's. */
export function nested(value: Value | undefined, outer: Reach | undefined): Reach | undefined {
  if (!value?.span || !outer) return undefined;
  return { at: value.span, definition: value.span, via: [...outer.via, ...value.names] };
}
