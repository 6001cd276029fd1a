// Sending a PAT: the `Key …` value where it is defined, or, when other calls share it, a new value beside it.
import type { FixPlan } from './plan';

/**
 * Makes the call send `Key <PAT>`. The header is rewritten where it is defined when only calls that need a PAT use
 * it; otherwise `beside()` adds a PAT-carrying value next to the shared one and returns what the call passes instead.
 */
export function sendPat(plan: FixPlan, beside: () => string | undefined): boolean {
  const { header, carrier } = plan.site.places;
  // The header is reached through its carrier: the carrier's definition tells its bindings apart too.
  if (header && plan.exclusive([header, carrier], 'pat') && plan.allowRuntimeValueAt(header.definition)) {
    plan.replace(header.definition, plan.keyHeader(plan.text.slice(header.definition.start, header.definition.end)));
    return true;
  }
  if (!carrier) return false;
  const replacement = beside();
  if (replacement === undefined) return false;
  plan.replace(carrier.at, replacement);
  return true;
}

/**
 * Makes a call whose header is written as one value (a curl `-H` argument, an HTTP client's `header(…)` call) send
 * `Key <PAT>`: rewritten where it is defined when only calls that get a PAT use it, else where this call gives it.
 */
export function sendPatInHeader(plan: FixPlan): boolean {
  const header = plan.site.places.header;
  if (!header) return false;
  const at = plan.exclusive([header], 'pat') ? header.definition : header.at;
  plan.replace(at, plan.keyHeader(plan.text.slice(at.start, at.end)));
  return true;
}
