// clarifai_grpc in Python: `user_app_id=resources_pb2.UserAppIDSet(user_id=…, app_id=…)` in the request, and
// metadata `(("authorization", "Key " + PAT),)`.
import { lineEnding } from '../text';
import { sendPat } from './credential';
import { pointAtOwner } from './owner';
import { patTwinName, type FixPlan } from './plan';

export function fixPythonGrpc(plan: FixPlan): boolean {
  if (plan.needs.owner) {
    const ids = () => `${userAppIdSet(plan)}(user_id=${plan.userId()}, app_id=${plan.appId()})`;
    if (!pointAtOwner(plan, ids, () => `user_app_id=${ids()}`)) return false;
  }
  return !plan.needs.pat || sendPat(plan, () => patMetadata(plan));
}

/** How the file names UserAppIDSet, importing resources_pb2 when it has neither. */
function userAppIdSet(plan: FixPlan): string {
  const direct = plan.support.localName('clarifai_grpc.grpc.api.resources_pb2.UserAppIDSet');
  if (direct) return direct;
  const module = plan.support.localName('clarifai_grpc.grpc.api.resources_pb2');
  if (module) return `${module}.UserAppIDSet`;
  const at = plan.support.importOffset();
  plan.addImports([{ start: at, end: at, newText: `from clarifai_grpc.grpc.api import resources_pb2${lineEnding(plan.text)}` }]);
  return 'resources_pb2.UserAppIDSet';
}

/**
 * Metadata with the PAT for a call whose metadata other calls share: a `pat_<name>` tuple beside a named one, or
 * the tuple itself at the call.
 */
function patMetadata(plan: FixPlan): string {
  const existing = plan.existingPatCarrier();
  if (existing) return existing;
  const q = plan.quote;
  const tuple = `((${q}authorization${q}, ${plan.keyHeader('')}),)`;
  const carrier = plan.site.places.carrier!;
  const shared = carrier.via.length === 1 && /^\w+$/.test(carrier.via[0]!) ? carrier.via[0]! : undefined;
  const beside = shared && plan.bindBeside(carrier.definition, patTwinName(shared, true), tuple, (name, value) => [`${name} = ${value}`]);
  return beside || tuple;
}
