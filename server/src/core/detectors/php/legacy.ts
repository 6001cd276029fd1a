// The deprecated `clarifai/clarifai-php` client (`Clarifai\API\ClarifaiClient`): `new ClarifaiClient('KEY')` (or
// CLARIFAI_API_KEY), `$client->publicModels()->generalModel()->predict(…)`, `batchPredict`, and the client's own
// `predict(ModelType::concept(), $id, …)`, `getModel`, `workflowPredict`. It sends app API keys to unscoped paths.
import type { Node } from '@vscode/tree-sitter-wasm';
import { legacyAccessorModel } from '../../clarifai/catalog';
import { classifyCredential } from '../../clarifai/credential';
import { targetOf } from '../../clarifai/target';
import type { CallSite, Credential, ResourceKind, UserAppId } from '../../model';
import { str, type CallValue, type Value } from '../../values/value';
import { spanOf } from '../syntax';
import { calleeOf, usesClasses, type PhpContext } from './context';
import { sameName } from './names';

const CLIENT = 'Clarifai\\API\\ClarifaiClient';
/** The deprecated client's namespaces, spelled as it spells them (the gRPC client's are `Clarifai\Api\…`). */
const LEGACY_CLASSES = /^Clarifai\\(?:API|DTOs)\\/;
const MODEL_TYPE = /(?:^|\\)ModelType::\w+$/;
/** Methods of a public model object (`$client->publicModels()->generalModel()`) that reach the model. */
const MODEL_METHODS = new Set(['predict', 'batchPredict', 'getModelVersion', 'getModelVersions']);
const MEMBER_CALLS = new Set(['member_call_expression', 'nullsafe_member_call_expression']);
const DEPRECATED = { name: 'clarifai-php (Clarifai\\API)', moveTo: 'the clarifai-php-grpc client (Clarifai\\ClarifaiClient::grpc())' };

interface LegacyTarget {
  resource: ResourceKind;
  id: Value | undefined;
  version?: Value;
  label?: string;
  /** The expression that evaluates to the ClarifaiClient. */
  client: Value | undefined;
}

export function detectLegacy(ctx: PhpContext): CallSite[] {
  if (!usesClasses(ctx, LEGACY_CLASSES)) return [];
  const sites: CallSite[] = [];
  for (const node of ctx.calls) {
    if (!MEMBER_CALLS.has(node.type)) continue;
    const call = ctx.ev.callValue(node);
    const found = legacyTarget(call);
    if (!found) continue;
    const callee = calleeOf(node);
    const userAppId: UserAppId = { state: 'absent' };
    sites.push({
      flavor: 'php-legacy',
      endpoint: call.method ?? '',
      callee: callee.label,
      span: callee.span,
      callSpan: spanOf(node),
      credential: clientCredential(found.client),
      target: targetOf({ resource: found.resource, id: found.id, version: found.version, label: found.label, owner: userAppId, span: spanOf(node) }),
      userAppId,
      places: {},
      deprecatedClient: DEPRECATED,
    });
  }
  return sites;
}

/** What a method call on the deprecated client reaches, if it reaches a model or workflow. */
function legacyTarget(call: CallValue): LegacyTarget | undefined {
  const method = call.method ?? '';
  const receiver = call.receiver?.();
  if (!receiver) return undefined;
  const arg = (i: number) => call.args[i]?.();
  // $client->publicModels()->generalModel()->predict(…)
  if (MODEL_METHODS.has(method) && receiver.kind === 'call' && receiver.method) {
    const id = legacyAccessorModel(receiver.method);
    const models = receiver.receiver?.();
    if (id && models?.kind === 'call' && models.method === 'publicModels' && isClientOrUnknown(models.receiver?.())) {
      const version = method === 'getModelVersion' ? arg(0) : undefined;
      return { resource: 'model', id: str([{ text: id }]), version, label: `publicModels()->${receiver.method}()`, client: models.receiver?.() };
    }
  }
  if (!isClientOrUnknown(receiver)) return undefined;
  switch (method) {
    case 'predict':
    case 'batchPredict':
    case 'getModel': {
      // The first argument is a ModelType: that is what tells this client's predict from any other object's.
      const type = arg(0);
      return type?.kind === 'call' && MODEL_TYPE.test(type.callee) ? { resource: 'model', id: arg(1), client: receiver } : undefined;
    }
    case 'getModelVersions':
    case 'getModelVersion':
      return { resource: 'model', id: arg(0), version: method === 'getModelVersion' ? arg(1) : undefined, client: receiver };
    case 'workflowPredict':
    case 'workflowBatchPredict':
      return { resource: 'workflow', id: arg(0), client: receiver };
    default:
      return undefined;
  }
}

/** A ClarifaiClient of the deprecated library, or something we cannot see into (a parameter, a property). */
function isClientOrUnknown(value: Value | undefined): boolean {
  if (!value) return false;
  if (value.kind === 'call') return value.construct && sameName(value.callee, CLIENT);
  return value.kind === 'param' || value.kind === 'unknown' || value.kind === 'attr';
}

/** The client takes only app API keys: `new ClarifaiClient($key)`, or CLARIFAI_API_KEY when none is given. */
function clientCredential(client: Value | undefined): Credential {
  if (client?.kind === 'call' && client.construct) {
    const key = client.args[0]?.() ?? client.kwarg('apiKey');
    const span = client.argSpans[0] ?? client.kwargSpan('apiKey');
    const given = key?.kind === 'prim' && key.text.toLowerCase() === 'null' ? undefined : key;
    return classifyCredential(given, { kind: 'api-key', span, clientDefault: { kind: 'api-key', envName: 'CLARIFAI_API_KEY' } });
  }
  // A client built elsewhere: whatever it holds, this client only sends app API keys.
  return { kind: 'api-key', source: 'variable', evidence: 'slot', literals: [] };
}

/** The constructor call of the deprecated client, for the secrets scan. */
export function isLegacyClientConstruction(ctx: PhpContext, node: Node): boolean {
  return node.type === 'object_creation_expression' && sameName(ctx.ev.callValue(node).callee, CLIENT);
}
