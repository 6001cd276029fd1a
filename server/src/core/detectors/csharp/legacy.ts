// The deprecated `Clarifai` NuGet client (namespace `Clarifai.API`): `new ClarifaiClient(apiKey)` (or CLARIFAI_API_KEY),
// `client.PublicModels.GeneralModel.Predict(…)`, `client.Predict<Concept>("model-id", …)`, `client.WorkflowPredict(…)`.
// It sends `v2/models/…` requests with no owner, so it cannot reach clarifai/main with a PAT either.
import type { Node } from '@vscode/tree-sitter-wasm';
import { legacyAccessorModel } from '../../clarifai/catalog';
import { classifyCredential } from '../../clarifai/credential';
import { targetOf } from '../../clarifai/target';
import type { CallSite, Credential, ResourceKind } from '../../model';
import { str, type CallValue, type Value } from '../../values/value';
import { calleeLabel, spanOf } from '../syntax';
import { createdAs, simpleTypeName, usesNamespace, type CSharpContext } from './context';
import { memberName } from './evaluator';

const CLIENT_TYPES = new Set(['ClarifaiClient', 'IClarifaiClient']);
/** ClarifaiClient methods that take a model or workflow id first. */
const BY_ID: Readonly<Record<string, ResourceKind>> = {
  Predict: 'model',
  GetModel: 'model',
  GetModelVersion: 'model',
  GetModelVersions: 'model',
  GetModelInputs: 'model',
  WorkflowPredict: 'workflow',
};
/** Methods of a public model (`client.PublicModels.GeneralModel`) that reach it. */
const MODEL_METHODS = new Set(['Predict', 'BatchPredict', 'GetModelVersion', 'GetModelVersions', 'GetModelInputs']);

const DEPRECATED = { name: 'Clarifai.API', moveTo: 'the ClarifaiGrpc client' };

/** The deprecated client's calls that reach a model or workflow, in a file that uses Clarifai.API. */
export function detectLegacy(ctx: CSharpContext): CallSite[] {
  if (!usesNamespace(ctx, 'Clarifai.API')) return [];
  const sites: CallSite[] = [];
  for (const { node, fn, method, receiver } of ctx.methodCalls) {
    if (!MODEL_METHODS.has(method) && !Object.hasOwn(BY_ID, method)) continue;
    const call = ctx.ev.callValue(node);
    const found = publicModelCall(ctx, receiver, method) ?? byIdCall(ctx, receiver, method, call);
    if (!found) continue;
    const userAppId = { state: 'absent' as const };
    sites.push({
      flavor: 'csharp-legacy',
      endpoint: method,
      callee: calleeLabel(fn),
      span: spanOf(fn),
      callSpan: spanOf(node),
      credential: clientCredential(found.client),
      target: targetOf({ resource: found.resource, id: found.id, label: found.label, owner: userAppId, span: spanOf(node) }),
      userAppId,
      places: { container: call.argsSpan, arguments: { positional: call.argSpans, named: Object.fromEntries(call.kwargNames.map((k) => [k, call.kwargSpan(k)!])) } },
      deprecatedClient: DEPRECATED,
    });
  }
  return sites;
}

interface LegacyCall {
  resource: ResourceKind;
  id: Value | undefined;
  label?: string;
  /** The expression that evaluates to the ClarifaiClient. */
  client: Value;
}

/** `client.PublicModels.GeneralModel.Predict(…)`: the accessor names the model. */
function publicModelCall(ctx: CSharpContext, receiver: Node, method: string): LegacyCall | undefined {
  if (!MODEL_METHODS.has(method) || receiver.type !== 'member_access_expression') return undefined;
  const accessor = memberName(receiver);
  const models = receiver.childForFieldName('expression');
  const owner = models?.type === 'member_access_expression' ? models.childForFieldName('expression') : undefined;
  if (!accessor || !owner || memberName(models!) !== 'PublicModels' || !isClientOrUnknown(ctx, owner)) return undefined;
  const id = legacyAccessorModel(accessor);
  return id ? { resource: 'model', id: str([{ text: id }]), label: `PublicModels.${accessor}`, client: ctx.ev.eval(owner) } : undefined;
}

/** `client.Predict<Concept>("model-id", input)`, `client.WorkflowPredict("General", inputs)`. */
function byIdCall(ctx: CSharpContext, receiver: Node, method: string, call: CallValue): LegacyCall | undefined {
  const resource = BY_ID[method];
  if (!resource || !isClient(ctx, receiver)) return undefined;
  const id = call.args[0]?.() ?? call.kwarg(resource === 'model' ? 'modelID' : 'workflowID');
  return { resource, id, client: ctx.ev.eval(receiver) };
}

/** A ClarifaiClient: created as one, or declared as one. */
function isClient(ctx: CSharpContext, node: Node): boolean {
  return CLIENT_TYPES.has(simpleTypeName(ctx.ev.typeOf(node)) ?? '');
}

/** A ClarifaiClient, or a receiver whose type the file does not show (`PublicModels` is this client's). */
function isClientOrUnknown(ctx: CSharpContext, node: Node): boolean {
  const type = simpleTypeName(ctx.ev.typeOf(node));
  return type === undefined || CLIENT_TYPES.has(type);
}

/** The client takes only app API keys: `new ClarifaiClient(apiKey)`, or CLARIFAI_API_KEY when none is given. */
function clientCredential(client: Value): Credential {
  const created = createdAs(client, 'ClarifaiClient');
  if (created) {
    const key = created.args[0]?.() ?? created.kwarg('apiKey');
    const span = created.argSpans[0] ?? created.kwargSpan('apiKey');
    return classifyCredential(key, { kind: 'api-key', span, clientDefault: { kind: 'api-key', envName: 'CLARIFAI_API_KEY' } });
  }
  // A client built elsewhere: whatever it holds, this client only sends app API keys.
  return { kind: 'api-key', source: 'variable', evidence: 'slot', literals: [] };
}
