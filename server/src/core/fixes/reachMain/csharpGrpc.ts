// ClarifaiGrpc in C#: `UserAppId = new UserAppIDSet { UserId = "clarifai", AppId = "main" }` first in the request's
// object initializer (or set beside the request's other property sets), and `{ "Authorization", "Key " + PAT }` metadata.
import { sendPat } from './credential';
import { pointAtOwner } from './owner';
import { patTwinName, type FixPlan } from './plan';

/** Points a V2 client call at its public resource's owner and, when asked, sends a PAT. */
export function fixCSharpGrpc(plan: FixPlan): boolean {
  if (plan.needs.owner) {
    const ids = () => `new ${userAppIdSet(plan)} { UserId = ${plan.userId()}, AppId = ${plan.appId()} }`;
    const done = plan.site.userAppId.state === 'absent' && !plan.site.places.container ? withoutInitializer(plan, ids) : pointAtOwner(plan, ids, () => `UserAppId = ${ids()}`);
    if (!done) return false;
  }
  return !plan.needs.pat || sendPat(plan, () => patMetadata(plan));
}

/** How the file names UserAppIDSet: through its usings, else by its full name. */
function userAppIdSet(plan: FixPlan): string {
  return plan.support.localName('Clarifai.Api.UserAppIDSet') ?? 'Clarifai.Api.UserAppIDSet';
}

/**
 * A request created without an initializer: `request.UserAppId = …;` after the statement that sets its model or
 * workflow id, when a property set does; else an initializer after the creation.
 */
function withoutInitializer(plan: FixPlan, ids: () => string): boolean {
  const { request } = plan.site.places;
  const id = plan.site.target.span;
  if (!request || !plan.exclusive([request], 'owner')) return false;
  const inside = (at: number) => request.definition.start <= at && at <= request.definition.end;
  if (id && !inside(id.start)) {
    const set = plan.support.statementAt(id.start);
    const receiver = set && /^([\w.]+)\s*\.\s*(?:ModelId|WorkflowId)\s*=/.exec(plan.text.slice(set.span.start, id.start))?.[1];
    return !!receiver && plan.addStatementAfter(id, [`${receiver}.UserAppId = ${ids()};`]);
  }
  if (!/^new\b[^{]*\)$/.test(plan.text.slice(request.definition.start, request.definition.end))) return false;
  plan.edits.push({ start: request.definition.end, end: request.definition.end, newText: ` { UserAppId = ${ids()} }` });
  return true;
}

/**
 * Metadata other calls share, given at this call: a `patMetadata` declared like it beside it (a local beside a local,
 * a field beside a field), or new metadata written at the call.
 */
function patMetadata(plan: FixPlan): string | undefined {
  const { carrier } = plan.site.places;
  const call = plan.site.callSpan;
  if (!carrier || carrier.at.start < call.start || carrier.at.end > call.end) return undefined;
  const created = /^new\s+([\w.]+)\s*[({]/.exec(plan.text.slice(carrier.definition.start, carrier.definition.end))?.[1];
  const type = created ?? plan.support.localName('Grpc.Core.Metadata') ?? 'Grpc.Core.Metadata';
  const metadata = `new ${type} { { "Authorization", ${plan.keyHeader('')} } }`;
  const name = carrier.via.length === 1 ? carrier.via[0]! : undefined;
  const holder = name ? plan.support.statementAt(carrier.definition.start) : undefined;
  const head = holder && new RegExp(`^([^\\n]*?)\\b${name}\\s*=\\s*$`).exec(plan.text.slice(holder.span.start, carrier.definition.start))?.[1];
  // Only a declaration (`var metadata = …`, a field) can be declared again beside itself; an assignment cannot.
  if (!name || head === undefined || !/\S\s+$/.test(head)) return metadata;
  return plan.bindBeside(carrier.definition, twinName(name), metadata, (twin, value) => [`${head}${twin} = ${value};`]);
}

/** The twin's name in the original's style: `metadata` → `patMetadata`, `Headers` → `PatHeaders`, `_metadata` → `_patMetadata`. */
function twinName(name: string): string {
  const [, prefix = '', rest = name] = /^(_*)(.*)$/.exec(name) ?? [];
  const twin = patTwinName(rest, false);
  return prefix + (/^[A-Z]/.test(rest) ? twin[0]!.toUpperCase() + twin.slice(1) : twin);
}
