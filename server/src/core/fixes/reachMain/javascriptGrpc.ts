// clarifai-nodejs-grpc: `user_app_id: { user_id, app_id }` in the request object (camelCase for ts-proto requests),
// and `metadata.set("authorization", "Key " + PAT)`.
import { usesSemicolons } from '../javascript';
import { sendPat } from './credential';
import { pointAtOwner } from './owner';
import { patTwinName, type FixPlan } from './plan';

export function fixJavaScriptGrpc(plan: FixPlan): boolean {
  const request = plan.site.places.request;
  if (plan.needs.owner && request && plan.text.startsWith('new ', request.definition.start)) {
    if (!setterOwner(plan)) return false;
  } else if (plan.needs.owner) {
    const camel = camelCaseRequest(plan);
    const ids = () => (camel ? `{ userId: ${plan.userId()}, appId: ${plan.appId()} }` : `{ user_id: ${plan.userId()}, app_id: ${plan.appId()} }`);
    if (!pointAtOwner(plan, ids, () => `${camel ? 'userAppId' : 'user_app_id'}: ${ids()}`)) return false;
  }
  return !plan.needs.pat || sendPat(plan, () => patMetadata(plan));
}

/**
 * A request built with setters (the static protobuf style): `setUserAppId` gets a new UserAppIDSet where it is
 * called, or is called on the request right after it is made.
 */
function setterOwner(plan: FixPlan): boolean {
  const resources = plan.support.localName('clarifai-nodejs-grpc/proto/clarifai/api/resources_pb');
  const { ids, request } = plan.site.places;
  if (!resources || !request || !plan.exclusive([request], 'owner')) return false;
  const set = `new ${resources}.UserAppIDSet().setUserId(${plan.userId()}).setAppId(${plan.appId()})`;
  if (ids) {
    // Replaced at the call of setUserAppId: the old set may be built further with setters of its own.
    plan.replace(ids.at, set);
    return true;
  }
  const name = request.via[0];
  if (!name) return false;
  const semi = usesSemicolons(plan.text) ? ';' : '';
  return plan.addStatementAfter(request.definition, [`${name}.setUserAppId(${set})${semi}`]);
}

/** A request written the ts-proto way (`modelId`, `workflowId`) takes camelCase fields. */
function camelCaseRequest(plan: FixPlan): boolean {
  const request = plan.site.places.request;
  if (!request) return false;
  const text = plan.text.slice(request.definition.start, request.definition.end);
  return /\b(?:modelId|workflowId|versionId|userAppId)\b/.test(text) && !/\b(?:model_id|workflow_id|user_app_id)\b/.test(text);
}

/** Metadata shared with other calls: a `patMetadata` built beside it, from the same Metadata constructor. */
function patMetadata(plan: FixPlan): string | undefined {
  const existing = plan.existingPatCarrier();
  if (existing) return existing;
  const { carrier, header } = plan.site.places;
  if (!carrier || carrier.via.length !== 1 || !/^[\w$]+$/.test(carrier.via[0]!)) return undefined;
  const constructed = plan.text.slice(carrier.definition.start, carrier.definition.end);
  if (!constructed.startsWith('new ')) return undefined;
  const name = patTwinName(carrier.via[0]!, false);
  const semi = usesSemicolons(plan.text) ? ';' : '';
  const q = plan.quote;
  return plan.bindBeside(header?.definition ?? carrier.definition, name, constructed, (n, value) => [
    `const ${n} = ${value}${semi}`,
    `${n}.set(${q}authorization${q}, ${plan.keyHeader('')})${semi}`,
  ]);
}
