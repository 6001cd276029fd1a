// Go refuses to compile a function with an unused local variable, or a file with an unused import: after a fix's
// edits every name they stop using must still be used, or go with its declaration.
import type { Span } from '../../model';
import type { GoFixSupport } from '../goSupport';
import type { FixPlan } from './plan';

/** How many rounds of removed declarations are followed (a removed declaration may be all that used an import). */
const ROUNDS = 3;

/**
 * Whether the fix leaves every local variable and import it stops using still used. A variable used only where the
 * fix edits loses its declaration when that declares nothing else and has no effect; a variable some other call's fix
 * may also stop using (its remaining uses all lie in such places) makes the fix unsafe, since together they would
 * leave it unused.
 */
export function keepsCompiling(plan: FixPlan, support: GoFixSupport): boolean {
  for (let round = 0; round < ROUNDS; round++) {
    const replaced: Span[] = plan.edits.filter((e) => e.end > e.start).map((e) => ({ start: e.start, end: e.end }));
    let removed = false;
    for (const ref of support.references(replaced)) {
      const written = new RegExp(`(?<![\\w.])${ref.name}\\b`);
      if (ref.kept || plan.edits.some((e) => written.test(e.newText))) continue;
      if (ref.kind === 'package' && ref.usesOutside > 0) continue;
      const removable = ref.removable;
      if (ref.usesOutside > 0 || !removable) return false;
      if (replaced.some((s) => s.start === removable.start && s.end === removable.end)) continue;
      if (plan.edits.some((e) => e.start < removable.end && removable.start < e.end)) return false;
      plan.replace(removable, '');
      removed = true;
    }
    if (!removed) return true;
  }
  return false;
}
